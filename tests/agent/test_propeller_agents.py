"""The local admin's propeller running agent tasks: a workflow whose task an agent server
serves runs end to end (CreateTask, GetTask until done, outputs reported as the task's),
and terminating the execution deletes the agent's job."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.agent import AgentServer
from flytekit_core.idl.flyteidl.core import execution_pb2 as core_execution_pb2
from flytekit_core.testing import fixture_workflow
from flytekit_core.testing.propeller import Propeller
from tests.agent import agents
from tests.agent.examples import EXAMPLES  # noqa: F401 (registers the example agents)
from tests.remote.conftest import INSTALLED

Phase = core_execution_pb2.WorkflowExecution.Phase
TaskPhase = core_execution_pb2.TaskExecution.Phase


@pytest.fixture(scope="module")
def agent_server() -> Iterator[AgentServer]:
    with AgentServer() as running:
        yield running


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as connection:
        connection.execute("create table orders (id integer, item text, price real)")
        connection.executemany("insert into orders values (?, ?, ?)", [(1, "tea", 3.5), (2, "cake", 4.0)])
    return str(path)


@pytest.mark.parametrize("backend", INSTALLED)
def test_a_workflow_with_an_agent_task_runs_end_to_end(
    agent_server: AgentServer, database: str, tmp_path: Path, backend: str
) -> None:
    with FlyteRemote.local(backend=backend) as remote:
        workflow = fixture_workflow.register_agent_workflow(remote, "v1", database)
        execution = remote.execute(workflow, {"least": 3.9})
        propeller = Propeller(remote, {}, agents={"sqlite_query": agent_server.endpoint}, output_prefix=str(tmp_path))
        done = propeller.run(execution)
        assert done.closure.phase == Phase.SUCCEEDED
        assert remote.get_execution_data(done).outputs == {"rows": [{"id": 2, "item": "cake", "price": 4.0}]}
        [node] = remote.node_executions(done)
        [attempt] = remote.iter_task_executions(node)
        assert attempt.closure.phase == TaskPhase.SUCCEEDED
        assert remote.get_task_execution_data(attempt).outputs["rows"][0]["item"] == "cake"


def test_a_failing_agent_job_fails_the_execution_with_its_message(agent_server: AgentServer, tmp_path: Path) -> None:
    with FlyteRemote.local(backend="rust") as remote:
        workflow = fixture_workflow.register_agent_workflow(remote, "v1", str(tmp_path / "absent.db"))
        execution = remote.execute(workflow, {"least": 1.0})
        propeller = Propeller(remote, {}, agents={"sqlite_query": agent_server.endpoint}, output_prefix=str(tmp_path))
        done = propeller.run(execution)
        assert done.closure.phase == Phase.FAILED
        assert "no SQLite database at" in done.closure.error.message


def test_terminating_the_execution_deletes_the_agents_job(agent_server: AgentServer, tmp_path: Path) -> None:
    agents.EVENTS.clear()
    with FlyteRemote.local(backend="rust") as remote:
        task_id = {"resource_type": 1, "project": "flytesnacks", "domain": "development", "name": "slow-0",
                   "version": "v1"}  # fmt: skip
        spec = {"template": {"id": task_id, "type": "slow", "interface": {}}}
        from flytekit_core.idl.flyteidl.admin import task_pb2
        from flytekit_core.idl.flyteidl.core import identifier_pb2

        task = remote.register_task(identifier_pb2.Identifier(**task_id), task_pb2.TaskSpec(**spec))
        execution = remote.execute(task, {})
        propeller = Propeller(remote, {}, agents={"slow": agent_server.endpoint}, output_prefix=str(tmp_path))
        outcome: list[Any] = []
        running = threading.Thread(target=lambda: outcome.append(propeller.run(execution)))
        running.start()
        time.sleep(0.5)  # the job runs (the slow agent reports RUNNING)
        remote.terminate(execution, "not needed after all")
        running.join(10)
        assert outcome and outcome[0].closure.phase == Phase.ABORTED
        assert ("delete", "slow-0") in agents.EVENTS


def test_the_agents_log_links_and_outputs_are_the_task_executions(agent_server: AgentServer, tmp_path: Path) -> None:
    from flytekit_core.idl.flyteidl.admin import task_pb2
    from flytekit_core.idl.flyteidl.core import identifier_pb2

    with FlyteRemote.local(backend="rust") as remote:
        task_id = identifier_pb2.Identifier(resource_type=1, project="flytesnacks", domain="development",
                                            name="q1", version="v1")  # fmt: skip
        template = {**agents.ECHO, "id": task_id}
        template["interface"] = {**template["interface"], "outputs": {"variables": {
            "job": {"type": {"simple": 3}}, "rows": {"type": {"collection_type": {"simple": 1}}}}}}  # fmt: skip
        task = remote.register_task(task_id, task_pb2.TaskSpec(template=template))
        execution = remote.execute(task, {"n": 4})
        propeller = Propeller(remote, {}, agents={"echo": agent_server.endpoint}, output_prefix=str(tmp_path))
        done = propeller.run(execution)
        assert done.closure.phase == Phase.SUCCEEDED
        [node] = remote.node_executions(done)
        [attempt] = remote.iter_task_executions(node)
        assert [(log.name, log.uri) for log in attempt.closure.logs] == [("console", "https://console/job-q1")]
        assert remote.get_execution_data(done).outputs == {"job": "job-q1", "rows": [1, 2]}


def test_an_agent_job_that_fails_fails_the_execution_with_its_message_and_logs(
    agent_server: AgentServer, tmp_path: Path
) -> None:
    from flytekit_core.idl.flyteidl.admin import task_pb2
    from flytekit_core.idl.flyteidl.core import identifier_pb2

    with FlyteRemote.local(backend="rust") as remote:
        task_id = identifier_pb2.Identifier(resource_type=1, project="flytesnacks", domain="development",
                                            name="doomed", version="v1")  # fmt: skip
        task = remote.register_task(task_id, task_pb2.TaskSpec(template={"id": task_id, "type": "doomed"}))
        propeller = Propeller(remote, {}, agents={"doomed": agent_server.endpoint}, output_prefix=str(tmp_path))
        done = propeller.run(remote.execute(task, {}))
        assert done.closure.phase == Phase.FAILED
        assert "the job ran out of memory" in done.closure.error.message
        [node] = remote.node_executions(done)
        [attempt] = remote.iter_task_executions(node)
        assert attempt.closure.phase == TaskPhase.FAILED
        assert [log.uri for log in attempt.closure.logs] == ["https://console/doomed-1"]
