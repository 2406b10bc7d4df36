"""Soak: many calls on one client, and many clients made and closed, on each backend
against one local admin; prints how resident memory, threads and file descriptors move
(slopes per 1,000 calls or clients, after a warm-up). Not a test: the bounded version is
``tests/remote/test_soak.py``. Run: ``python benchmarks/soak.py [--calls N] [--clients N]``.
The async API is not there yet, so only the sync forms are soaked."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def slope(step: Callable[[], object], count: int, samples: int = 5) -> tuple[float, float, float]:
    """(RSS KiB, threads, fds) per 1,000 steps, from a line through ``samples`` points."""
    from flytekit.testing.resources import usage

    for _ in range(min(1000, count // 10)):  # warm-up: caches, the connection pool
        step()
    points = []
    per_sample = count // samples
    for i in range(samples + 1):
        now = usage()
        points.append((i * per_sample, now.rss_bytes / 1024, now.threads, now.fds))
        if i < samples:
            for _ in range(per_sample):
                step()
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
    from flytekit.configuration import Config
    from flytekit.local_admin import LocalAdmin
    from flytekit.remote import FlyteRemote
    from flytekit.remote_common import backends

    with LocalAdmin() as admin:
        config = Config.for_endpoint(admin.endpoint, insecure=True)
        print(f"slopes per 1,000 (RSS KiB, threads, fds); {args.calls} calls, {args.clients} clients")
        for backend in [b for b in backends.BACKENDS if backends.is_available(b)]:
            remote = FlyteRemote(config, backend=backend)
            calls = slope(remote.list_projects, args.calls)
            remote.close()

            def client(backend: str = backend) -> None:
                with FlyteRemote(config, backend=backend) as made:
                    made.list_projects()

            clients = slope(client, args.clients)
            for what, (rss, threads, fds) in (("calls", calls), ("clients made and closed", clients)):
                print(f"  {backend:4} {what}: RSS {rss:+.1f} KiB, threads {threads:+.2f}, fds {fds:+.2f}")


if __name__ == "__main__":
    main()
