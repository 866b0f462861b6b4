-- The dense PRIO-GRID cell-month panel, one SQL for DuckDB (panel.DenseGrid) and Spark
-- (spark.DenseGridJob). Inputs, made by each engine's own code:
--   events(priogrid_gid, date_start, best, low, high, type_of_violence, deaths_civilians)
--   cells(priogrid_gid)
--   months(year, month, month_index, covered)   covered = false past the events' coverage
-- Events count whole in the month of date_start, as Panels.gridMonths counts them by default.
-- Past coverage every count is NULL (unknown), inside it a month without events is 0.
WITH ev AS (
  SELECT CAST(priogrid_gid AS INT) AS priogrid_gid,
         CAST(year(date_start) AS INT) AS year,
         CAST(month(date_start) AS INT) AS month,
         best, low, high, type_of_violence, deaths_civilians
  FROM events
  WHERE priogrid_gid IS NOT NULL AND date_start IS NOT NULL
),
agg AS (
  SELECT priogrid_gid, year, month,
         CAST(COUNT(*) AS BIGINT) AS events,
         CAST(SUM(COALESCE(best, 0)) AS BIGINT) AS best,
         CAST(SUM(COALESCE(low, 0)) AS BIGINT) AS low,
         CAST(SUM(COALESCE(high, 0)) AS BIGINT) AS high,
         CAST(SUM(CASE WHEN type_of_violence = 1 THEN COALESCE(best, 0) ELSE 0 END) AS BIGINT) AS deaths_state_based,
         CAST(SUM(CASE WHEN type_of_violence = 2 THEN COALESCE(best, 0) ELSE 0 END) AS BIGINT) AS deaths_non_state,
         CAST(SUM(CASE WHEN type_of_violence = 3 THEN COALESCE(best, 0) ELSE 0 END) AS BIGINT) AS deaths_one_sided,
         CAST(SUM(COALESCE(deaths_civilians, 0)) AS BIGINT) AS deaths_civilians
  FROM ev
  GROUP BY priogrid_gid, year, month
),
grid AS (
  SELECT c.priogrid_gid, m.year, m.month, m.month_index, m.covered,
         a.events, a.best, a.low, a.high, a.deaths_state_based, a.deaths_non_state,
         a.deaths_one_sided, a.deaths_civilians
  FROM cells c
  CROSS JOIN months m
  LEFT JOIN agg a ON a.priogrid_gid = c.priogrid_gid AND a.year = m.year AND a.month = m.month
)
SELECT priogrid_gid, year, month,
       CASE WHEN covered THEN COALESCE(events, 0) END AS events,
       CASE WHEN covered THEN COALESCE(best, 0) END AS best,
       CASE WHEN covered THEN COALESCE(low, 0) END AS low,
       CASE WHEN covered THEN COALESCE(high, 0) END AS high,
       CASE WHEN covered THEN COALESCE(deaths_state_based, 0) END AS deaths_state_based,
       CASE WHEN covered THEN COALESCE(deaths_non_state, 0) END AS deaths_non_state,
       CASE WHEN covered THEN COALESCE(deaths_one_sided, 0) END AS deaths_one_sided,
       CASE WHEN covered THEN COALESCE(deaths_civilians, 0) END AS deaths_civilians,
       -- months since the cell's last month with events (0 in such a month); NULL before its
       -- first event in the range and past coverage
       CASE WHEN covered THEN CAST(month_index - MAX(CASE WHEN events > 0 THEN month_index END)
         OVER (PARTITION BY priogrid_gid ORDER BY month_index
               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS INT) END AS peace_months
FROM grid
