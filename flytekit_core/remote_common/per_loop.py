"""One object per event loop, found on every call: the last loop's without a weak
dictionary's lookup (Python code), since most programs run one loop."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class PerLoop(Generic[T]):
    """``get(loop)``: the loop's object, made by ``make(loop)`` on first use (and again
    after ``drop``). Holds no loop alive."""

    def __init__(self, make: Callable[[asyncio.AbstractEventLoop], T]) -> None:
        self._make = make
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, T] = weakref.WeakKeyDictionary()
        self._last: tuple[weakref.ref[asyncio.AbstractEventLoop], T] | None = None

    def get(self, loop: asyncio.AbstractEventLoop) -> T:
        last = self._last
        if last is not None and last[0]() is loop:
            return last[1]
        found = self._by_loop.get(loop)
        if found is None:
            found = self._by_loop[loop] = self._make(loop)
        self._last = (weakref.ref(loop), found)
        return found

    def drop(self, loop: asyncio.AbstractEventLoop, value: T) -> None:
        """Forgets ``value`` as ``loop``'s object (if it still is): the next ``get`` makes one."""
        if self._by_loop.get(loop) is value:
            del self._by_loop[loop]
        last = self._last
        if last is not None and last[1] is value:
            self._last = None
