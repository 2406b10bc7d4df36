"""The library prints nothing to stderr and changes neither the environment nor the
global logging configuration, through a session of ordinary use and failures, blocking
and async (a cancelled call included)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.remote.conftest import INSTALLED

ROOT = Path(__file__).resolve().parents[2]
SESSION = """
import json, logging, os, sys
before = (dict(os.environ), logging.getLogger().level, list(logging.getLogger().handlers),
          logging.getLogger("flytekit_core").level, list(logging.getLogger("flytekit_core").handlers))
from flytekit.configuration import Config
from flytekit.exceptions import FlyteException
from flytekit.remote import FlyteRemote
from flytekit.remote_common.retry import NO_RETRIES
backend = sys.argv[1]
with FlyteRemote.local(backend=backend) as remote:
    remote.list_projects()
    try:
        remote.fetch_task(name="nope", version="v1")
    except FlyteException:
        pass
unreachable = FlyteRemote(Config.for_endpoint("127.0.0.1:1", insecure=True), backend=backend,
                          connect_timeout=0.2, retry=NO_RETRIES)
try:
    unreachable.list_projects()
except FlyteException:
    pass
unreachable.close()

import asyncio
from flytekit.remote import AsyncFlyteRemote

async def main():
    async with AsyncFlyteRemote.local(backend=backend) as aremote:
        await aremote.list_projects()
        try:
            await aremote.fetch_task(name="nope", version="v1")
        except FlyteException:
            pass
        await aremote.register_package("tests/fixtures/flyte-package.tgz", version="v1")
        plan = await aremote.fetch_launch_plan(name="pipeline_nightly")
        execution = await aremote.execute(plan, {})  # no propeller: it waits for good
        waiting = asyncio.ensure_future(aremote.wait(execution, timeout=30, poll_interval=0.05))
        await asyncio.sleep(0.2)
        waiting.cancel()
        try:
            await waiting
        except asyncio.CancelledError:
            pass

asyncio.run(main())
after = (dict(os.environ), logging.getLogger().level, list(logging.getLogger().handlers),
         logging.getLogger("flytekit_core").level, list(logging.getLogger("flytekit_core").handlers))
print(json.dumps(before == after))
"""


@pytest.mark.parametrize("backend", INSTALLED)
def test_a_session_prints_nothing_and_changes_no_global(backend: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SESSION, backend], cwd=ROOT, env=dict(os.environ), capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) is True  # environment and logging configuration unchanged
    assert done.stderr == ""
