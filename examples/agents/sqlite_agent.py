"""An async agent that runs a SQL query on a local SQLite database in the background and
returns the rows as its output (a list of structs).

The task's ``custom`` config names the database and the query; its inputs are the
query's named parameters (``select * from t where n > :n``). ``create`` starts the query
on a thread of its own and returns at once; ``get`` reports RUNNING until the result file
(under the task's ``output_prefix``, a local directory) is there. The agent keeps no state
of its own: a job is its result file, so any replica of the server can answer ``get``.

Serve it: ``PYTHONPATH=examples/agents python -m flytekit_core.agent serve --modules sqlite_agent``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Any

from flytekit_core.extend.backend.base_agent import (
    AgentError,
    AgentRegistry,
    AsyncAgentBase,
    Phase,
    Resource,
    ResourceMeta,
    python_inputs,
)
from flytekit_core.idl import json_format

TASK_TYPE = "sqlite_query"


@dataclasses.dataclass
class QueryJob(ResourceMeta):
    job_id: str
    result_path: str


def _run(database: str, query: str, parameters: dict[str, Any], result: Path) -> None:
    """Runs the query and writes its rows (or its error) to ``result``, atomically."""
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
            connection.row_factory = sqlite3.Row
            rows = [dict(row) for row in connection.execute(query, parameters)]
        outcome: dict[str, Any] = {"rows": rows}
    except sqlite3.Error as error:
        outcome = {"error": f"{type(error).__name__}: {error}"}
    scratch = result.with_suffix(".tmp")
    scratch.write_text(json.dumps(outcome))
    os.replace(scratch, result)


class SQLiteAgent(AsyncAgentBase):
    name = "SQLite Agent"

    def __init__(self) -> None:
        super().__init__(task_type_name=TASK_TYPE, metadata_type=QueryJob)

    def create(self, task_template: Any, inputs: Any = None, output_prefix: str = "", **kwargs: Any) -> QueryJob:
        config = json_format.MessageToDict(task_template.custom)
        database, query = config.get("database"), config.get("query")
        if not database or not query:
            raise AgentError("the task's custom config needs a database and a query", code=3)
        if not Path(database).is_file():
            raise AgentError(f"no SQLite database at {database}", code=3)
        if not output_prefix or not Path(output_prefix).is_dir():
            raise AgentError(f"output_prefix must be a local directory, not {output_prefix!r}", code=3)
        job = QueryJob(job_id=uuid.uuid4().hex, result_path="")
        job.result_path = str(Path(output_prefix) / f"{job.job_id}.json")
        parameters = python_inputs(task_template, inputs)
        threading.Thread(target=_run, args=(database, query, parameters, Path(job.result_path)), daemon=True).start()
        return job

    def get(self, resource_meta: QueryJob, **kwargs: Any) -> Resource:
        result = Path(resource_meta.result_path)
        if not result.exists():
            return Resource(phase=Phase.RUNNING, message="the query is running")
        outcome = json.loads(result.read_text())
        if "error" in outcome:
            return Resource(phase=Phase.FAILED, message=outcome["error"])
        rows = outcome["rows"]
        return Resource(phase=Phase.SUCCEEDED, message=f"{len(rows)} rows", outputs={"rows": rows})

    def delete(self, resource_meta: QueryJob, **kwargs: Any) -> None:
        Path(resource_meta.result_path).unlink(missing_ok=True)


AgentRegistry.register(SQLiteAgent())
