"""Timing shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(call: Callable[[], object], calls: int) -> float:
    """The median time of ``call`` over ``calls`` calls, after one untimed (the connection,
    a token)."""
    call()
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def side_by_side(slower: list[float], faster: list[float]) -> tuple[float, float, float]:
    """The lowest, median and highest of ``slower[i] / faster[i]``: the ratios of
    measurements made side by side (round by round, or call by call)."""
    each = [s / f for s, f in zip(slower, faster, strict=True)]
    return min(each), statistics.median(each), max(each)
