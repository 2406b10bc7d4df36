"""The driver of steps on an event loop: what ``AsyncFlyteRemote`` runs its user-level
methods with (see :mod:`flytekit_core.remote_common.steps`, whose :class:`SyncDriver` it
mirrors)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, TypeVar

from flytekit_core.remote_common.steps import Call, Gather, Item, Sleep, Step, Transfer, http

if TYPE_CHECKING:
    from flytekit_core.remote_common.transport import AsyncTransport

T = TypeVar("T")


class AsyncDriver:
    """Performs steps by awaiting an :class:`~flytekit_core.remote_common.transport.AsyncTransport`."""

    def __init__(self, transport: AsyncTransport) -> None:
        self.transport = transport

    async def run(self, step: Step[T]) -> T:
        sent: Any = None
        error: Exception | None = None
        while True:
            try:
                wanted = step.send(sent) if error is None else step.throw(error)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            if isinstance(wanted, Item):
                raise TypeError("a listing step was run as an operation")
            sent, error = await self._outcome(wanted)

    async def iterate(self, listing: Step[Any]) -> AsyncIterator[Any]:
        sent: Any = None
        error: Exception | None = None
        try:
            while True:
                try:
                    wanted = listing.send(sent) if error is None else listing.throw(error)
                except StopIteration:
                    return
                if isinstance(wanted, Item):
                    sent, error = None, None
                    yield wanted.value
                else:
                    sent, error = await self._outcome(wanted)
        finally:
            listing.close()

    async def _outcome(self, wanted: Any) -> tuple[Any, Exception | None]:
        try:
            return await self.perform(wanted), None
        except Exception as failure:
            return None, failure

    async def perform(self, wanted: Any) -> Any:
        if isinstance(wanted, Call):
            data = await self.transport.unary_bytes(wanted.rpc, wanted.request, None)
            return wanted.rpc.decode_response(data)
        if isinstance(wanted, Sleep):
            await asyncio.sleep(wanted.seconds)
            return None
        if isinstance(wanted, Transfer):
            # urllib blocks: on a worker thread, so the loop keeps serving other calls.
            return await asyncio.to_thread(http, wanted.method, wanted.url, wanted.body, wanted.headers)
        if isinstance(wanted, Gather):
            return await self._gather(wanted)
        raise TypeError(f"a step yielded {wanted!r}, which no driver performs")

    async def _gather(self, wanted: Gather) -> list[Any]:
        slots = asyncio.Semaphore(max(1, wanted.limit))

        async def bounded(step: Step[Any]) -> Any:
            async with slots:
                return await self.run(step)

        tasks = [asyncio.ensure_future(bounded(step)) for step in wanted.steps]
        try:
            return list(await asyncio.gather(*tasks))
        finally:
            for task in tasks:  # after a failure (or a cancellation), stop the rest
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)  # and raise once they have stopped
