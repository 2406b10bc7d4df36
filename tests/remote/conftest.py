"""Fixtures for both backends: a mock server, and a raw client per installed backend."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.idl.rpc import Rpc
from flytekit_core.remote_common import backends
from flytekit_core.remote_common.retry import NO_RETRIES
from flytekit_core.testing import MockServer

#: The backends installed here: both normally, rust alone in the grpc-free run.
INSTALLED = [b for b in backends.BACKENDS if backends.is_available(b)]


@pytest.fixture
def server(flyte_mock_server: MockServer) -> MockServer:
    """The package's own pytest fixture (``flytekit_core.testing.pytest_plugin``)."""
    return flyte_mock_server


@pytest.fixture(params=INSTALLED)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


Connect = Callable[..., Any]


@pytest.fixture
def connect(backend: str) -> Iterator[Connect]:
    """``connect(endpoint, **kwargs)`` -> the raw client of the backend under test."""
    remotes: list[FlyteRemote] = []

    def make(endpoint: str, **kwargs: Any) -> Any:
        # The transports' own behaviour: no retries, no default deadline (see test_retry.py).
        kwargs.setdefault("retry", NO_RETRIES)
        remote = FlyteRemote(Config.for_endpoint(endpoint, insecure=True), backend=backend, **kwargs)
        remotes.append(remote)
        return remote.client

    yield make
    for remote in remotes:
        remote.close()


def request_of(backend: str, rpc: Rpc, data: bytes = b"") -> Any:
    """A request message of ``backend``'s object model."""
    return rpc.request_class(backends.model_root(backend)).FromString(data)
