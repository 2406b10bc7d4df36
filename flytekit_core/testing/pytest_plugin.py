"""A pytest plugin (registered as ``flytekit_core``): the fixtures ``flyte_mock_server``, a
:class:`~flytekit_core.testing.MockServer`, ``flyte_local_admin``, a fresh
:class:`~flytekit_core.local_admin.LocalAdmin`, and ``flyte_agent_server``, an
:class:`~flytekit_core.agent.AgentServer` serving the agents registered so far, each started
for the test and stopped after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from flytekit_core.agent.server import AgentServer
from flytekit_core.local_admin import LocalAdmin
from flytekit_core.testing.mock_server import MockServer


@pytest.fixture
def flyte_mock_server() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture
def flyte_local_admin() -> Iterator[LocalAdmin]:
    with LocalAdmin() as admin:
        yield admin


@pytest.fixture
def flyte_agent_server() -> Iterator[AgentServer]:
    with AgentServer() as server:
        yield server
