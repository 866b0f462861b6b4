#!/usr/bin/python3
"""Kernel benchmark: conflictdata's Java kernel against Debian's ipykernel, in the same run.

Not a test. Usage (after `mvn package`, which builds target/conflictdata-kernel.jar):

    /usr/bin/python3 src/test/bench/kernel-bench.py [--starts 3] [--cells 20]

It installs the kernelspec from the fat jar into a temporary JUPYTER_PATH, then for each start,
alternately for each kernel: cold start (kernel start -> reply of the first `1 + 1`), then
`--cells` executions each of
  * `1 + 1` (the same cell re-executed),
  * `1 + i` with a new i each time (a new snippet, compiled each time),
  * rendering a 1,000-row table (Tablesaw for Java, pandas for Python) as the cell's result,
timed from execute_request to the idle status that ends the cell's output.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(HERE, "..", "..", "..", "target", "conflictdata-kernel.jar")

KERNELS = {
    "conflictdata-java": {
        "setup": 'Table big = Table.create("big", IntColumn.indexColumn("row", 1000, 0),'
        ' DoubleColumn.create("value", java.util.stream.IntStream.range(0, 1000).mapToDouble(i -> i * 0.5).toArray()),'
        ' StringColumn.create("label", java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "item " + i).toArray(String[]::new)));',
        "table": "big",
    },
    "python3": {
        "setup": "import pandas as pd\n"
        "big = pd.DataFrame({'row': range(1000), 'value': [i * 0.5 for i in range(1000)],"
        " 'label': ['item %d' % i for i in range(1000)]})",
        "table": "big",
    },
}


def run_cell(kc, code, timeout=120):
    """Seconds from execute_request to the idle status after the cell's output; fails on error."""
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    status = None
    idle = False
    while status is None or not idle:
        if status is None:
            try:
                reply = kc.get_shell_msg(timeout=0.001 if idle else timeout)
                if reply["parent_header"].get("msg_id") == msg_id:
                    status = reply["content"]["status"]
                continue
            except Exception:
                pass
        msg = kc.get_iopub_msg(timeout=timeout)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            idle = True
    elapsed = time.perf_counter() - t0
    if status != "ok":
        raise RuntimeError("cell failed: %r" % code)
    return elapsed


def one_start(name, cells):
    t0 = time.perf_counter()
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        run_cell(kc, "1 + 1")
        cold = time.perf_counter() - t0
        spec = KERNELS[name]
        same = [run_cell(kc, "1 + 1") for _ in range(cells)]
        fresh = [run_cell(kc, "1 + %d" % (i + 2)) for i in range(cells)]
        run_cell(kc, spec["setup"])
        table = [run_cell(kc, spec["table"]) for _ in range(cells)]
        return cold, same, fresh, table
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def pct(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100.0 * len(values) + 0.5)) - 1))
    return values[k]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--starts", type=int, default=3)
    ap.add_argument("--cells", type=int, default=20)
    args = ap.parse_args()
    if not os.path.isfile(JAR):
        sys.exit("build the kernel jar first: mvn -q package -DskipTests")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["java", "-jar", JAR, "install", "--prefix", tmp], check=True, stdout=subprocess.DEVNULL)
        os.environ["JUPYTER_PATH"] = os.path.join(tmp, "share", "jupyter")
        res = {n: {"cold": [], "same": [], "fresh": [], "table": []} for n in KERNELS}
        for s in range(args.starts):
            for name in KERNELS:
                cold, same, fresh, table = one_start(name, args.cells)
                r = res[name]
                r["cold"].append(cold)
                r["same"] += same
                r["fresh"] += fresh
                r["table"] += table
                print("start %d %-18s cold %.2f s" % (s + 1, name, cold), flush=True)
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    print("\n%d starts x %d cells each; load average at the end %.1f on %d CPUs"
          % (args.starts, args.cells, load, os.cpu_count()))
    print("%-34s %14s %14s %8s" % ("measure", "conflictdata", "ipykernel", "ratio"))
    j, p = res["conflictdata-java"], res["python3"]
    rows = [
        ("cold start, median (s)", statistics.median(j["cold"]), statistics.median(p["cold"]), 1),
        ("1 + 1 re-executed, p50 (ms)", pct(j["same"], 50), pct(p["same"], 50), 1000),
        ("1 + 1 re-executed, p95 (ms)", pct(j["same"], 95), pct(p["same"], 95), 1000),
        ("1 + i new each time, p50 (ms)", pct(j["fresh"], 50), pct(p["fresh"], 50), 1000),
        ("1 + i new each time, p95 (ms)", pct(j["fresh"], 95), pct(p["fresh"], 95), 1000),
        ("1,000-row table, p50 (ms)", pct(j["table"], 50), pct(p["table"], 50), 1000),
        ("1,000-row table, p95 (ms)", pct(j["table"], 95), pct(p["table"], 95), 1000),
    ]
    for label, a, b, scale in rows:
        print("%-34s %14.2f %14.2f %7.2fx" % (label, a * scale, b * scale, a / b))


if __name__ == "__main__":
    main()
