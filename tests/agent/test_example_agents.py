"""The example agents under ``examples/agents/`` doing their work through the agent server:
a SQL query on a SQLite database in the background, and a file's digest."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flytekit_core import exceptions
from flytekit_core.idl.flyteidl.admin import agent_pb2
from flytekit_core.idl.flyteidl.core import literals_pb2
from flytekit_core.remote_common.literals import from_literal_map
from flytekit_core.remote_common.user_api import as_idl
from tests.agent.examples import EXAMPLES  # noqa: F401 (importing it registers the example agents)

INT, STRING, BLOB = {"simple": 1}, {"simple": 3}, {"blob": {"format": ""}}


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as connection:
        connection.execute("create table orders (id integer, item text, price real)")
        connection.executemany(
            "insert into orders values (?, ?, ?)", [(1, "tea", 3.5), (2, "cake", 4.0), (3, "jam", 6.25)]
        )
    return path


def query_task(database: Path, query: str) -> dict[str, Any]:
    return {"type": "sqlite_query", "id": {"name": "orders"}, "custom": {"database": str(database), "query": query},
            "interface": {"inputs": {"variables": {"least": {"type": {"simple": 2}}}}}}  # fmt: skip


def test_the_sqlite_agent_runs_the_query_in_the_background(client: Any, database: Path, tmp_path: Path) -> None:
    template = query_task(database, "select id, item from orders where price >= :least order by id")
    inputs = {"literals": {"least": {"scalar": {"primitive": {"float_value": 4.0}}}}}
    created = client.async_agent.create_task(
        agent_pb2.CreateTaskRequest(template=template, inputs=inputs, output_prefix=str(tmp_path)), timeout=10
    )
    where = {"task_category": {"name": "sqlite_query"}, "resource_meta": created.resource_meta}
    deadline = time.monotonic() + 10
    while True:
        resource = client.async_agent.get_task(agent_pb2.GetTaskRequest(**where), timeout=10).resource
        if resource.phase != 2:  # RUNNING
            break
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert (resource.phase, resource.message) == (3, "2 rows")
    outputs = from_literal_map(as_idl(resource.outputs, literals_pb2.LiteralMap))  # either backend's object
    assert outputs["rows"] == [{"id": 2, "item": "cake"}, {"id": 3, "item": "jam"}]
    client.async_agent.delete_task(agent_pb2.DeleteTaskRequest(**where), timeout=10)


def test_a_failing_query_fails_the_task_and_bad_config_is_refused(client: Any, database: Path, tmp_path: Path) -> None:
    template = query_task(database, "select * from no_such_table")
    inputs = {"literals": {"least": {"scalar": {"primitive": {"float_value": 0}}}}}
    request = agent_pb2.CreateTaskRequest(template=template, inputs=inputs, output_prefix=str(tmp_path))
    created = client.async_agent.create_task(request, timeout=10)
    where = {"task_category": {"name": "sqlite_query"}, "resource_meta": created.resource_meta}
    for _ in range(200):
        resource = client.async_agent.get_task(agent_pb2.GetTaskRequest(**where), timeout=10).resource
        if resource.phase != 2:
            break
        time.sleep(0.05)
    assert resource.phase == 5 and "no such table: no_such_table" in resource.message  # FAILED
    with pytest.raises(exceptions.FlyteInvalidInputException, match="no SQLite database at"):
        missing = query_task(tmp_path / "missing.db", "select 1")
        client.async_agent.create_task(agent_pb2.CreateTaskRequest(template=missing, output_prefix=str(tmp_path)))


def test_the_digest_agent_hashes_a_file(client: Any, tmp_path: Path) -> None:
    data = bytes(range(256)) * 5000
    path = tmp_path / "blob.bin"
    path.write_bytes(data)
    template = {"type": "file_digest", "id": {"name": "digest"}, "interface": {
        "inputs": {"variables": {"file": {"type": BLOB}, "algorithm": {"type": STRING}}},
        "outputs": {"variables": {"digest": {"type": STRING}, "size": {"type": INT}}}}}  # fmt: skip
    for algorithm in ("sha256", "md5"):
        inputs = {"literals": {
            "file": {"scalar": {"blob": {"uri": f"file://{path}", "metadata": {"type": {"format": ""}}}}},
            "algorithm": {"scalar": {"primitive": {"string_value": algorithm}}}}}  # fmt: skip

        def requests(inputs: dict[str, Any] = inputs) -> Iterator[Any]:
            yield agent_pb2.ExecuteTaskSyncRequest(header={"template": template})
            yield agent_pb2.ExecuteTaskSyncRequest(inputs=inputs)

        [reply] = list(client.sync_agent.execute_task_sync(requests(), timeout=10))
        literals = reply.header.resource.outputs.literals
        assert literals["digest"].scalar.primitive.string_value == hashlib.new(algorithm, data).hexdigest()
        assert literals["size"].scalar.primitive.integer == len(data)
