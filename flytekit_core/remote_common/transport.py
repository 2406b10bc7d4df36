"""The interface a raw client calls through, which each backend implements (blocking and
asyncio), and the iterators both backends return for streaming calls.

A transport takes requests of either object model (see
:func:`flytekit_core.idl.rpc.request_bytes`), returns responses of its own model, and raises
the :mod:`flytekit_core.exceptions` class of a failed call's status.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from flytekit_core.idl.rpc import Rpc

if TYPE_CHECKING:
    import asyncio

M = TypeVar("M")

#: Largest response message either backend accepts, as flytekit configures grpcio.
MAX_RECEIVE_BYTES = 20 * 1024 * 1024
#: Keepalive PING interval and how long to wait for its ack, as flytekit configures grpcio.
KEEPALIVE_SECONDS = 30.0
KEEPALIVE_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class Keepalive:
    """HTTP/2 PINGs while calls are open: every ``interval`` seconds, a connection whose
    ack takes longer than ``timeout`` is dead (the call fails UNAVAILABLE and is retried on
    a new one). What finds a connection a load balancer dropped silently."""

    interval: float = KEEPALIVE_SECONDS
    timeout: float = KEEPALIVE_TIMEOUT_SECONDS

    def __post_init__(self) -> None:
        if not (self.interval > 0 and self.timeout > 0):
            raise ValueError(f"keepalive interval and timeout must be positive, not {self}")


DEFAULT_KEEPALIVE = Keepalive()


class ClientClosedError(RuntimeError):
    """A call on a remote (or its raw client) after ``close()``."""


#: How long the first call waits for a connection.
DEFAULT_CONNECT_TIMEOUT = 10.0


class Transport(Protocol):
    #: ``"grpc"`` or ``"rust"``.
    backend: str

    def unary(self, rpc: Rpc, request: object, timeout: float | None) -> Any: ...

    def unary_bytes(self, rpc: Rpc, request: object, timeout: float | None) -> bytes:
        """The reply's bytes, undecoded: the user-level API decodes them once, into the
        :mod:`flytekit_core.idl` objects it returns, whichever backend carried them."""
        ...

    def server_streaming(self, rpc: Rpc, request: object, timeout: float | None) -> Iterator[Any]: ...

    def bidi_streaming(self, rpc: Rpc, requests: Iterable[object], timeout: float | None) -> Iterator[Any]: ...

    def close(self) -> None: ...


#: How an attempt of a unary call ends: ``settle(reply bytes, False)``, or
#: ``settle(exception, True)``; called at most once, on the event loop.
Settle = Callable[[Any, bool], None]


class AsyncTransport(Protocol):
    """:class:`Transport` for asyncio: a unary call's attempt is started with a callback
    (the calls of :mod:`~flytekit_core.remote_common.async_retry` drive it), streams are
    async iterators; a bidirectional call takes an iterable or an async iterable of requests."""

    backend: str

    def start_unary(
        self, rpc: Rpc, request: object, timeout: float | None, settle: Settle, loop: asyncio.AbstractEventLoop
    ) -> Callable[[], object]:
        """Starts one attempt in ``loop``, the running event loop (given, as finding it
        costs a system call per call on Python 3.10 and 3.11), and returns what stops it
        (the server sees a cancellation; a late ``settle`` may still come, which the call
        ignores)."""
        ...

    def decoder(self, rpc: Rpc) -> Callable[[bytes], Any]:
        """Response bytes to this backend's reply object; malformed bytes raise
        :class:`flytekit_core.idl.errors.DecodeError`."""
        ...

    def server_streaming(self, rpc: Rpc, request: object, timeout: float | None) -> AsyncIterator[Any]: ...

    def bidi_streaming(
        self, rpc: Rpc, requests: Iterable[object] | AsyncIterable[object], timeout: float | None
    ) -> AsyncIterator[Any]: ...

    async def close(self) -> None: ...


class ResponseStream(Iterator[M]):
    """The responses of a streaming call, decoded as they arrive. ``close()`` (or leaving a
    ``with`` block) cancels the call; so does an exception while waiting, Ctrl-C included."""

    __slots__ = ("_cancel", "_decode", "_messages")

    def __init__(self, messages: Iterator[bytes], decode: Callable[[bytes], M], cancel: Callable[[], object]) -> None:
        self._messages = messages
        self._decode = decode
        self._cancel = cancel

    def __next__(self) -> M:
        return self._decode(next(self._messages))

    def close(self) -> None:
        self._cancel()

    def __enter__(self) -> ResponseStream[M]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncResponseStream(AsyncIterator[M]):
    """The responses of a streaming call on an event loop, decoded as they arrive.
    ``aclose()`` (or leaving an ``async with`` block) cancels the call; so does cancelling
    the task that waits on it."""

    __slots__ = ("_cancel", "_decode", "_messages")

    def __init__(
        self, messages: AsyncIterator[bytes], decode: Callable[[bytes], M], cancel: Callable[[], object]
    ) -> None:
        self._messages = messages
        self._decode = decode
        self._cancel = cancel

    def __aiter__(self) -> AsyncResponseStream[M]:
        return self

    async def __anext__(self) -> M:
        return self._decode(await self._messages.__anext__())

    def cancel(self) -> None:
        self._cancel()

    async def aclose(self) -> None:
        self._cancel()

    async def __aenter__(self) -> AsyncResponseStream[M]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


async def request_items(rpc: Rpc, requests: object) -> AsyncIterator[Any]:
    """The requests of an iterable or an async iterable, or a TypeError that says what the
    RPC expects."""
    if hasattr(requests, "__aiter__"):
        async for request in requests:  # type: ignore[attr-defined]
            yield request
        return
    for request in request_iterable(rpc, requests):
        yield request


def check_requests(rpc: Rpc, requests: object) -> None:
    """A TypeError now, not when the call starts, for something that is no iterable."""
    if not hasattr(requests, "__aiter__"):
        request_iterable(rpc, requests)


def request_iterable(rpc: Rpc, requests: object) -> Iterator[Any]:
    """``iter(requests)``, or a TypeError that says what the RPC expects."""
    try:
        return iter(requests)  # type: ignore[call-overload,no-any-return]
    except TypeError:
        raise TypeError(
            f"{rpc.endpoint}() expects an iterable of {rpc.request_type} messages, got {type(requests).__name__}"
        ) from None
