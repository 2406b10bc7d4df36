"""A pytest plugin (registered as ``flytekit``): the fixtures ``flyte_mock_server``, a
:class:`~flytekit.testing.MockServer`, and ``flyte_local_admin``, a fresh
:class:`~flytekit.local_admin.LocalAdmin`, each started for the test and stopped after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from flytekit.local_admin import LocalAdmin
from flytekit.testing.mock_server import MockServer


@pytest.fixture
def flyte_mock_server() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture
def flyte_local_admin() -> Iterator[LocalAdmin]:
    with LocalAdmin() as admin:
        yield admin
