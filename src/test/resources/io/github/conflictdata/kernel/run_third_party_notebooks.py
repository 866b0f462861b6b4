"""Runs third-party IJava notebooks headless on the conflictdata kernel, cell by cell, with nbclient.

Run by ThirdPartyNotebooksTest with Debian's /usr/bin/python3:
    run_third_party_notebooks.py NOTEBOOK_DIR EXPECTED_TSV RESULT_JSON
NOTEBOOK_DIR is a writable copy of ../shared/notebooks-third-party. Cells the expected table marks
"skip" (they would fetch from the internet) are replaced by a comment before the run, so they
never execute. nbclient sends allow_stdin=False, as nbconvert --execute does. Writes, for every
code cell of every notebook in the table, what happened: ok, error (ename, evalue) or empty.
"""
import csv
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

KERNEL = os.environ.get("CONFLICTDATA_KERNEL_NAME", "conflictdata-java")

# Where each notebook runs (relative paths in it start there), as SOURCES.md says.
WORKING_DIRS = {
    "deepjavalibrary__d2l-java__tablesaw.ipynb": "deepjavalibrary__d2l-java__tablesaw/chapter_preliminaries",
    "oracle__tribuo__columnar-tribuo-v4.ipynb": "oracle__tribuo__columnar-tribuo-v4",
}
# Per-cell timeouts: the infinite loop is interrupted on purpose.
TIMEOUTS = {"twosigma__beakerx__InfiniteLoopJava.ipynb": 10}


def main():
    nb_dir, expected_tsv, result_json = sys.argv[1:4]
    skips = {}
    notebooks = []
    with open(expected_tsv, encoding="utf-8") as f:
        for row in csv.reader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t"):
            name, cell = row[0], int(row[1])
            if name not in notebooks:
                notebooks.append(name)
            if row[3] == "skip":
                skips.setdefault(name, set()).add(cell)
    results = {}
    for name in notebooks:
        path = os.path.join(nb_dir, name)
        if not os.path.exists(path):
            results[name] = {"missing": True}
            continue
        nb = nbformat.read(path, as_version=4)
        code_cells = [c for c in nb.cells if c.cell_type == "code"]
        for i, c in enumerate(code_cells, start=1):
            if i in skips.get(name, ()):
                c.source = "// not run by the test: this cell needs the network"
        workdir = os.path.join(nb_dir, WORKING_DIRS.get(name, ""))
        client = NotebookClient(nb, kernel_name=KERNEL, timeout=TIMEOUTS.get(name, 120),
                                allow_errors=True, interrupt_on_timeout=True, startup_timeout=120,
                                resources={"metadata": {"path": workdir}})
        started = time.time()
        failure = None
        try:
            client.execute()
        except Exception as e:  # the run itself failed: every cell is reported as not run
            failure = "%s: %s" % (type(e).__name__, e)
        cells = []
        for i, c in enumerate(code_cells, start=1):
            entry = {"cell": i}
            if not c.source.strip():
                entry["status"] = "empty"
            elif i in skips.get(name, ()):
                entry["status"] = "skipped"
            elif failure is not None:
                entry["status"] = "not-run"
                entry["evalue"] = failure
            else:
                errors = [o for o in c.get("outputs", []) if o.get("output_type") == "error"]
                if errors:
                    entry["status"] = "error"
                    entry["ename"] = errors[0].get("ename", "")
                    entry["evalue"] = errors[0].get("evalue", "")
                else:
                    entry["status"] = "ok"
                kinds = sorted({o.get("output_type") for o in c.get("outputs", [])})
                entry["outputs"] = kinds
                data = [o.get("data", {}) for o in c.get("outputs", []) if "data" in o]
                entry["mimetypes"] = sorted({m for d in data for m in d})
            cells.append(entry)
        results[name] = {"cells": cells, "seconds": round(time.time() - started, 1)}
        print("%s: %d code cells in %.1f s" % (name, len(code_cells), time.time() - started), flush=True)
    with open(result_json, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
