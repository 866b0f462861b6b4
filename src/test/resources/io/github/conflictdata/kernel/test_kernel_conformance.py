"""Jupyter's kernel conformance suite (jupyter_kernel_test) against the conflictdata Java kernel.

Run by KernelConformanceTest with Debian's /usr/bin/python3 and JUPYTER_PATH pointing at a
kernelspec installed from the build; the kernel name comes from CONFLICTDATA_KERNEL_NAME.
"""
import os
import unittest

import jupyter_kernel_test


class ConflictdataKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("CONFLICTDATA_KERNEL_NAME", "conflictdata-java")
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("an error line");'

    completion_samples = [
        {"text": "Syste", "matches": {"System"}},
        {"text": "Math.hypo", "matches": {"hypot("}},
        {"text": "%ma", "matches": {"maven", "mavenRepo"}},
    ]

    complete_code_samples = ["1 + 1", "int x = 1;", "for (int i = 0; i < 3; i++) { }", "%time 1 + 1"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "void f() {", "String s = f(1,"]
    invalid_code_samples = [")", 'String s = "abc']

    code_generate_error = 'throw new IllegalStateException("deliberate");'

    code_execute_result = [
        {"code": "1 + 1", "result": "2"},
        {"code": "int six = 6;\nsix * 7", "result": "42"},
        {"code": '"a" + "b"', "result": "ab"},
        {"code": 'Table.create("t", IntColumn.create("n", 1, 2, 3))', "mime": "text/html"},
    ]

    code_display_data = [
        {"code": 'display(Table.create("t", IntColumn.create("n", 1, 2, 3)));', "mime": "text/html"},
        {
            "code": "var chart = new CategoryChartBuilder().width(320).height(200).title(\"c\").build();\n"
            'chart.addSeries("s", List.of("a", "b"), List.of(1, 2));\n'
            "display(chart);",
            "mime": "image/png",
        },
        {"code": "display(ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS));", "mime": "text/html"},
    ]

    code_inspect_sample = "Math.max"

    code_clear_output = "clearOutput();"


if __name__ == "__main__":
    unittest.main()
