"""A programmable gRPC server for tests and benchmarks, serving all nine
``flyteidl.service`` services from Rust in this process.

Per endpoint (the raw clients' method names: ``get_task``, ``async_agent.get_task_logs``)
a test programs the reply, as messages of either object model or as bytes, or an error
status, optionally after a delay; and reads back what the server received::

    with MockServer() as server:
        server.reply("get_task", task)
        remote = FlyteRemote(Config.for_endpoint(server.endpoint, insecure=True))
        remote.client.get_task(request)
        [call] = server.received("get_task")

As a command, ``python -m flytekit_core.testing --port 8089`` serves until
interrupted; ``--reply ENDPOINT=FILE`` answers with the encoded message in FILE (after
``--delay`` seconds), and ``--empty`` answers every other RPC with an empty message.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from flytekit_core import _flyrs
from flytekit_core._serving import serve_until_stopped
from flytekit_core.idl.rpc import Rpc
from flytekit_core.idl.services import BY_ENDPOINT

Message = object  # a message of either object model, or its encoded bytes


@dataclass(frozen=True)
class ReceivedCall:
    """One call the server received."""

    endpoint: str
    #: The request messages, encoded as sent.
    messages: list[bytes]
    #: Every request header but HTTP/2's pseudo-headers, in arrival order.
    metadata: list[tuple[str, bytes]]
    #: The deadline the client sent (``grpc-timeout``) in seconds, or None.
    timeout: float | None

    @property
    def request(self) -> bytes:
        """The request of a call with one request message."""
        [message] = self.messages
        return message

    def header(self, name: str) -> bytes | None:
        return next((v for k, v in self.metadata if k == name), None)


def _rpc(endpoint: str) -> Rpc:
    try:
        return BY_ENDPOINT[endpoint]
    except KeyError:
        raise ValueError(f"unknown endpoint {endpoint!r}; see flytekit_core.idl.services.BY_ENDPOINT") from None


def _encoded(message: Message) -> bytes:
    if isinstance(message, bytes):
        return message
    serialize = getattr(message, "SerializeToString", None)
    if serialize is None:
        raise TypeError(f"expected a message or bytes, got {type(message).__name__}")
    return serialize(deterministic=True)  # type: ignore[no-any-return]


class MockServer:
    """Listens on ``host:port`` (a free port by default) until :meth:`stop`; with TLS when
    given a certificate chain and its key (PEM), requiring client certificates issued by
    ``tls_client_ca_pem`` if given (mutual TLS)."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tls_cert_pem: bytes | None = None,
        tls_key_pem: bytes | None = None,
        tls_client_ca_pem: bytes | None = None,
    ) -> None:
        self._server = _flyrs.MockServer(
            host=host,
            port=port,
            tls_cert_pem=tls_cert_pem,
            tls_key_pem=tls_key_pem,
            tls_client_ca_pem=tls_client_ca_pem,
        )
        by_path: dict[str, str] = {rpc.path: rpc.endpoint for rpc in BY_ENDPOINT.values()}
        self._endpoint_of = by_path

    @property
    def endpoint(self) -> str:
        """``host:port``, for ``Config.for_endpoint(..., insecure=True)``."""
        return self._server.endpoint

    @property
    def port(self) -> int:
        return self._server.port

    def reply(self, endpoint: str, *messages: Message, delay: float = 0.0, then: bool = False) -> None:
        """Answer ``endpoint`` with ``messages`` (one for a unary RPC, any number for a
        stream). With ``then``, this reply comes after those programmed already (each call
        takes the next, the last repeats) instead of replacing them."""
        self._server.set_reply(_rpc(endpoint).path, [_encoded(m) for m in messages], delay=delay, queue=then)

    def fail(
        self,
        endpoint: str,
        code: int,
        message: str,
        details: bytes = b"",
        *,
        after: Iterable[Message] = (),
        delay: float = 0.0,
        then: bool = False,
    ) -> None:
        """Answer ``endpoint`` with the status ``code`` (a number from 1 to 16), after the
        stream messages ``after``; ``then`` as for :meth:`reply`."""
        self._server.set_reply(
            _rpc(endpoint).path, [_encoded(m) for m in after], error=(code, message, details), delay=delay, queue=then
        )

    def reply_empty(self, on: bool = True) -> None:
        """Whether endpoints with nothing programmed answer empty messages (default:
        UNIMPLEMENTED)."""
        self._server.reply_empty(on)

    def received(self, endpoint: str | None = None) -> list[ReceivedCall]:
        """The calls received so far (to ``endpoint`` only, if given), oldest first; the
        server keeps the latest 10,000."""
        calls = [
            ReceivedCall(
                endpoint=self._endpoint_of.get(raw["path"], raw["path"]),
                messages=raw["messages"],
                metadata=raw["metadata"],
                timeout=raw["timeout"],
            )
            for raw in self._server.received()
        ]
        return [c for c in calls if endpoint is None or c.endpoint == endpoint]

    def cancelled(self, endpoint: str | None = None) -> list[str]:
        """The endpoints of the calls their clients cancelled (or dropped) while the
        server was still waiting to reply, oldest first; ``endpoint`` keeps those only."""
        names = [self._endpoint_of.get(path, path) for path in self._server.cancelled()]
        return [n for n in names if endpoint is None or n == endpoint]

    def reset(self) -> None:
        """Forgets the programmed replies and the received calls."""
        self._server.reset()

    def stop(self) -> None:
        self._server.stop()

    def __enter__(self) -> MockServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"MockServer({self.endpoint!r})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flytekit_core.testing", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--reply", action="append", default=[], metavar="ENDPOINT=FILE")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before each --reply")
    parser.add_argument("--empty", action="store_true", help="answer unprogrammed RPCs with empty messages")
    args = parser.parse_args(argv)
    try:
        server = MockServer(host=args.host, port=args.port)
        for item in args.reply:
            endpoint, sep, path = item.partition("=")
            if not sep:
                parser.error(f"--reply expects ENDPOINT=FILE, got {item!r}")
            server.reply(endpoint, Path(path).read_bytes(), delay=args.delay)
    except (OSError, ValueError) as error:
        print(f"mock server: {error}", file=sys.stderr)
        return 1
    server.reply_empty(args.empty)
    print(f"serving flyteidl.service on {server.endpoint}", flush=True)
    serve_until_stopped(server.stop)
    return 0
