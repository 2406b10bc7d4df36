"""Helpers for tests that drive async clients from blocking test code."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class LoopThread:
    """An event loop running on a thread of its own, for tests that call async clients
    from blocking code (one loop for a whole module: grpc.aio channels keep theirs)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="test-loop", daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


class AsyncCalls:
    """An async raw client, with the loop its calls run on."""

    def __init__(self, client: Any, loop: LoopThread) -> None:
        self.client = client
        self.loop = loop
