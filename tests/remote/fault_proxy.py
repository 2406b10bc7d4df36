"""A loopback TCP proxy that plays network faults between a client and a server: it
forwards, resets every open connection (RST), or black-holes traffic (keeps connections
open, forwards nothing): all of it, or only the connections open now (a load balancer
that dropped them while idle, telling no one), as a test switches it. It can also send
an HTTP/2 GOAWAY to the clients on the open connections, as a server (or a proxy in
front of it) does before it closes them."""

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
        # Writes to each client go frame by frame under its lock, so a GOAWAY can go in
        # between two frames.
        self._client_locks: dict[socket.socket, threading.Lock] = {}
        self._last_stream: dict[socket.socket, int] = {}
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
                self._client_locks[client] = threading.Lock()
                self.accepted += 1
            threading.Thread(target=self._pump, args=(client, server, None, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, self._client_locks[client]), daemon=True).start()

    def _pump(
        self, source: socket.socket, sink: socket.socket, frames: threading.Lock | None = None, requests: bool = False
    ) -> None:
        """Forwards ``source`` to ``sink``; with ``frames`` (server to client), whole HTTP/2
        frames only, each write under that lock. On the ``requests`` side (client to
        server), notes the last stream the client opened, for a GOAWAY to name."""
        pending = b""
        seen = b""
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
            if requests:
                seen = self._note_streams(source, seen + data)
            if frames is not None:
                pending += data
                data, pending = _whole_frames(pending)
            try:
                if frames is None:
                    sink.sendall(data)
                else:
                    with frames:
                        sink.sendall(data)
            except OSError:
                return

    def _note_streams(self, client: socket.socket, data: bytes) -> bytes:
        """Records the highest stream id of the HEADERS frames in ``data`` (after the
        connection preface); returns what is left of an incomplete frame."""
        if client not in self._last_stream:
            if len(data) < len(_PREFACE):
                return data
            data, self._last_stream[client] = data[len(_PREFACE) :], 0
        whole, rest = _whole_frames(data)
        at = 0
        while at < len(whole):
            size, kind = int.from_bytes(whole[at : at + 3], "big"), whole[at + 3]
            if kind == 1:  # HEADERS: a new stream
                stream = int.from_bytes(whole[at + 5 : at + 9], "big") & 0x7FFFFFFF
                self._last_stream[client] = max(self._last_stream[client], stream)
            at += 9 + size
        return rest

    def go_away(self, close_after: float = 5.0) -> None:
        """Sends each client on an open connection an HTTP/2 GOAWAY (no error, naming the
        last stream it opened as the last one processed), forwards nothing more from its
        server, and closes the connection ``close_after`` seconds later."""
        with self._lock:
            pairs = list(self._pairs)
        for client, server in pairs:
            last = self._last_stream.get(client, 0)
            goaway = struct.pack(">I", 8)[1:] + bytes([7, 0]) + struct.pack(">III", 0, last, 0)
            with self._client_locks[client]:
                self._silenced.add(server)
                try:
                    client.sendall(goaway)
                except OSError:
                    continue
            timer = threading.Timer(close_after, lambda pair=(client, server): [_close(s) for s in pair])
            timer.daemon = True
            timer.start()

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
        close_listener(self._listener)
        self.reset_all()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


_PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"


def _whole_frames(data: bytes) -> tuple[bytes, bytes]:
    """The complete HTTP/2 frames at the start of ``data``, and the rest."""
    end = 0
    while len(data) - end >= 9:
        size = 9 + int.from_bytes(data[end : end + 3], "big")
        if len(data) - end < size:
            break
        end += size
    return data[:end], data[end:]


def _close(sock: socket.socket) -> None:
    try:
        sock.close()
    except OSError:
        pass


def close_listener(listener: socket.socket) -> None:
    """Close a listening socket, waking the thread blocked in its ``accept()`` (which a bare
    close() does not, on Linux), so the accepting thread ends."""
    try:
        listener.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    _close(listener)
