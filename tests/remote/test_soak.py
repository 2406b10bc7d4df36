"""Calls and clients do not leak: resident memory, threads and file descriptors stay
within generous bounds over thousands of calls and hundreds of clients made and closed,
on each backend, blocking and async (``benchmarks/soak.py`` prints the slopes)."""

from __future__ import annotations

import asyncio

import pytest

from flytekit.remote import AsyncFlyteRemote, FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.local_admin import LocalAdmin
from flytekit_core.testing.resources import Usage, usage
from tests.remote.conftest import INSTALLED


@pytest.mark.parametrize("backend", INSTALLED)
def test_calls_and_clients_do_not_leak(backend: str) -> None:
    with LocalAdmin() as admin:
        config = Config.for_endpoint(admin.endpoint, insecure=True)
        remote = FlyteRemote(config, backend=backend)
        for _ in range(300):  # warm-up
            remote.list_projects()
        before = usage()
        for _ in range(3000):
            remote.list_projects()
        remote.close()
        for _ in range(200):
            with FlyteRemote(config, backend=backend) as made:
                made.list_projects()
        grown = usage() - before
    # Generous: a leak of one fd or thread per client, or 10 KiB per call, exceeds these.
    assert grown.fds <= 20, grown
    assert grown.threads <= 5, grown
    assert grown.rss_bytes <= 30 * 1024 * 1024, grown


@pytest.mark.parametrize("backend", INSTALLED)
def test_async_calls_and_clients_do_not_leak(backend: str) -> None:
    async def soak(config: Config) -> Usage:
        remote = AsyncFlyteRemote(config, backend=backend)
        for _ in range(3):  # warm-up
            await asyncio.gather(*(remote.list_projects() for _ in range(100)))
        before = usage()
        for _ in range(30):
            await asyncio.gather(*(remote.list_projects() for _ in range(100)))
        await remote.close()
        for _ in range(200):
            async with AsyncFlyteRemote(config, backend=backend) as made:
                await made.list_projects()
        return usage() - before

    with LocalAdmin() as admin:
        grown = asyncio.run(soak(Config.for_endpoint(admin.endpoint, insecure=True)))
    assert grown.fds <= 20, grown
    assert grown.threads <= 5, grown
    assert grown.rss_bytes <= 30 * 1024 * 1024, grown
