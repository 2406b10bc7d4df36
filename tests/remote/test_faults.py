"""Network faults, on both backends: a server restart, reset connections, garbage reply
bytes, a black-holed connection. The client recovers on the next call (UNAVAILABLE is
retried with backoff inside the deadline), never hangs past its deadline, and says why."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import AsyncFlyteRemote, FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.exceptions import FlyteException, FlyteTimeout
from flytekit_core.idl.errors import DecodeError
from flytekit_core.idl.flyteidl.admin import project_pb2, version_pb2
from flytekit_core.local_admin import LocalAdmin
from flytekit_core.remote_common.retry import RetryPolicy
from flytekit_core.remote_common.transport import Keepalive
from flytekit_core.testing import MockServer
from tests.remote.conftest import INSTALLED
from tests.remote.fault_proxy import FaultProxy


@pytest.fixture(params=INSTALLED)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


def remote_on(endpoint: str, backend: str, **kwargs: Any) -> FlyteRemote:
    return FlyteRemote(Config.for_endpoint(endpoint, insecure=True), backend=backend, **kwargs)


def projects(remote: FlyteRemote) -> list[str]:
    return [p.id for p in remote.list_projects()]


def test_a_server_restart_is_survived(tmp_path: Path, backend: str) -> None:
    database = tmp_path / "admin.db"
    admin = LocalAdmin(database=database)
    port = admin.port
    remote = remote_on(admin.endpoint, backend)
    assert projects(remote) == ["flytesnacks"]
    admin.stop()
    with pytest.raises(FlyteException):  # down: UNAVAILABLE until the deadline
        remote.client.list_projects(project_pb2.ProjectListRequest(limit=10), timeout=1.0)
    admin = LocalAdmin(database=database, port=port)
    try:
        assert projects(remote) == ["flytesnacks"]  # the first call after the restart works
    finally:
        remote.close()
        admin.stop()


@pytest.fixture
def admin() -> Iterator[LocalAdmin]:
    with LocalAdmin() as running:
        yield running


def test_a_goaway_is_followed_to_a_new_connection(admin: LocalAdmin, backend: str) -> None:
    with FaultProxy(admin.endpoint) as proxy:
        remote = remote_on(proxy.endpoint, backend)
        assert projects(remote) == ["flytesnacks"]
        proxy.go_away(close_after=30)
        time.sleep(0.3)  # the GOAWAY arrives while the client is idle
        # The old connection stays open but answers nothing more: only a client that
        # heeds the GOAWAY (and connects again) gets the reply before the deadline.
        reply = remote.client.list_projects(project_pb2.ProjectListRequest(limit=10), timeout=5)
        assert [p.id for p in reply.projects] == ["flytesnacks"]
        assert proxy.accepted == 2
        remote.close()


def test_reset_connections_cost_the_next_call_nothing(admin: LocalAdmin, backend: str) -> None:
    with FaultProxy(admin.endpoint) as proxy:
        remote = remote_on(proxy.endpoint, backend)
        for _ in range(3):
            assert projects(remote) == ["flytesnacks"]
            proxy.reset_all()  # the connection the client holds is gone
        assert proxy.accepted >= 3  # a new connection each time
        remote.close()


def test_a_black_holed_connection_ends_at_the_deadline_and_the_next_call_works(admin: LocalAdmin, backend: str) -> None:
    with FaultProxy(admin.endpoint) as proxy:
        remote = remote_on(proxy.endpoint, backend, retry=RetryPolicy(timeout=1.0))
        assert projects(remote) == ["flytesnacks"]
        proxy.mode = "black_hole"
        with pytest.raises(FlyteTimeout):
            remote.list_projects()
        proxy.mode = "forward"
        proxy.reset_all()  # as a middlebox that finally drops it
        assert projects(remote) == ["flytesnacks"]
        remote.close()


def test_garbage_reply_bytes_are_a_decode_error_and_the_next_call_works(backend: str) -> None:
    with MockServer() as server:
        remote = remote_on(server.endpoint, backend)
        server.reply("get_version", b"\xff\xff\xff\xff")
        with pytest.raises(DecodeError):
            remote.client.get_version(version_pb2.GetVersionRequest())
        server.reply("get_version", version_pb2.GetVersionResponse(control_plane_version={"Version": "1"}))
        assert remote.client.get_version(version_pb2.GetVersionRequest()).control_plane_version.Version == "1"
        remote.close()


def test_a_connection_dropped_silently_while_idle_costs_the_next_call_no_error(admin: LocalAdmin, backend: str) -> None:
    # A load balancer's idle timeout (flytekit#3433 hangs on it): keepalive finds the dead
    # connection while the next call waits, and the call is retried on a new connection.
    with FaultProxy(admin.endpoint) as proxy:
        remote = remote_on(proxy.endpoint, backend, keepalive=Keepalive(interval=0.3, timeout=0.3),
                           retry=RetryPolicy(timeout=5.0))  # fmt: skip
        assert projects(remote) == ["flytesnacks"]
        proxy.drop_silently()
        assert projects(remote) == ["flytesnacks"]  # no error for the caller
        assert proxy.accepted == 2  # on a new connection
        remote.close()


def test_an_async_call_on_a_connection_dropped_silently_while_idle_gets_no_error(
    admin: LocalAdmin, backend: str
) -> None:
    async def scenario(proxy: FaultProxy) -> list[str]:
        config = Config.for_endpoint(proxy.endpoint, insecure=True)
        async with AsyncFlyteRemote(config, backend=backend, keepalive=Keepalive(interval=0.3, timeout=0.3),
                                    retry=RetryPolicy(timeout=5.0)) as remote:  # fmt: skip
            assert [p.id for p in await remote.list_projects()] == ["flytesnacks"]
            proxy.drop_silently()
            return [p.id for p in await remote.list_projects()]

    with FaultProxy(admin.endpoint) as proxy:
        assert asyncio.run(scenario(proxy)) == ["flytesnacks"]
        assert proxy.accepted == 2


def test_keepalive_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="positive"):
        Keepalive(interval=0)
