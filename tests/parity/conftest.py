"""The parity suite runs every RPC through each installed backend against one mock server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from flytekit.configuration import Config
from flytekit.remote import FlyteRemote
from flytekit.remote_common.retry import NO_RETRIES
from flytekit.testing import MockServer
from tests.remote.conftest import INSTALLED


@pytest.fixture(scope="module")
def shared_server() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture(scope="module")
def clients(shared_server: MockServer) -> Iterator[dict[str, Any]]:
    """The raw client of each installed backend, all on ``shared_server``."""
    config = Config.for_endpoint(shared_server.endpoint, insecure=True)
    # Each backend's own behaviour: one attempt per call (retries are tested in tests/remote).
    remotes = {backend: FlyteRemote(config, backend=backend, retry=NO_RETRIES) for backend in INSTALLED}
    yield {backend: remote.client for backend, remote in remotes.items()}
    for remote in remotes.values():
        remote.close()
