"""Soak: many calls on one client, and many clients made and closed, on each backend
against one local admin; prints how resident memory, threads and file descriptors move
(slopes per 1,000 calls or clients, after a warm-up), blocking and async (one event
loop throughout, calls 100 at a time). Not a test: the bounded version is
``tests/remote/test_soak.py``. Run: ``python benchmarks/soak.py [--calls N] [--clients N]``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def slope(steps: Callable[[int], object], count: int, samples: int = 5) -> tuple[float, float, float]:
    """(RSS KiB, threads, fds) per 1,000 steps (``steps(n)`` makes n), from a line through
    ``samples`` points."""
    from flytekit_core.testing.resources import usage

    steps(count // 10)  # warm-up: caches, the connection pool, the allocator's arenas
    points = []
    per_sample = count // samples
    for i in range(samples + 1):
        now = usage()
        points.append((i * per_sample, now.rss_bytes / 1024, now.threads, now.fds))
        if i < samples:
            steps(per_sample)
    xs = [p[0] for p in points]
    mean_x = sum(xs) / len(xs)

    def fit(values: list[float]) -> float:
        mean_y = sum(values) / len(values)
        num = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, values, strict=True))
        den = sum((x - mean_x) ** 2 for x in xs)
        return 1000 * num / den

    return fit([p[1] for p in points]), fit([p[2] for p in points]), fit([p[3] for p in points])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=1_000)
    args = parser.parse_args()
    import flytekit.remote  # noqa: F401  (registers the grpc backend, when installed)
    from flytekit_core.configuration import Config
    from flytekit_core.local_admin import LocalAdmin
    from flytekit_core.remote_common import backends

    with LocalAdmin() as admin:
        config = Config.for_endpoint(admin.endpoint, insecure=True)
        print(f"slopes per 1,000 (RSS KiB, threads, fds); {args.calls} calls, {args.clients} clients")
        loop = asyncio.new_event_loop()
        for backend in [b for b in backends.BACKENDS if backends.is_available(b)]:
            rows = soak_blocking(config, backend, args.calls, args.clients)
            rows += soak_async(loop, config, backend, args.calls, args.clients)
            for what, (rss, threads, fds) in rows:
                print(f"  {backend:4} {what:<30} RSS {rss:+8.1f} KiB, threads {threads:+.2f}, fds {fds:+.2f}")
        loop.close()


Row = tuple[str, tuple[float, float, float]]


def soak_blocking(config: Any, backend: str, calls: int, clients: int) -> list[Row]:
    from flytekit.remote import FlyteRemote

    remote = FlyteRemote(config, backend=backend)

    def calls_on_one(n: int) -> None:
        for _ in range(n):  # each reply dropped, as the async form keeps only 100 at a time
            remote.list_projects()

    on_one = slope(calls_on_one, calls)
    remote.close()

    def made_and_closed(n: int) -> None:
        for _ in range(n):
            with FlyteRemote(config, backend=backend) as made:
                made.list_projects()

    return [("calls", on_one), ("clients made and closed", slope(made_and_closed, clients))]


def soak_async(loop: asyncio.AbstractEventLoop, config: Any, backend: str, calls: int, clients: int) -> list[Row]:
    from flytekit.remote import AsyncFlyteRemote

    remote = AsyncFlyteRemote(config, backend=backend)

    async def many(n: int) -> None:
        for start in range(0, n, 100):
            await asyncio.gather(*(remote.list_projects() for _ in range(min(100, n - start))))

    async def made_and_closed(n: int) -> None:
        for _ in range(n):
            async with AsyncFlyteRemote(config, backend=backend) as made:
                await made.list_projects()

    on_one = slope(lambda n: loop.run_until_complete(many(n)), calls)
    loop.run_until_complete(remote.close())
    made = slope(lambda n: loop.run_until_complete(made_and_closed(n)), clients)
    return [("async calls", on_one), ("async clients made and closed", made)]


if __name__ == "__main__":
    main()
