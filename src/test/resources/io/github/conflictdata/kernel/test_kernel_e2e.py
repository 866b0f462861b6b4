"""End-to-end tests of the conflictdata Java kernel over Jupyter's real ZeroMQ protocol.

Run by KernelProtocolTest with Debian's /usr/bin/python3 and JUPYTER_PATH pointing at a kernelspec
installed from the build; the kernel name comes from CONFLICTDATA_KERNEL_NAME.
"""
import os
import signal
import tempfile
import time
import unittest
import zipfile
from queue import Empty

from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

KERNEL = os.environ.get("CONFLICTDATA_KERNEL_NAME", "conflictdata-java")


def run(kc, code, timeout=60):
    """Executes code; returns (reply content, iopub messages of that request)."""
    msg_id = kc.execute(code)
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    outputs = collect(kc, msg_id, timeout)
    return reply["content"], outputs


def collect(kc, msg_id, timeout=30):
    outputs = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return outputs
        if msg["msg_type"] not in ("status", "execute_input"):
            outputs.append(msg)


def result_text(outputs):
    for m in outputs:
        if m["msg_type"] == "execute_result":
            return m["content"]["data"].get("text/plain")
    return None


class KernelSessionTest(unittest.TestCase):
    """One kernel for the state, interrupt, exit and signature scenarios, in this order."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=120)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def test_1_state_survives_an_exception(self):
        reply, _ = run(self.kc, "int kept = 7;")
        self.assertEqual(reply["status"], "ok")
        reply, outputs = run(self.kc, 'throw new IllegalArgumentException("bad input");')
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "java.lang.IllegalArgumentException")
        self.assertEqual(reply["evalue"], "bad input")
        errors = [m for m in outputs if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)
        # the stack trace is trimmed to the user's code: no JShell or reflection frames
        joined = "\n".join(errors[0]["content"]["traceback"])
        self.assertNotIn("jdk.jshell", joined)
        self.assertNotIn("java.lang.reflect", joined)
        reply, outputs = run(self.kc, "kept * 6")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(result_text(outputs), "42")

    def test_1b_cells_queued_behind_a_failing_cell_are_aborted(self):
        failing = self.kc.execute('throw new IllegalStateException("stop here");')
        queued = self.kc.execute("int afterError = 1;")
        replies = {}
        while len(replies) < 2:
            r = self.kc.get_shell_msg(timeout=60)
            replies[r["parent_header"]["msg_id"]] = r["content"]
        self.assertEqual(replies[failing]["status"], "error")
        self.assertEqual(replies[queued]["status"], "aborted")
        # as ipykernel: an aborted cell never ran, so its reply carries no execution_count
        # (Notebook 6 showed the failing cell's number on every aborted cell)
        self.assertNotIn("execution_count", replies[queued])
        reply, _ = run(self.kc, "afterError")
        self.assertEqual(reply["status"], "error", "an aborted cell never ran")
        no_stop = self.kc.execute('throw new IllegalStateException("go on");', stop_on_error=False)
        runs = self.kc.execute("int ranAnyway = 2;")
        replies = {}
        while len(replies) < 2:
            r = self.kc.get_shell_msg(timeout=60)
            replies[r["parent_header"]["msg_id"]] = r["content"]
        self.assertEqual(replies[no_stop]["status"], "error")
        self.assertEqual(replies[runs]["status"], "ok")

    def test_1c_stdin_round_trip(self):
        prompts = []

        def answer(msg):
            self.assertEqual(msg["msg_type"], "input_request")
            prompts.append(msg)
            self.kc.input(["Ada", "20", "22"][len(prompts) - 1])

        code = ('Scanner scanner = new Scanner(System.in);\n'
                'System.out.println("Enter your name: ");\n'
                'String typedName = scanner.nextLine();\n'
                'int number1 = scanner.nextInt();\n'
                'int number2 = scanner.nextInt();\n'
                'typedName + " " + (number1 + number2)')
        outputs = []
        reply = self.kc.execute_interactive(code, allow_stdin=True, stdin_hook=answer,
                                            output_hook=outputs.append, timeout=60)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        self.assertEqual(len(prompts), 3, "one input_request per line read")
        results = [m for m in outputs if m["msg_type"] == "execute_result"]
        self.assertEqual(results[0]["content"]["data"]["text/plain"], "Ada 42")
        streams = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream")
        self.assertIn("Enter your name:", streams, "the prompt printed before the read is shown")

    def test_1d_stdin_without_a_client_that_accepts_input_fails_at_once(self):
        start = time.time()
        msg_id = self.kc.execute("new Scanner(System.in).nextLine()", allow_stdin=False)
        reply = self.kc.get_shell_msg(timeout=30)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        collect(self.kc, msg_id)
        self.assertLess(time.time() - start, 20)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "io.github.conflictdata.kernel.StdinUnavailableException")
        self.assertIn("does not accept input", reply["content"]["evalue"])
        self.assertIn("allow_stdin is false", reply["content"]["evalue"])
        # a cell's own System.setIn stays in effect, for this cell and the next
        reply, outputs = run(self.kc, 'System.setIn(new ByteArrayInputStream("7 8\\n".getBytes()));\n'
                                      'Scanner own = new Scanner(System.in);\nown.nextInt()')
        self.assertEqual(result_text(outputs), "7")
        reply, outputs = run(self.kc, "own.nextInt()")
        self.assertEqual(result_text(outputs), "8")
        reply, outputs = run(self.kc, "System.in.getClass().getName()")
        self.assertEqual(result_text(outputs), "java.io.ByteArrayInputStream")

    def test_1e_a_chart_xchart_cannot_paint_shows_as_text_with_a_warning(self):
        reply, outputs = run(self.kc, 'var emptyChart = new CategoryChartBuilder().title("empty").build();\n'
                                      'display(emptyChart);\nemptyChart')
        self.assertEqual(reply["status"], "ok", reply)
        displays = [m for m in outputs if m["msg_type"] in ("display_data", "execute_result")]
        self.assertEqual(len(displays), 2)
        for m in displays:
            self.assertEqual(list(m["content"]["data"]), ["text/plain"])
            self.assertIn('CategoryChart "empty"', m["content"]["data"]["text/plain"])
        warnings = [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"]
        self.assertTrue(any(w.startswith("warning: could not render the CategoryChart") for w in warnings), warnings)
        self.assertFalse(any("\x1b[" in w for w in warnings), "a warning is not coloured as an error")
        self.assertEqual([m["content"]["name"] for m in outputs if m["msg_type"] == "stream"],
                         ["stderr"] * len(warnings))

    def test_2_interrupt_request_stops_an_endless_loop(self):
        msg_id = self.kc.execute("long spins = 0; while (true) { spins++; }")
        time.sleep(1.5)
        start = time.time()
        self.km.interrupt_kernel()  # interrupt_mode "message": an interrupt_request on control
        reply = self.kc.get_shell_msg(timeout=20)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertLess(time.time() - start, 10)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        collect(self.kc, msg_id)
        reply, outputs = run(self.kc, "kept")
        self.assertEqual(result_text(outputs), "7", "state must survive an interrupt")

    def test_3_sigint_stops_a_sleeping_cell(self):
        msg_id = self.kc.execute("Thread.sleep(60_000);")
        time.sleep(1.5)
        pid = self.km.provisioner.pid
        os.kill(pid, signal.SIGINT)
        reply = self.kc.get_shell_msg(timeout=20)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        collect(self.kc, msg_id)
        reply, outputs = run(self.kc, "kept + 1")
        self.assertEqual(result_text(outputs), "8")

    def test_3b_output_streams_while_the_cell_runs(self):
        msg_id = self.kc.execute('System.out.println("first"); Thread.sleep(2500); System.out.println("second");')
        first_at = None
        while True:
            msg = self.kc.get_iopub_msg(timeout=30)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream" and "first" in msg["content"]["text"] and first_at is None:
                first_at = time.time()
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                idle_at = time.time()
                break
        self.assertIsNotNone(first_at)
        self.assertGreater(idle_at - first_at, 1.5, "'first' arrived while the cell was still sleeping")
        self.kc.get_shell_msg(timeout=10)

    def test_4_wrongly_signed_and_unsigned_messages_are_ignored(self):
        sock = self.kc.shell_channel.socket
        for key in (b"not-the-kernel-key", b""):
            forged = Session(key=key, username="intruder")
            forged.send(sock, "execute_request", {
                "code": "int hacked = 1;", "silent": False, "store_history": True,
                "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        with self.assertRaises(Empty):
            self.kc.get_shell_msg(timeout=3)  # no reply to a forged message
        reply, outputs = run(self.kc, "hacked")
        self.assertEqual(reply["status"], "error", "a forged message must never run")
        self.assertIn("cannot find symbol", reply["evalue"])
        reply, outputs = run(self.kc, "kept")
        self.assertEqual(result_text(outputs), "7")

    def test_5_system_exit_restarts_the_agent_and_says_state_was_lost(self):
        # a jar added with %jars before the exit must be back on the new agent's class path
        jar = os.path.join(tempfile.mkdtemp(), "restore-check.jar")
        with zipfile.ZipFile(jar, "w") as z:
            z.writestr("conflictdata-restore-check.txt", "restored")
        probe = 'new Object(){}.getClass().getClassLoader().getResource("conflictdata-restore-check.txt") != null'
        reply, _ = run(self.kc, "%jars " + jar)
        self.assertEqual(reply["status"], "ok")
        reply, outputs = run(self.kc, probe)
        self.assertEqual(result_text(outputs), "true")
        reply, outputs = run(self.kc, "System.exit(3);")
        self.assertEqual(reply["status"], "error")
        self.assertIn("exit code 3", reply["evalue"])
        self.assertIn("state", reply["evalue"])
        self.assertIn("lost", reply["evalue"])
        reply, outputs = run(self.kc, "1 + 1")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(result_text(outputs), "2")
        reply, _ = run(self.kc, "kept")
        self.assertEqual(reply["status"], "error", "variables of the old agent are gone")
        reply, outputs = run(self.kc, probe)
        self.assertEqual(result_text(outputs), "true", "class path additions are restored")

    def test_6_a_cell_that_swallows_the_interrupt_has_its_agent_restarted(self):
        msg_id = self.kc.execute("while (true) { try { Thread.sleep(10); } catch (Throwable t) { } }")
        time.sleep(1.5)
        start = time.time()
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=30)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertLess(time.time() - start, 20)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("did not stop", reply["content"]["evalue"])
        self.assertIn("lost", reply["content"]["evalue"])
        collect(self.kc, msg_id)
        reply, outputs = run(self.kc, "3 + 4")
        self.assertEqual(result_text(outputs), "7")


class OutOfMemoryTest(unittest.TestCase):
    """A kernel with a small agent heap (CONFLICTDATA_JSHELL_OPTS) and a start-up script."""

    def test_out_of_memory_restarts_the_agent(self):
        with tempfile.NamedTemporaryFile("w", suffix=".jsh", delete=False) as script:
            script.write("int fromStartup = 11;\nString greet() { return \"hello\"; }\n")
        env = dict(os.environ, CONFLICTDATA_JSHELL_OPTS="-Xmx96m", CONFLICTDATA_STARTUP=script.name)
        km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=120, env=env)
        try:
            reply, outputs = run(kc, "greet() + fromStartup")
            self.assertEqual(result_text(outputs), "hello11", "the start-up script ran")
            reply, outputs = run(kc, "Runtime.getRuntime().maxMemory() < 200L * 1024 * 1024")
            self.assertEqual(result_text(outputs), "true", "the agent got -Xmx96m")
            run(kc, "int before = 1;")
            reply, _ = run(kc, "long[][] hog = new long[64][]; for (int i = 0; i < 64; i++) hog[i] = new long[4_000_000];")
            self.assertEqual(reply["status"], "error")
            self.assertIn("memory", reply["evalue"])
            self.assertIn("lost", reply["evalue"])
            reply, outputs = run(kc, "2 + 2")
            self.assertEqual(result_text(outputs), "4")
            reply, outputs = run(kc, "fromStartup")
            self.assertEqual(result_text(outputs), "11", "the new agent ran the start-up script too")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
            os.unlink(script.name)


class JreWithoutJShellTest(unittest.TestCase):
    def test_a_jre_gets_a_clear_message(self):
        km, kc = start_new_kernel(kernel_name=KERNEL + "-jre", startup_timeout=120)
        try:
            reply, outputs = run(kc, "1 + 1")
            self.assertEqual(reply["status"], "error")
            self.assertIn("no jdk.jshell module", reply["evalue"])
            self.assertIn("Install a JDK", reply["evalue"])
            self.assertEqual([m["msg_type"] for m in outputs], ["error"])
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main()
