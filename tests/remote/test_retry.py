"""The retry policy, the same on both backends and in both forms (blocking, and the
callbacks of asyncio's calls): only UNAVAILABLE (and RESOURCE_EXHAUSTED with a RetryInfo)
is retried, with backoff, inside the call's deadline."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Iterator
from typing import Any

import pytest

from flytekit.remote import AsyncFlyteRemote
from flytekit_core import exceptions
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import common_pb2, task_pb2
from flytekit_core.remote_common.retry import RetryPolicy, retry_delay
from flytekit_core.testing import MockServer
from tests.remote.conftest import Connect

TASK = task_pb2.Task(id={"name": "t"})
FAST = RetryPolicy(attempts=4, initial_backoff=0.01, max_backoff=0.05, timeout=10)


def retry_info(seconds: int, nanos: int) -> bytes:
    """A google.rpc.Status whose details hold a RetryInfo, encoded by hand."""

    def field(number: int, payload: bytes) -> bytes:
        return bytes([number << 3 | 2, len(payload)]) + payload

    duration = bytes([0x08, seconds, 0x10, nanos])
    any_ = field(1, b"type.googleapis.com/google.rpc.RetryInfo") + field(2, field(1, duration))
    return bytes([0x08, 8]) + field(3, any_)


class AsyncCalls:
    """An async raw client's calls, each made in an event loop of its own."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def get_task(self, request: Any, timeout: float | None) -> Any:
        async def call() -> Any:
            return await self.client.get_task(request, timeout=timeout)

        return asyncio.run(call())


@pytest.fixture(params=["blocking", "asyncio"])
def connect(request: pytest.FixtureRequest, connect: Connect, backend: str) -> Iterator[Connect]:
    """The conftest's ``connect``, or its asyncio form."""
    if request.param == "blocking":
        yield connect
        return
    remotes: list[AsyncFlyteRemote] = []

    def make(endpoint: str, **kwargs: Any) -> Any:
        remote = AsyncFlyteRemote(Config.for_endpoint(endpoint, insecure=True), backend=backend, **kwargs)
        remotes.append(remote)
        return AsyncCalls(remote.client)

    yield make
    for remote in remotes:
        asyncio.run(remote.close())


def get(client: Any, timeout: float | None = None) -> Any:
    return client.get_task(common_pb2.ObjectGetRequest(), timeout=timeout)


def test_unavailable_is_retried_until_it_works(server: MockServer, connect: Connect) -> None:
    server.fail("get_task", 14, "restarting")
    server.fail("get_task", 14, "restarting", then=True)
    server.reply("get_task", TASK, then=True)
    assert get(connect(server.endpoint, retry=FAST)).id.name == "t"
    assert len(server.received("get_task")) == 3


@pytest.mark.parametrize("code", [5, 6, 3, 13, 16])
def test_other_statuses_are_never_retried(server: MockServer, connect: Connect, code: int) -> None:
    server.fail("get_task", code, "no")
    server.reply("get_task", TASK, then=True)
    with pytest.raises(exceptions.FlyteSystemException) as raised:
        get(connect(server.endpoint, retry=FAST))
    assert raised.value.code == code
    assert len(server.received("get_task")) == 1


def test_resource_exhausted_is_retried_only_when_the_server_says_when(server: MockServer, connect: Connect) -> None:
    client = connect(server.endpoint, retry=FAST)
    server.fail("get_task", 8, "slow down")
    server.reply("get_task", TASK, then=True)
    with pytest.raises(exceptions.FlyteSystemException, match="slow down"):
        get(client)
    server.reset()
    server.fail("get_task", 8, "slow down", retry_info(0, 50))
    server.reply("get_task", TASK, then=True)
    assert get(client).id.name == "t"
    assert len(server.received("get_task")) == 2


def test_retries_stay_inside_the_deadline(server: MockServer, connect: Connect) -> None:
    server.fail("get_task", 14, "down")
    policy = RetryPolicy(attempts=100, initial_backoff=0.05, max_backoff=0.1, timeout=10)
    client = connect(server.endpoint, retry=policy)
    started = time.monotonic()
    # The last try either fails as the others did or, given what was left of the deadline,
    # runs out of it (gRPC's retries report DEADLINE_EXCEEDED then too).
    with pytest.raises((exceptions.FlyteSystemUnavailableException, exceptions.FlyteTimeout)):
        get(client, timeout=0.6)
    elapsed = time.monotonic() - started
    assert elapsed < 0.9, elapsed
    calls = server.received("get_task")
    assert 3 <= len(calls) < 100
    # Each retry is sent with what is left of the deadline.
    assert calls[-1].timeout is not None and calls[-1].timeout < calls[0].timeout


def test_attempts_run_out(server: MockServer, connect: Connect) -> None:
    server.fail("get_task", 14, "down")
    with pytest.raises(exceptions.FlyteSystemUnavailableException):
        get(connect(server.endpoint, retry=FAST))
    assert len(server.received("get_task")) == 4


def test_a_call_without_timeout_gets_the_default_deadline(server: MockServer, connect: Connect) -> None:
    server.reply("get_task", TASK)
    get(connect(server.endpoint, retry=RetryPolicy(timeout=12)))
    [call] = server.received("get_task")
    assert call.timeout is not None and 11 < call.timeout <= 12.2


def test_policy_values() -> None:
    policy = RetryPolicy(initial_backoff=0.1, multiplier=2, max_backoff=1)
    rng = random.Random(7)
    pauses = [policy.backoff(i, rng) for i in range(6)]
    for i, pause in enumerate(pauses):
        ceiling = min(1, 0.1 * 2**i)
        assert ceiling / 2 <= pause <= ceiling
    with pytest.raises(ValueError, match="attempts"):
        RetryPolicy(attempts=0)
    with pytest.raises(ValueError, match="timeout"):
        RetryPolicy(timeout=0)
    assert retry_delay(retry_info(2, 5)) == pytest.approx(2.000000005)
    assert retry_delay(b"") is None
    assert retry_delay(b"\xff\xff\xff") is None
