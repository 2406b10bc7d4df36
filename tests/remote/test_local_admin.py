"""The local admin on a SQLite file: the state survives restarts and crashes, and a file
that is unusable or held by another process is refused with a message naming it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import execution_pb2
from flytekit_core.local_admin import LocalAdmin, LocalAdminError

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/flyte-package.tgz"


def snapshot(remote: Any) -> list[bytes]:
    """Everything a user sees of the fixture's entities and one execution, as bytes."""
    task = remote.fetch_task(name="myapp.wf.add")
    workflow = remote.fetch_workflow(name="myapp.wf.pipeline")
    plan = remote.fetch_active_launchplan(name="pipeline_nightly")
    execution = remote.fetch_execution("flytesnacks", "development", "kept")
    return [m.SerializeToString(deterministic=True) for m in (task, workflow, plan, execution)]


def populate(remote: Any) -> None:
    remote.register_package(FIXTURE, version="v1")
    plan = remote.fetch_launch_plan(name="pipeline_nightly")
    remote.activate_launchplan(plan.id)
    execution = remote.execute(plan, {"name": "kept"}, execution_name="kept")
    remote.terminate(execution, "to have a phase to keep")


def test_the_state_survives_a_restart(tmp_path: Path, backend: str) -> None:
    database = tmp_path / "admin.db"
    with FlyteRemote.local(backend=backend, database=database) as remote:
        populate(remote)
        before = snapshot(remote)
    with FlyteRemote.local(backend=backend, database=database) as remote:
        assert snapshot(remote) == before  # timestamps and all
        remote.register_package(FIXTURE, version="v2")
    with FlyteRemote.local(backend=backend, database=database) as remote:
        assert remote.fetch_task(name="myapp.wf.add").id.version == "v2"


def start_process(database: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "flytekit_core.local_admin", "--port", "0", "--database", str(database)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("local FlyteAdmin serving on"), (line, process.stderr.read() if process.stderr else "")
    return process, line.rsplit(" ", 1)[1].strip()


def test_another_process_holding_the_file_is_refused_and_a_crash_loses_nothing(tmp_path: Path) -> None:
    database = tmp_path / "admin.db"
    process, endpoint = start_process(database)
    try:
        with pytest.raises(LocalAdminError, match="in use by another process") as raised:
            LocalAdmin(database=database)
        assert str(database) in str(raised.value)
        with FlyteRemote(Config.for_endpoint(endpoint, insecure=True), backend="rust",
                         default_project="flytesnacks", default_domain="development") as remote:  # fmt: skip
            populate(remote)
            before = snapshot(remote)
    finally:
        os.kill(process.pid, signal.SIGKILL)  # a crash: no chance to flush anything
        process.wait()
    with FlyteRemote.local(backend="rust", database=database) as remote:
        assert snapshot(remote) == before


@pytest.mark.parametrize("case", ["garbage", "other program", "directory"])
def test_an_unusable_file_is_refused_naming_it(tmp_path: Path, case: str) -> None:
    path = tmp_path / "admin.db"
    if case == "garbage":
        path.write_bytes(b"not a database, just some text that is long enough to look like a header" * 4)
        expected = "not a local admin database"
    elif case == "other program":
        import sqlite3

        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE notes (text)")
        expected = "another program"
    else:
        path.mkdir()
        expected = "cannot open the database|database"
    with pytest.raises(LocalAdminError, match=expected) as raised:
        LocalAdmin(database=path)
    assert str(path) in str(raised.value)


def test_create_execution_fills_in_what_flyteadmin_does(backend: str) -> None:
    with FlyteRemote.local(backend=backend) as remote:
        remote.register_package(FIXTURE, version="v1")
        plan = remote.fetch_launch_plan(name="pipeline_nightly")
        execution = remote.execute(plan, {"name": "x"}, execution_name="filled")
        spec, closure = execution.spec, execution.closure
        # The principal is the caller's identity, "" without authentication.
        assert (spec.metadata.principal, spec.metadata.mode) == ("", 0)
        assert spec.metadata.system_metadata.namespace == "flytesnacks-development"
        assert spec.security_context.HasField("run_as")
        assert spec.max_parallelism == 25  # the launch plan sets none: FlyteAdmin's default
        assert closure.state_change_details.state == 0  # EXECUTION_ACTIVE
        assert closure.state_change_details.occurred_at == closure.created_at == closure.updated_at
        assert list(closure.notifications) == list(plan.spec.entity_metadata.notifications)
        # Notifications: the request's list when it has one, none when disabled, else the plan's.
        own = [{"phases": [4], "email": {"recipients_email": ["me@example.com"]}}]
        for name, overrides, expected in [
            ("own", {"notifications": {"notifications": own}}, own[0]["email"]["recipients_email"]),
            ("none", {"disable_all": True}, None),
            ("empty", {"notifications": {"notifications": []}}, "plan"),
        ]:
            request = execution_pb2.ExecutionCreateRequest(
                project="flytesnacks", domain="development", name=name, inputs={"literals": {}},
                spec={"launch_plan": plan.id, **overrides},
            )  # fmt: skip
            remote.client.create_execution(request)
            got = list(remote.fetch_execution("flytesnacks", "development", name).closure.notifications)
            if expected == "plan":
                assert got == list(plan.spec.entity_metadata.notifications)
            elif expected is None:
                assert got == []
            else:
                assert [list(n.email.recipients_email) for n in got] == [expected]
        task = remote.execute(remote.fetch_task(name="myapp.wf.add"), {"a": 1, "b": 2}, execution_name="task")
        assert task.spec.max_parallelism == 0  # a single task's keeps the request's
