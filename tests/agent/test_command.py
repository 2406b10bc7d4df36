"""``python -m flytekit_core.agent serve``: serves the agents its modules register, fails at
start naming a module that does not import, and on SIGTERM lets the calls in flight
finish before it exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core import exceptions
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import agent_pb2
from flytekit_core.remote_common.retry import NO_RETRIES
from tests.agent.agents import ECHO

ROOT = Path(__file__).resolve().parents[2]


def command(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "flytekit_core.agent", "serve", "--host", "127.0.0.1", *args], cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_a_module_that_does_not_import_fails_the_command_at_start() -> None:
    done = command("--port", "0", "--modules", "tests.agent.no_such_module")
    _, stderr = done.communicate(timeout=60)
    assert done.returncode == 1
    assert "cannot import tests.agent.no_such_module: ModuleNotFoundError" in stderr


def test_it_serves_the_modules_agents_and_drains_on_sigterm() -> None:
    server = command("--port", "0", "--modules", "tests.agent.agents", "--grace", "5")
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert "task types: doomed_v0, echo_v0, fails_v0, slow_v0, sum_v0" in line, line
        endpoint = line.split("listening on ")[1].split(";")[0]
        remote = FlyteRemote(Config.for_endpoint(endpoint, insecure=True), backend="rust", retry=NO_RETRIES)
        inputs = {"literals": {"n": {"scalar": {"primitive": {"integer": 1}}}}}
        request = agent_pb2.CreateTaskRequest(template=ECHO, inputs=inputs)
        created = remote.client.async_agent.create_task(request, timeout=10)
        assert created.resource_meta == b'{"job_id": "job-q1", "attempt": 0}'
        # A call in flight when SIGTERM comes still gets its answer.
        answer: list[Any] = []
        slow = agent_pb2.CreateTaskRequest(template={"type": "slow", "id": {"name": "slow-1"}})
        caller = threading.Thread(target=lambda: answer.append(remote.client.async_agent.create_task(slow, timeout=10)))
        caller.start()
        time.sleep(0.3)
        server.send_signal(signal.SIGTERM)
        caller.join(10)
        assert [a.resource_meta for a in answer] == [b'{"job_id": "slow-1", "attempt": 0}']
        assert server.wait(10) == 0
        with pytest.raises(exceptions.FlyteSystemUnavailableException):
            remote.client.agent_metadata.list_agents(agent_pb2.ListAgentsRequest(), timeout=2)
        remote.close()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
