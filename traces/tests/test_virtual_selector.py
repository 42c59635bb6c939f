"""The canonical order of select's poll (docs/outside-world.md#select): registration order, self-pipe first."""
import selectors
import socket
import unittest

import support  # noqa: F401  (puts loopspec_traces on sys.path)

from loopspec_traces import virtual_loop, virtual_world
from loopspec_traces.virtual_loop import Halt, VirtualLoop

READ, WRITE = selectors.EVENT_READ, selectors.EVENT_WRITE


class Order(unittest.TestCase):
    def setUp(self):
        virtual_loop.reset()
        self.world = virtual_world.installed()
        self.world.__enter__()
        self.loop = VirtualLoop()
        self.selector = self.loop._selector
        self.socks = []

    def tearDown(self):
        self.loop.close()
        for s in self.socks:
            s.close()
        self.world.__exit__(None, None, None)
        virtual_loop.reset()

    def readable(self):
        """A socket with data waiting; later calls give higher descriptor numbers."""
        a, b = socket.socketpair()
        self.socks += [a, b]
        b.send(b"x")
        return a

    def polled(self):
        return [(key.fileobj, mask) for key, mask in self.selector.select(0)]

    def test_registration_order_not_descriptor_order(self):
        low, high = self.readable(), self.readable()
        self.assertLess(low.fileno(), high.fileno())
        self.selector.register(high, READ)
        self.selector.register(low, READ)
        self.assertEqual(self.polled(), [(high, READ), (low, READ)])

    def test_self_pipe_comes_first(self):
        sock = self.readable()
        self.selector.register(sock, READ)
        self.loop._write_to_self()
        self.assertEqual(self.polled(), [(self.loop._ssock.fileno(), READ), (sock, READ)])

    def test_modify_keeps_the_place(self):
        first, second = self.readable(), self.readable()
        self.selector.register(first, READ)
        self.selector.register(second, READ)
        self.selector.modify(first, READ | WRITE)
        self.assertEqual(self.polled(), [(first, READ | WRITE), (second, READ)])

    def test_unregister_forgets_the_place(self):
        first, second = self.readable(), self.readable()
        self.selector.register(first, READ)
        self.selector.register(second, READ)
        self.selector.unregister(first)
        self.selector.register(first, READ)
        self.assertEqual(self.polled(), [(second, READ), (first, READ)])

    def test_one_event_per_descriptor(self):
        sock = self.readable()
        self.selector.register(sock, READ | WRITE)
        self.assertEqual(self.polled(), [(sock, READ | WRITE)])

    def test_loop_queues_reader_before_writer_in_registration_order(self):
        first, second = self.readable(), self.readable()
        seen = []
        self.loop.add_writer(second, seen.append, "second writer")
        self.loop.add_reader(first, seen.append, "first reader")
        self.loop.add_reader(second, seen.append, "second reader")
        self.loop.call_soon(self.loop.stop)
        self.loop.run_forever()
        self.assertEqual(seen, ["second reader", "second writer", "first reader"])
        for sock in (first, second):
            self.loop.remove_reader(sock)
        self.loop.remove_writer(second)

    def test_closed_registered_socket_halts(self):
        sock = self.readable()
        self.selector.register(sock.fileno(), READ)
        sock.close()
        with self.assertRaisesRegex(Halt, "closed while the loop still watched it"):
            self.selector.select(0)


if __name__ == "__main__":
    unittest.main()
