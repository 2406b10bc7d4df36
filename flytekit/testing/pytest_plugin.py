"""A pytest plugin (registered as ``flytekit``): the fixture ``flyte_mock_server``, a
:class:`~flytekit.testing.MockServer` started for the test and stopped after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from flytekit.testing.mock_server import MockServer


@pytest.fixture
def flyte_mock_server() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server
