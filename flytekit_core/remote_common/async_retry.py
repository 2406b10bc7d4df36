"""Unary calls on an event loop, with the retries and deadlines of the blocking ones (the
same :class:`~flytekit_core.remote_common.retry.Attempts`), driven from callbacks: a call
is one future, started when made, as ``grpc.aio``'s calls are. Awaiting it, gathering it,
or handing it to ``asyncio.create_task`` all work; it needs no task of its own, which
is most of what a call costs the event loop.

Apart from :mod:`~flytekit_core.remote_common.retry` so that blocking programs never
import asyncio.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, Generic, TypeVar

from flytekit_core.exceptions import FlyteSystemException
from flytekit_core.idl.rpc import Rpc
from flytekit_core.remote_common.retry import Attempts, RetryingTransport
from flytekit_core.remote_common.transport import AsyncTransport

T = TypeVar("T")


class UnaryCall(asyncio.Future, Generic[T]):  # type: ignore[type-arg]
    """One unary call in flight: its first attempt starts at once; a failure the policy
    retries starts the next after its pause; the reply (or the last error) settles it.
    Cancelling it stops the attempt in flight (the server sees the cancellation) or the
    pause before the next.

    It is also a coroutine that returns its outcome, so that ``asyncio.create_task``,
    ``TaskGroup.create_task`` and ``asyncio.run`` take it as they take a coroutine."""

    __slots__ = ("_attempts", "_decode", "_request", "_rpc", "_stop", "_transport")

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        transport: AsyncTransport,
        rpc: Rpc,
        request: object,
        attempts: Attempts,
        decode: Callable[[bytes], T] | None,
    ) -> None:
        super().__init__(loop=loop)
        self._transport, self._rpc, self._request = transport, rpc, request
        self._attempts, self._decode = attempts, decode
        #: What stops the attempt in flight, or the timer of the next one.
        self._stop: Callable[[], object] | None = None
        self._attempt()

    def _attempt(self) -> None:
        try:
            self._stop = self._transport.start_unary(self._rpc, self._request, self._attempts.remaining(), self._settle)
        except Exception as error:  # a request of the wrong type, a closed transport
            self._stop = None
            self.set_exception(error)

    def _settle(self, value: Any, failed: bool) -> None:
        self._stop = None
        if self.done():
            return
        if not failed:
            try:
                result = value if self._decode is None else self._decode(value)
            except Exception as error:  # malformed reply bytes
                self.set_exception(error)
            else:
                self.set_result(result)
            return
        if isinstance(value, asyncio.CancelledError):  # the attempt, by asyncio's shutdown
            self.cancel()
            return
        if not isinstance(value, FlyteSystemException):
            self.set_exception(value)
            return
        try:
            pause = self._attempts.pause_after(value)
        except FlyteSystemException as final:
            self.set_exception(final)
            return
        self._stop = self.get_loop().call_later(pause, self._attempt).cancel

    def cancel(self, msg: Any = None) -> bool:
        if not super().cancel(msg):
            return False
        stop, self._stop = self._stop, None
        if stop is not None:
            stop()
        return True

    # The coroutine protocol, as the future's own ``__await__`` iterator behaves.
    def send(self, value: object) -> Any:
        if not self.done():
            self._asyncio_future_blocking = True
            return self
        raise StopIteration(self.result())

    def throw(self, error: Any, value: Any = None, traceback: Any = None) -> Any:
        if value is None:
            value = error() if isinstance(error, type) else error
        raise value

    def close(self) -> None:
        self.cancel()


class AsyncRetryingTransport(RetryingTransport):
    """:class:`~flytekit_core.remote_common.retry.RetryingTransport` over an
    :class:`~flytekit_core.remote_common.transport.AsyncTransport`: a unary call is a
    :class:`UnaryCall` (made outside a running event loop, a coroutine that makes it when
    awaited)."""

    inner: AsyncTransport

    def unary(self, rpc: Rpc, request: object, timeout: float | None) -> Any:
        return self._call(rpc, request, timeout, self.inner.decoder(rpc))

    def unary_bytes(self, rpc: Rpc, request: object, timeout: float | None) -> Any:
        return self._call(rpc, request, timeout, None)

    def _call(
        self, rpc: Rpc, request: object, timeout: float | None, decode: Callable[[bytes], Any] | None
    ) -> UnaryCall[Any] | Coroutine[Any, Any, Any]:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # asyncio.run(client.get_task(...)): start once awaited
            return self._when_awaited(rpc, request, timeout, decode)
        attempts = Attempts(self.policy, self._timeout(timeout), self._rng)
        return UnaryCall(loop, self.inner, rpc, request, attempts, decode)

    async def _when_awaited(
        self, rpc: Rpc, request: object, timeout: float | None, decode: Callable[[bytes], Any] | None
    ) -> Any:
        return await self._call(rpc, request, timeout, decode)
