"""Threads and event loops: no runtime thread before the first call, a bounded and
configurable number after; one client shared by many threads, the GIL released while a
call waits; the sync API called from inside a running event loop."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import version_pb2
from flytekit_core.local_admin import LocalAdmin
from flytekit_core.testing import MockServer
from tests.remote.conftest import INSTALLED

ROOT = Path(__file__).resolve().parents[2]
# Counts this process's native I/O threads before and after the first call. A thread is
# named by itself once it first runs, which on a loaded machine can be after the call has
# ended: the count after is read until it reaches argv[2] (or 10 s pass), then once more.
COUNT = """
import os, sys, time
from flytekit.configuration import Config
from flytekit.remote import FlyteRemote

def io_threads():
    tasks = os.listdir("/proc/self/task")
    return sum(open(f"/proc/self/task/{t}/comm").read().strip() == "flyrs-io" for t in tasks)

remote = FlyteRemote(Config.for_endpoint(sys.argv[1], insecure=True), backend="rust")
before = io_threads()
try:
    remote.list_projects()
    deadline = time.monotonic() + 10
    while io_threads() < int(sys.argv[2]) and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.1)
    print(before, io_threads())
except Exception as error:
    print(before, type(error).__name__, error)
"""


@pytest.fixture(scope="module")
def admin() -> Iterator[LocalAdmin]:
    with LocalAdmin() as running:
        yield running


def counted(endpoint: str, expected: int = 1, **env: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", COUNT, endpoint, str(expected)], cwd=ROOT, env={**os.environ, **env},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_no_runtime_thread_before_the_first_call_and_a_bounded_number_after(admin: LocalAdmin) -> None:
    assert counted(admin.endpoint) == "0 1"  # one I/O thread by default
    assert counted(admin.endpoint, 3, FLYTE_REMOTE_IO_THREADS="3") == "0 3"
    refused = counted(admin.endpoint, FLYTE_REMOTE_IO_THREADS="lots")
    assert refused.startswith("0 FlyteInvalidInputException") and "FLYTE_REMOTE_IO_THREADS" in refused


@pytest.mark.parametrize("backend", INSTALLED)
def test_one_client_shared_by_many_threads(admin: LocalAdmin, backend: str) -> None:
    with FlyteRemote(Config.for_endpoint(admin.endpoint, insecure=True), backend=backend) as remote:
        results: list[Any] = []

        def work() -> None:
            results.extend(p.id for _ in range(20) for p in remote.list_projects())

        threads = [threading.Thread(target=work) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert results == ["flytesnacks"] * 320


@pytest.mark.parametrize("backend", INSTALLED)
def test_the_gil_is_released_while_a_call_waits(backend: str) -> None:
    with MockServer() as server:
        server.reply("get_version", version_pb2.GetVersionResponse(), delay=0.5)
        remote = FlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend)
        waiting = threading.Thread(target=remote.client.get_version, args=(version_pb2.GetVersionRequest(),))
        ticks = 0
        waiting.start()
        while waiting.is_alive():  # Python runs here only if the waiting thread let go of the GIL
            ticks += 1
            waiting.join(timeout=0.01)
        assert ticks >= 10
        remote.close()


@pytest.mark.parametrize("backend", INSTALLED)
def test_the_sync_api_works_inside_a_running_event_loop(admin: LocalAdmin, backend: str) -> None:
    # flytekit's does not (flytekit#3407): a Jupyter cell, sync code in an async framework.
    remote = FlyteRemote(Config.for_endpoint(admin.endpoint, insecure=True), backend=backend)

    async def handler() -> list[str]:
        return [p.id for p in remote.list_projects()]

    assert asyncio.run(handler()) == ["flytesnacks"]
    remote.close()


# A client process with no server in it: blocked callers run the runtime themselves (see
# rust/flyrs/core/src/transport/driving.rs). Prints the I/O thread's voluntary context
# switches during a loop of sequential calls, the calls, and the loop's seconds; then
# checks that sync calls from many threads and asyncio calls on another thread, all at
# once, each get their answer.
CALLERS_DRIVE = """
import asyncio, os, sys, threading, time
from flytekit.configuration import Config
from flytekit.remote import AsyncFlyteRemote, FlyteRemote

config = Config.for_endpoint(sys.argv[1], insecure=True)
remote = FlyteRemote(config, backend="rust")
remote.list_projects()
io = next(t for t in os.listdir("/proc/self/task") if open(f"/proc/self/task/{t}/comm").read().strip() == "flyrs-io")

def switches():
    status = open(f"/proc/self/task/{io}/status").read()
    return int(status.split("voluntary_ctxt_switches:")[1].split()[0])

calls = 500
before, start = switches(), time.monotonic()
for _ in range(calls):
    assert [p.id for p in remote.list_projects()] == ["flytesnacks"]
print(switches() - before, calls, time.monotonic() - start)

answers = []
async def concurrently():
    async with AsyncFlyteRemote(config, backend="rust") as aremote:
        for got in await asyncio.gather(*(aremote.list_projects() for _ in range(200))):
            answers.append([p.id for p in got])
def sync_calls():
    for _ in range(50):
        answers.append([p.id for p in remote.list_projects()])
threads = [threading.Thread(target=asyncio.run, args=(concurrently(),))]
threads += [threading.Thread(target=sync_calls) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(60)
print(len(answers), all(a == ["flytesnacks"] for a in answers))
"""


def test_a_lone_thread_runs_its_own_calls_and_mixed_callers_all_finish(admin: LocalAdmin) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CALLERS_DRIVE, admin.endpoint], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    loop, mixed = done.stdout.splitlines()
    switched, calls, seconds = loop.split()
    # Were the I/O thread doing each call's work it would be woken twice per call; it
    # wakes only to check, every 5 ms, whether the callers are gone.
    allowed = int(calls) / 2 + 2 * float(seconds) / 0.005
    assert int(switched) < allowed, loop
    assert mixed == f"{200 + 8 * 50} True"
