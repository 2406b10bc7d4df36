"""A transport that sends each endpoint to the backend the rollout table (and the user's
pins) choose, and hands back the primary backend's objects whichever backend served the
call (converted through bytes)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from flytekit_core.idl.rpc import Rpc
from flytekit_core.remote_common import backends
from flytekit_core.remote_common.rollout import ENDPOINT_BACKENDS, EndpointUnavailableError
from flytekit_core.remote_common.transport import AsyncResponseStream, ResponseStream, Settle, Transport

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("flytekit_core.remote")

# (endpoint, from backend, to backend) already logged in this process.
_LOGGED_FALLBACKS: set[tuple[str, str, str]] = set()


def route(endpoint: str, wanted: str) -> str | EndpointUnavailableError:
    """The backend that serves ``endpoint`` when ``wanted`` is asked for, or the error to
    raise when it is called."""
    serving = ENDPOINT_BACKENDS.get(endpoint, frozenset())
    if wanted in serving:
        return wanted
    others = [b for b in backends.BACKENDS if b != wanted and b in serving]
    for other in others:
        if backends.is_available(other):
            return other
    if others:
        hint = f"; the {others[0]} backend has it: {backends.missing(others[0])} is not installed"
    else:
        hint = ""
    return EndpointUnavailableError(f"endpoint {endpoint!r} is not available on the {wanted} backend{hint}")


class RoutingTransport:
    """Routes each call by endpoint. ``routes`` maps endpoints to a backend or to the error
    to raise; endpoints not in it go to the primary backend. The first call of an endpoint
    in ``fallbacks`` (rerouted because the primary backend lacks it, not pinned by the
    user) is logged."""

    def __init__(
        self,
        primary: str,
        routes: dict[str, str | EndpointUnavailableError],
        fallbacks: frozenset[str],
        transport_for: Callable[[str], Transport],
    ) -> None:
        self.backend = primary
        self._routes = routes
        self._fallbacks = fallbacks
        self._transport_for = transport_for
        self._classes: dict[str, Any] = {}

    def _target(self, rpc: Rpc) -> Transport:
        target = self._routes.get(rpc.endpoint, self.backend)
        if isinstance(target, EndpointUnavailableError):
            raise target
        if rpc.endpoint in self._fallbacks:
            key = (rpc.endpoint, self.backend, target)
            if key not in _LOGGED_FALLBACKS:
                _LOGGED_FALLBACKS.add(key)
                log.warning("endpoint %s is not on the %s backend yet: using %s", rpc.endpoint, self.backend, target)
        return self._transport_for(target)

    def _convert(self, rpc: Rpc, message: Any) -> Any:
        """A response of the other backend's model as one of the primary's."""
        cls = self._classes.get(rpc.path)
        if cls is None:
            cls = self._classes[rpc.path] = rpc.response_class(backends.model_root(self.backend))
        return cls.FromString(message.SerializeToString())

    def _stream(self, rpc: Rpc, transport: Transport, stream: Iterator[Any]) -> Iterator[Any]:
        if transport.backend == self.backend:
            return stream
        return ResponseStream(stream, lambda message: self._convert(rpc, message), getattr(stream, "close", _nothing))

    def unary(self, rpc: Rpc, request: object, timeout: float | None) -> Any:
        transport = self._target(rpc)
        response = transport.unary(rpc, request, timeout)
        return response if transport.backend == self.backend else self._convert(rpc, response)

    def unary_bytes(self, rpc: Rpc, request: object, timeout: float | None) -> bytes:
        return self._target(rpc).unary_bytes(rpc, request, timeout)  # bytes need no conversion

    def server_streaming(self, rpc: Rpc, request: object, timeout: float | None) -> Iterator[Any]:
        transport = self._target(rpc)
        return self._stream(rpc, transport, transport.server_streaming(rpc, request, timeout))

    def bidi_streaming(self, rpc: Rpc, requests: Iterable[object], timeout: float | None) -> Iterator[Any]:
        transport = self._target(rpc)
        return self._stream(rpc, transport, transport.bidi_streaming(rpc, requests, timeout))

    def close(self) -> None:
        """The transports belong to the remote that made them."""


class AsyncRoutingTransport(RoutingTransport):
    """:class:`RoutingTransport` over async transports."""

    def start_unary(
        self, rpc: Rpc, request: object, timeout: float | None, settle: Settle, loop: asyncio.AbstractEventLoop
    ) -> Callable[[], object]:
        transport: Any = self._target(rpc)
        return transport.start_unary(rpc, request, timeout, settle, loop)  # type: ignore[no-any-return]

    def decoder(self, rpc: Rpc) -> Callable[[bytes], Any]:
        """The primary backend's decoder: bytes need no conversion."""
        return self._transport_for(self.backend).decoder(rpc)  # type: ignore[no-any-return]

    def _stream(self, rpc: Rpc, transport: Transport, stream: Any) -> Any:
        if transport.backend == self.backend:
            return stream
        convert: Callable[[Any], Any] = lambda message: self._convert(rpc, message)  # noqa: E731
        return AsyncResponseStream(stream, convert, getattr(stream, "cancel", _nothing))

    async def close(self) -> None:  # type: ignore[override]
        """The transports belong to the remote that made them."""


def _nothing() -> None:
    return None
