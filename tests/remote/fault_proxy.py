"""A loopback TCP proxy that plays network faults between a client and a server: it
forwards, resets every open connection (RST), or black-holes traffic (keeps connections
open, forwards nothing): all of it, or only the connections open now (a load balancer
that dropped them while idle, telling no one), as a test switches it."""

from __future__ import annotations

import socket
import struct
import threading
from typing import Literal

Mode = Literal["forward", "black_hole"]


class FaultProxy:
    """``127.0.0.1:<port>`` forwarding to ``target`` (``host:port``) until :meth:`stop`."""

    def __init__(self, target: str) -> None:
        host, port = target.rsplit(":", 1)
        self.target = (host, int(port))
        self.mode: Mode = "forward"
        self.accepted = 0  # connections made through the proxy, for tests to count
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._silenced: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._running = True
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self._listener.getsockname()[1]}"

    def _accept(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                self._pairs.append((client, server))
                self.accepted += 1
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                _close(sink)
                return
            if self.mode == "black_hole" or source in self._silenced:
                continue  # swallowed: the peer sees an open, silent connection
            try:
                sink.sendall(data)
            except OSError:
                return

    def drop_silently(self) -> None:
        """The connections open now go silent for good (new ones are forwarded)."""
        with self._lock:
            self._silenced.update(sock for pair in self._pairs for sock in pair)

    def reset_all(self) -> None:
        """Every open connection is reset (RST to both sides), as a crashed peer or a
        middlebox would; new connections are forwarded."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for sock in pair:
                # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
                try:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                except OSError:
                    pass  # closed already, by its pump
                _close(sock)

    def stop(self) -> None:
        self._running = False
        _close(self._listener)
        self.reset_all()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _close(sock: socket.socket) -> None:
    try:
        sock.close()
    except OSError:
        pass
