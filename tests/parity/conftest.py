"""The parity suite runs every RPC through each installed backend, blocking and async,
against one mock server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from flytekit.remote import AsyncFlyteRemote, FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.remote_common.retry import NO_RETRIES
from flytekit_core.testing import MockServer
from tests.aio import AsyncCalls, LoopThread
from tests.remote.conftest import INSTALLED


@pytest.fixture(scope="module")
def shared_server() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture(scope="module")
def clients(shared_server: MockServer) -> Iterator[dict[str, Any]]:
    """The raw client of each installed backend, all on ``shared_server``: ``"grpc"`` and
    ``"rust"``, and their async forms ``"grpc+async"`` and ``"rust+async"``, each a
    :class:`AsyncCalls` on one event loop."""
    config = Config.for_endpoint(shared_server.endpoint, insecure=True)
    # Each backend's own behaviour: one attempt per call (retries are tested in tests/remote).
    remotes = {backend: FlyteRemote(config, backend=backend, retry=NO_RETRIES) for backend in INSTALLED}
    loop = LoopThread()
    aio = {backend: AsyncFlyteRemote(config, backend=backend, retry=NO_RETRIES) for backend in INSTALLED}
    found: dict[str, Any] = {backend: remote.client for backend, remote in remotes.items()}
    found.update({f"{backend}+async": AsyncCalls(remote.client, loop) for backend, remote in aio.items()})
    yield found
    for remote in remotes.values():
        remote.close()
    for aremote in aio.values():
        loop.run(aremote.close())
    loop.stop()
