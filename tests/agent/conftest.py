"""An agent server for each test module (two workers, calls bounded to 5 s), serving the
agents registered (``tests.agent.agents`` and the examples), and a raw client of it per
installed backend."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.agent import AgentServer
from flytekit_core.configuration import Config
from flytekit_core.remote_common.retry import NO_RETRIES
from tests.agent import agents  # noqa: F401 (registers the test agents)
from tests.remote.conftest import INSTALLED


@pytest.fixture(scope="module")
def server() -> Iterator[AgentServer]:
    with AgentServer(workers=2, timeout=5) as running:
        yield running


@pytest.fixture(params=INSTALLED)
def client(request: pytest.FixtureRequest, server: AgentServer) -> Iterator[Any]:
    remote = FlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=request.param, retry=NO_RETRIES)
    yield remote.client
    remote.close()
