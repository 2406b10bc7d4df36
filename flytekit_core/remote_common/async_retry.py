"""Unary calls on an event loop, with the retries and deadlines of the blocking ones (the
same :class:`~flytekit_core.remote_common.retry.Attempts`), driven from callbacks: a call
is one future, started when made (sent once the loop's pass ends), as ``grpc.aio``'s calls
are. Awaiting it, gathering it, or handing it to ``asyncio.create_task`` or a ``TaskGroup``
all work. On the rust backend a call needs no task at all, which is most of what it would
cost the event loop.

Calls are no tasks, so asyncio's shutdown (``asyncio.run`` cancelling the tasks left when
``main`` returns) would not stop them: while any is pending on a loop, a guard task is,
and cancelling it cancels them.

Apart from :mod:`~flytekit_core.remote_common.retry` so that blocking programs never
import asyncio.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from flytekit_core.exceptions import FlyteSystemException
from flytekit_core.idl.rpc import Rpc
from flytekit_core.remote_common.per_loop import PerLoop
from flytekit_core.remote_common.retry import NO_RETRIES, Attempts, RetryingTransport, RetryPolicy
from flytekit_core.remote_common.transport import AsyncTransport, Settle

T = TypeVar("T")


class _Guard(asyncio.Task):  # type: ignore[type-arg]
    """A task pending while the calls it covers are: cancelling it (as asyncio's shutdown
    does, with the loop's other tasks) cancels them at once, even before its first step.
    Once it has ended (released or cancelled), calls made after get a guard of their own."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.calls: set[UnaryCall[Any]] = set()
        self.released: asyncio.Future[None] = loop.create_future()
        self.ended = False
        super().__init__(_until(self.released), loop=loop)
        self._log_destroy_pending = False  # a loop closed as it ran: nothing to say

    def _end(self) -> None:
        self.ended = True
        _GUARDS.drop(self.get_loop(), self)

    def discard(self, call: UnaryCall[Any]) -> None:
        self.calls.discard(call)
        if not self.calls and not self.ended:
            self._end()
            self.released.set_result(None)

    def cancel(self, msg: Any = None) -> bool:
        if not self.ended:
            self._end()
            for call in list(self.calls):
                call.cancel()
        return super().cancel(msg)


async def _until(released: asyncio.Future[None]) -> None:
    await released


#: Each loop's current guard.
_GUARDS = PerLoop(_Guard)


class UnaryCall(asyncio.Future[T]):
    """One unary call in flight: its first attempt starts at once; a failure the policy
    retries starts the next after its pause; the reply (or the last error) settles it.
    Cancelling it, or the task awaiting it, stops the attempt in flight (the server sees
    the cancellation) or the pause before the next.

    It is also a coroutine that returns its outcome, so that ``asyncio.create_task`` and
    ``TaskGroup.create_task`` take it (and ``asyncio.wait``, which refuses coroutines,
    refuses it: wrap it in a task there)."""

    __slots__ = ("_attempts", "_decode", "_guard", "_last", "_request", "_rpc", "_stop", "_transport")

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
        #: The error of the last attempt, raised if the next one has no time left.
        self._last: FlyteSystemException | None = None
        self._guard = _GUARDS.get(loop)
        self._guard.calls.add(self)
        self._attempt()

    def _attempt(self) -> None:
        self._stop = None
        remaining = self._attempts.remaining()
        if remaining is not None and remaining <= 0 and self._last is not None:
            self._finish(self._last)  # the pause's timer fired late, at the deadline
            return
        try:
            self._stop = self._transport.start_unary(self._rpc, self._request, remaining, self._settle, self._loop)
        except Exception as error:  # a request of the wrong type, a closed transport
            self._finish(error)

    def _settle(self, value: Any, failed: bool) -> None:
        self._stop = None
        if self.done():
            return
        if not failed:
            try:
                result = value if self._decode is None else self._decode(value)
            except Exception as error:  # malformed reply bytes
                self._finish(error)
            else:
                self.set_result(result)
                self._guard.discard(self)
            return
        if isinstance(value, asyncio.CancelledError):  # the attempt, by asyncio's shutdown
            self.cancel()
            return
        if not isinstance(value, FlyteSystemException):
            self._finish(value)
            return
        try:
            pause = self._attempts.pause_after(value)
        except FlyteSystemException as final:
            self._finish(final)
            return
        self._last = value
        self._stop = self.get_loop().call_later(pause, self._attempt).cancel

    def _finish(self, error: BaseException) -> None:
        self.set_exception(error)
        self._guard.discard(self)

    def cancel(self, msg: Any = None) -> bool:
        if not super().cancel(msg):
            return False
        stop, self._stop = self._stop, None
        if stop is not None:
            stop()
        self._guard.discard(self)
        return True

    # The coroutine protocol, as the future's own ``__await__`` iterator behaves.
    def send(self, value: object) -> Any:
        if not self.done():
            self._asyncio_future_blocking = True
            return self
        raise StopIteration(self.result())

    def throw(self, error: Any, value: Any = None, traceback: Any = None) -> Any:
        # A task cancelled before its first step throws into it: the call ends too.
        if not self.done():
            self.cancel()
        if value is None:
            value = error() if isinstance(error, type) else error
        raise value

    def close(self) -> None:
        self.cancel()


def unary_call(
    transport: AsyncTransport,
    rpc: Rpc,
    request: object,
    timeout: float | None,
    decode: Callable[[bytes], Any] | None,
    policy: RetryPolicy = NO_RETRIES,
    rng: random.Random | None = None,
) -> UnaryCall[Any] | Coroutine[Any, Any, Any]:
    """A :class:`UnaryCall` on ``transport`` under ``policy``; outside a running loop
    (``asyncio.run(client.get_task(...))``), a coroutine that makes it when awaited."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return _when_awaited(transport, rpc, request, timeout, decode, policy, rng)
    return UnaryCall(loop, transport, rpc, request, Attempts(policy, timeout, rng or _RNG), decode)


async def _when_awaited(*arguments: Any) -> Any:
    return await unary_call(*arguments)


_RNG = random.Random()


class AsyncRetryingTransport(RetryingTransport):
    """:class:`~flytekit_core.remote_common.retry.RetryingTransport` over an
    :class:`~flytekit_core.remote_common.transport.AsyncTransport`: a unary call is a
    :class:`UnaryCall` under the policy (see :func:`unary_call`)."""

    inner: AsyncTransport

    def unary(self, rpc: Rpc, request: object, timeout: float | None) -> Any:
        return unary_call(
            self.inner, rpc, request, self._timeout(timeout), self.inner.decoder(rpc), self.policy, self._rng
        )

    def unary_bytes(self, rpc: Rpc, request: object, timeout: float | None) -> Any:
        return unary_call(self.inner, rpc, request, self._timeout(timeout), None, self.policy, self._rng)


class SingleAttempts:
    """``unary`` and ``unary_bytes`` for an async transport, from its ``start_unary`` and
    ``decoder``: one attempt, no default deadline (a transport used without a remote)."""

    def unary(self: Any, rpc: Rpc, request: object, timeout: float | None) -> Any:
        return unary_call(self, rpc, request, timeout, self.decoder(rpc))

    def unary_bytes(self: Any, rpc: Rpc, request: object, timeout: float | None) -> Any:
        return unary_call(self, rpc, request, timeout, None)


def settle_when_done(awaitable: Awaitable[bytes], settle: Settle) -> Callable[[], object]:
    """``start_unary`` for a transport whose calls are coroutines: runs ``awaitable`` as a
    task and settles with its outcome; returns what stops it."""
    task = asyncio.ensure_future(awaitable)

    def done(task: asyncio.Future[bytes]) -> None:
        # Cancelled: stopped by the call (which is done, and ignores this), or by
        # asyncio's shutdown (the call then ends cancelled).
        error = asyncio.CancelledError() if task.cancelled() else task.exception()
        if error is None:
            settle(task.result(), False)
        else:
            settle(error, True)

    task.add_done_callback(done)
    return task.cancel
