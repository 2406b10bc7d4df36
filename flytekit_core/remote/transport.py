"""The Rust backend's blocking transport: the native channel of :mod:`flytekit_core._flyrs`,
moving :mod:`flytekit_core.idl` objects. Needs neither ``grpcio`` nor ``protobuf``. Its asyncio
form is :mod:`flytekit_core.remote.aio_transport`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from flytekit_core import _flyrs
from flytekit_core.idl.rpc import Rpc, request_bytes
from flytekit_core.remote_common.transport import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_KEEPALIVE,
    ClientClosedError,
    Keepalive,
    ResponseStream,
    request_iterable,
)


class RustTransport:
    """Calls over one HTTP/2 connection (made on the first call, remade if it drops).

    ``endpoint`` is ``host:port``, ``dns:///host:port`` or an ``http(s)://`` URL;
    ``ca_cert_pem`` replaces the default roots; ``client_identity`` is a client certificate
    and key (PEM); ``insecure_skip_verify`` trusts the certificate the server presents
    first (and only that one afterwards); ``metadata`` goes with every call, and ``authenticator``'s headers too
    (renewed and the call made once more when the server refuses them).
    Raises ValueError for a malformed endpoint or metadata.
    """

    backend = "rust"

    def __init__(
        self,
        endpoint: str,
        *,
        insecure: bool = False,
        ca_cert_pem: bytes | None = None,
        metadata: Sequence[tuple[str, str]] = (),
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        client_identity: tuple[bytes, bytes] | None = None,
        authenticator: _flyrs.Authenticator | None = None,
        insecure_skip_verify: bool = False,
        keepalive: Keepalive = DEFAULT_KEEPALIVE,
    ) -> None:
        self.endpoint = endpoint
        self._channel = _flyrs.RawChannel(
            endpoint,
            insecure=insecure,
            ca_cert_pem=ca_cert_pem,
            metadata=list(metadata),
            connect_timeout=connect_timeout,
            client_cert_pem=None if client_identity is None else client_identity[0],
            client_key_pem=None if client_identity is None else client_identity[1],
            authenticator=authenticator,
            insecure_skip_verify=insecure_skip_verify,
            keepalive_interval=keepalive.interval,
            keepalive_timeout=keepalive.timeout,
        )

    def unary(self, rpc: Rpc, request: object, timeout: float | None) -> Any:
        return rpc.decode_response(self.unary_bytes(rpc, request, timeout))

    def unary_bytes(self, rpc: Rpc, request: object, timeout: float | None) -> bytes:
        return self._channel.unary(rpc.path, request_bytes(rpc, request), timeout)  # type: ignore[no-any-return]

    def server_streaming(self, rpc: Rpc, request: object, timeout: float | None) -> Iterator[Any]:
        stream = self._channel.server_streaming(rpc.path, request_bytes(rpc, request), timeout)
        return ResponseStream(stream, rpc.decode_response, stream.close)

    def bidi_streaming(self, rpc: Rpc, requests: Iterable[object], timeout: float | None) -> Iterator[Any]:
        items = request_iterable(rpc, requests)
        # Encoded on the channel's request thread; a TypeError there cancels the call and
        # is raised by the response iterator.
        encoded = (request_bytes(rpc, r) for r in items)
        stream = self._channel.bidi_streaming(rpc.path, encoded, timeout)
        return ResponseStream(stream, rpc.decode_response, stream.close)

    def close(self) -> None:
        """Lets the connection go (once calls in flight have ended); calls after this
        raise ClientClosedError."""
        self._channel = CLOSED

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.endpoint!r})"


class _ClosedChannel:
    def __getattr__(self, name: str) -> Any:
        raise ClientClosedError("this transport has been closed; make a new one")


#: What a closed transport calls instead of its channel.
CLOSED: Any = _ClosedChannel()
