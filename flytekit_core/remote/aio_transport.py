"""The Rust backend's asyncio transport. Each native call runs as a task on the shared
runtime, and its outcome wakes the event loop through the loop's :class:`LoopCompletions`
(no thread waits on a call; runtime threads never take the GIL). Unary calls are started
in batches, by the native side as a batch fills and by the loop at the end of the pass
that made them: one wake-up of the runtime thread per batch, not one per call.
Stopping a call (its awaiting task cancelled) cancels the RPC."""

from __future__ import annotations

import asyncio
import functools
import itertools
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable
from typing import Any

from flytekit_core import _flyrs
from flytekit_core.exceptions import FlyteSystemException
from flytekit_core.idl.rpc import Rpc, request_bytes
from flytekit_core.remote.transport import RustTransport
from flytekit_core.remote_common.async_retry import SingleAttempts
from flytekit_core.remote_common.per_loop import PerLoop
from flytekit_core.remote_common.transport import AsyncResponseStream, Settle, check_requests, request_items

_TOKENS = itertools.count(1)


class LoopCompletions:
    """The outcomes of one event loop's native calls, and what each goes to: a unary
    call's callback, or the future of a stream's step. The native side queues outcomes
    and makes :meth:`fileno` readable; the loop then settles every call that is ready in
    one callback."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.native = _flyrs.Completions()
        self._waiting: dict[int, Settle] = {}
        #: Whether unary calls are queued, their start scheduled in the loop.
        self._queued = False
        # Gone with the loop: this object holds no reference to it but what waits.
        loop.add_reader(self.native.fileno(), self._settle)

    def expect(self) -> tuple[int, asyncio.Future[Any]]:
        """A token to start a native call with, and the future its outcome settles."""
        token = next(_TOKENS)
        future = asyncio.get_running_loop().create_future()
        self._waiting[token] = functools.partial(_resolve, future)
        return token, future

    def forget(self, token: int) -> None:
        self._waiting.pop(token, None)

    def start_unary(
        self,
        loop: asyncio.AbstractEventLoop,
        channel: Any,
        path: str,
        data: bytes,
        timeout: float | None,
        settle: Settle,
    ) -> Any:
        """Queues a unary call whose outcome goes to ``settle``, started with its batch
        (at the latest when this pass of ``loop`` ends); returns what stops it."""
        token = next(_TOKENS)
        call = channel.start_unary(self.native, token, path, data, timeout)
        # Registered after the start: its outcome is settled on this thread, later.
        self._waiting[token] = settle
        if not self._queued:
            self._queued = True
            loop.call_soon(self._start_queued)
        return functools.partial(self._stop, token, call)

    def _start_queued(self) -> None:
        self._queued = False
        self.native.start_queued()

    def _stop(self, token: int, call: _flyrs.PendingCall) -> None:
        if self._waiting.pop(token, None) is not None:
            call.cancel()

    def _settle(self) -> None:
        waiting = self._waiting
        for token, value, failed in self.native.drain():
            settle = waiting.pop(token, None)
            if settle is not None:  # else stopped meanwhile
                settle(value, failed)

    async def outcome(self, token: int, future: asyncio.Future[Any], cancel: Callable[[], object]) -> Any:
        """Waits for the call under ``token``; cancelled, it cancels the call."""
        try:
            return await future
        except asyncio.CancelledError:
            cancel()
            self.forget(token)
            raise


def _resolve(future: asyncio.Future[Any], value: Any, failed: bool) -> None:
    if future.done():
        return  # cancelled meanwhile
    if failed:
        future.set_exception(value)
    else:
        future.set_result(value)


_COMPLETIONS = PerLoop(LoopCompletions)


def loop_completions() -> LoopCompletions:
    """The running loop's :class:`LoopCompletions`, made on its first native call."""
    return _COMPLETIONS.get(asyncio.get_running_loop())


