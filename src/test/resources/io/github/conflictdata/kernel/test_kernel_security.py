"""Hostile local clients against the conflictdata Java kernel (issue 27, items 1 and 2).

Run by KernelSecurityTest with Debian's /usr/bin/python3; the kernel name comes from
CONFLICTDATA_KERNEL_NAME. Everything runs on 127.0.0.1.
"""
import os
import re
import socket
import struct
import unittest

from jupyter_client.manager import start_new_kernel

KERNEL = os.environ.get("CONFLICTDATA_KERNEL_NAME", "conflictdata-java")


def parent_of(pid):
    with open("/proc/%d/stat" % pid) as f:
        return int(f.read().rsplit(")", 1)[1].split()[1])


def descendants(pid):
    """Every process below pid, read from /proc (no psutil needed)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    if parent_of(int(d)) == p:
                        out.append(int(d))
                        todo.append(int(d))
                except (OSError, ValueError, IndexError):
                    pass
    return out


def cmdline(pid):
    with open("/proc/%d/cmdline" % pid, "rb") as f:
        return [a for a in f.read().split(b"\0") if a]


def listening_ports(pid):
    """TCP ports pid listens on (its socket inodes matched against /proc/net/tcp)."""
    inodes = set()
    for fd in os.listdir("/proc/%d/fd" % pid):
        try:
            target = os.readlink("/proc/%d/fd/%s" % (pid, fd))
        except OSError:
            continue
        m = re.match(r"socket:\[(\d+)\]", target)
        if m:
            inodes.add(m.group(1))
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):  # Java binds 127.0.0.1 on an IPv6 socket
        with open(table) as f:
            for line in f.readlines()[1:]:
                cols = line.split()
                if cols[3] == "0A" and cols[9] in inodes:
                    ports.add(int(cols[1].rsplit(":", 1)[1], 16))
    return ports


def run(kc, code, timeout=60):
    msg_id = kc.execute(code)
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]


def zmtp_greeting():
    """A ZMTP 3.0 greeting for the NULL mechanism, as a client."""
    return (b"\xff" + b"\0" * 8 + b"\x7f" + bytes([3, 0]) + b"NULL".ljust(20, b"\0")
            + b"\0" + b"\0" * 31)


def zmtp_ready(socket_type):
    name = b"Socket-Type"
    body = bytes([5]) + b"READY" + bytes([len(name)]) + name + struct.pack(">I", len(socket_type)) \
        + socket_type
    return bytes([0x04, len(body)]) + body


class KernelSecurityTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=120)
        assert run(cls.kc, "1 + 1")["status"] == "ok"  # the agent JVM is up

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def kernel_pid(self):
        prov = getattr(self.km, "provisioner", None)
        proc = getattr(prov, "process", None) if prov is not None else None
        if proc is None:
            proc = self.km.kernel
        return proc.pid

    def agents(self):
        found = [p for p in descendants(self.kernel_pid())
                 if any(a.endswith(b"AgentMain") for a in cmdline(p))]
        self.assertTrue(found, "no agent JVM below the kernel")
        return found

    def test_1_agent_command_line_holds_neither_port_nor_token(self):
        for pid in self.agents():
            args = cmdline(pid)
            self.assertTrue(args[-1].endswith(b"AgentMain"),
                            "arguments after the class name: %r" % args[-3:])
            self.assertFalse([a for a in args if re.fullmatch(rb"[0-9a-f]{32}", a)],
                             "a 32-hex-digit token on the command line")

    def test_2_a_stranger_on_the_agent_port_is_closed_and_the_kernel_works(self):
        zmq_ports = {self.km.shell_port, self.km.iopub_port, self.km.stdin_port,
                     self.km.control_port, self.km.hb_port}
        others = listening_ports(self.kernel_pid()) - zmq_ports
        self.assertTrue(others, "the agent's port was not found")
        for port in others:
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
            try:
                s.sendall(b'{"type":"hello","token":"' + b"0" * 32 + b'","channel":"main"}\n')
                self.assertEqual(b"", s.recv(1), "the stranger's connection stays open")
            finally:
                s.close()
        self.assertEqual("ok", run(self.kc, "2 + 2")["status"])

    def test_3_huge_frames_from_unauthenticated_clients_are_refused(self):
        for _ in range(4):
            s = socket.create_connection(("127.0.0.1", self.km.shell_port), timeout=15)
            try:
                s.sendall(zmtp_greeting())
                got = b""
                while len(got) < 64:
                    chunk = s.recv(64 - len(got))
                    self.assertTrue(chunk, "the kernel closed before its greeting")
                    got += chunk
                s.sendall(zmtp_ready(b"DEALER"))
                # a message frame announcing 2,147,483,000 bytes, then a few of them
                s.sendall(bytes([0x02]) + struct.pack(">Q", 2147483000) + b"x" * 16)
                closed = False
                try:
                    while True:
                        data = s.recv(4096)  # the kernel's READY, then the end
                        if not data:
                            closed = True
                            break
                except ConnectionResetError:
                    closed = True
                self.assertTrue(closed, "the kernel kept the connection")
            except socket.timeout:
                self.fail("the kernel kept a connection announcing a 2 GB frame open for 15 s")
            finally:
                s.close()
        self.kc.kernel_info()
        reply = self.kc.get_shell_msg(timeout=30)
        self.assertEqual("kernel_info_reply", reply["msg_type"])

    def test_4_a_cells_output_arrives_before_its_idle_status(self):
        """Issue 27, item 15: the flusher thread could take a cell's last output and be
        preempted before sending it, so "done" (and the idle status) went out first."""
        expected = " ".join(str(i) for i in range(300)) + " "
        late = 0
        for n in range(150):
            msg_id = self.kc.execute('for (int i = 0; i < 300; i++) System.out.print(i + " ");')
            text = ""
            while True:
                msg = self.kc.get_iopub_msg(timeout=60)
                if msg["parent_header"].get("msg_id") != msg_id:
                    continue
                if msg["msg_type"] == "stream":
                    text += msg["content"]["text"]
                if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                    break
            if text != expected:
                late += 1
        self.assertEqual(0, late, "cells whose output was not all there before their idle status")


if __name__ == "__main__":
    unittest.main()