class _NativeMessages(AsyncIterator[bytes]):
    """The encoded responses of a native streaming call, started on the first
    ``__anext__`` (in the loop that iterates); ``cancel()`` drops the call."""

    def __init__(self, start: Callable[[LoopCompletions], _flyrs.AsyncStream]) -> None:
        self._start = start
        self._stream: _flyrs.AsyncStream | None = None
        self._completions: LoopCompletions | None = None
        self._cancelled = False
        self._waiting: tuple[int, asyncio.Future[Any]] | None = None
        #: For a bidirectional call: the task feeding its requests, and its exception.
        self.feeder: asyncio.Task[None] | None = None
        self.failure: list[BaseException] = []

    async def __anext__(self) -> bytes:
        if self._cancelled:
            raise StopAsyncIteration
        completions = loop_completions()
        if self._stream is None:
            self._stream, self._completions = self._start(completions), completions
        elif completions is not self._completions:
            raise RuntimeError("a response stream is read in the event loop that started it")
        token, future = completions.expect()
        try:
            started = self._stream.next(token)
        except BaseException:
            completions.forget(token)
            raise
        if not started:
            completions.forget(token)
            raise StopAsyncIteration
        self._waiting = (token, future)
        try:
            message = await completions.outcome(token, future, self.cancel)
        except FlyteSystemException:
            if self.failure:
                raise self.failure[0] from None
            raise
        finally:
            self._waiting = None
        if message is None:
            if self.failure:
                raise self.failure[0]
            raise StopAsyncIteration
        return message  # type: ignore[no-any-return]

    def cancel(self) -> None:
        self._cancelled = True
        if self._stream is not None:
            self._stream.cancel()
        if self.feeder is not None:
            self.feeder.cancel()
        if self._waiting is not None and self._completions is not None:
            # A reader waiting meanwhile (another task) gets the end, not a wait forever.
            token, future = self._waiting
            self._completions.forget(token)
            if not future.done():
                future.set_result(None)


class AsyncRustTransport(SingleAttempts, RustTransport):
    """:class:`RustTransport` for asyncio (see the module's docstring)."""

    def start_unary(
        self, rpc: Rpc, request: object, timeout: float | None, settle: Settle, loop: asyncio.AbstractEventLoop
    ) -> Callable[[], object]:
        data = request_bytes(rpc, request)
        return _COMPLETIONS.get(loop).start_unary(loop, self._channel, rpc.path, data, timeout, settle)  # type: ignore[no-any-return]

    def decoder(self, rpc: Rpc) -> Callable[[bytes], Any]:
        return rpc.decode_response

    def server_streaming(  # type: ignore[override]
        self, rpc: Rpc, request: object, timeout: float | None
    ) -> AsyncResponseStream[Any]:
        data = request_bytes(rpc, request)
        messages = _NativeMessages(
            lambda completions: self._channel.start_server_streaming(completions.native, rpc.path, data, timeout)
        )
        return AsyncResponseStream(messages, rpc.decode_response, messages.cancel)

    def bidi_streaming(  # type: ignore[override]
        self, rpc: Rpc, requests: Iterable[object] | AsyncIterable[object], timeout: float | None
    ) -> AsyncResponseStream[Any]:
        check_requests(rpc, requests)

        def start(completions: LoopCompletions) -> _flyrs.AsyncStream:
            stream = self._channel.start_bidi_streaming(completions.native, rpc.path, timeout)
            messages.feeder = asyncio.ensure_future(_feed(rpc, requests, stream, completions, messages.failure))
            return stream

        messages = _NativeMessages(start)
        return AsyncResponseStream(messages, rpc.decode_response, messages.cancel)

    async def close(self) -> None:  # type: ignore[override]
        RustTransport.close(self)


async def _feed(
    rpc: Rpc,
    requests: object,
    stream: _flyrs.AsyncStream,
    completions: LoopCompletions,
    failure: list[BaseException],
) -> None:
    """Sends the requests as the call takes them, then closes the request side. If the
    requests raise, the call is cancelled (the server never sees a complete request
    set) and the response stream raises their exception."""
    try:
        async for request in request_items(rpc, requests):
            token, future = completions.expect()
            stream.send(token, request_bytes(rpc, request))
            try:
                await completions.outcome(token, future, stream.abort_requests)
            except FlyteSystemException:
                return  # the call has ended: its responses say how
        stream.close_requests()
    except asyncio.CancelledError:
        stream.abort_requests()
        raise
    except Exception as error:  # the requests' own failure, whatever it is
        failure.append(error)
        stream.abort_requests()
