"""The tasks of the ``myapp/wf.py`` workflow whose ``pyflyte package`` output the project
bundles (``tests/fixtures/flyte-package.tgz``), as Python implementations for the
propeller stand-in (:class:`flytekit_core.testing.propeller.Propeller`); and, registered on
top of it, a workflow nesting that one (as a subworkflow and through its launch plan) and
a workflow waiting on a signal and an approval."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from flytekit_core.idl.flyteidl.admin import task_pb2, workflow_pb2
from flytekit_core.idl.flyteidl.core import identifier_pb2
from flytekit_core.remote_common.user_api import read_package
from flytekit_core.testing.propeller import Call


def add(a: int, b: int) -> int:
    return a + b


def greet(name: str, when: dt.datetime, d: dt.timedelta) -> str:
    return f"hi {name} {when:%Y-%m-%d} {d.total_seconds():g}s"


def stats(xs: list[float]) -> dict[str, float]:
    return {"n": float(len(xs)), "sum": sum(xs)}


def fan(n: int) -> list[Call]:
    # A dynamic task: its workflow calls add(a=i, b=i) for each i < n.
    return [Call("myapp.wf.add", {"a": i, "b": i}) for i in range(n)]


def implementations(archive: Path) -> dict[str, Any]:
    """Task name -> implementation, for the entities in ``archive`` (the map task's name
    carries a hash that the archive tells)."""
    tasks = {"myapp.wf.add": add, "myapp.wf.greet": greet, "myapp.wf.stats": stats, "myapp.wf.fan": fan}
    for kind, request in read_package(archive):
        name = request.id.name
        if kind == 1 and name.startswith("myapp.wf.map_add") and name.endswith("-arraynode"):
            tasks[name] = add
    return tasks


NESTED = "myapp.nested.outer"
GATED = "myapp.gated.review"
AGENT_TASK = "myapp.agents.orders"
AGENT_WORKFLOW = "myapp.agents.report"


def register_nested(remote: Any, version: str, project: str = "flytesnacks", domain: str = "development") -> Any:
    """Registers ``myapp.nested.outer`` (inputs a, name, xs; outputs o0: int, o1: str) over
    the registered fixture: node n0 runs ``myapp.wf.pipeline`` as a subworkflow (its
    template carried in the spec, as ``pyflyte package`` carries subworkflows), node n1
    launches ``pipeline_nightly`` with a = n0's o0. Returns the registered workflow."""
    pipeline = remote.fetch_workflow(project, domain, "myapp.wf.pipeline", version)
    plan = remote.fetch_launch_plan(project, domain, "pipeline_nightly", version)
    sub = pipeline.closure.compiled_workflow.primary.template
    outputs = sub.interface.outputs.variables

    def promise(node: str, var: str) -> dict[str, Any]:
        return {"promise": {"node_id": node, "var": var}}

    workflow_id = identifier_pb2.Identifier(
        resource_type=identifier_pb2.ResourceType.WORKFLOW, project=project, domain=domain, name=NESTED, version=version
    )
    template = {
        "id": workflow_id,
        "interface": {
            "inputs": sub.interface.inputs,
            "outputs": {"variables": {"o0": outputs["o0"], "o1": outputs["o1"]}},
        },
        "nodes": [
            {
                "id": "n0",
                "inputs": [
                    {"var": k, "binding": promise("start-node", k)} for k in sorted(sub.interface.inputs.variables)
                ],
                "workflow_node": {"sub_workflow_ref": sub.id},
            },
            {
                "id": "n1",
                "inputs": [{"var": "a", "binding": promise("n0", "o0")}],
                "upstream_node_ids": ["n0"],
                "workflow_node": {"launchplan_ref": plan.id},
            },
        ],
        "outputs": [{"var": "o0", "binding": promise("n1", "o0")}, {"var": "o1", "binding": promise("n0", "o1")}],
    }
    return remote.register_workflow(workflow_id, workflow_pb2.WorkflowSpec(template=template, sub_workflows=[sub]))


def register_gated(remote: Any, version: str, project: str = "flytesnacks", domain: str = "development") -> Any:
    """Registers ``myapp.gated.review`` (input a: int; output o0: int) over the registered
    fixture: n0 = add(a, 1); n1 waits for the signal ``threshold`` (an int); n2 waits for
    the approval ``approval`` of n0's result and passes it on; n3 = add(n2, n1) is the
    output. Returns the registered workflow."""
    add = remote.fetch_task(project, domain, "myapp.wf.add", version)
    integer = {"simple": "INTEGER"}

    def promise(node: str, var: str) -> dict[str, Any]:
        return {"promise": {"node_id": node, "var": var}}

    workflow_id = identifier_pb2.Identifier(
        resource_type=identifier_pb2.ResourceType.WORKFLOW, project=project, domain=domain, name=GATED, version=version
    )
    variable = {"type": integer}
    template = {
        "id": workflow_id,
        "interface": {"inputs": {"variables": {"a": variable}}, "outputs": {"variables": {"o0": variable}}},
        "nodes": [
            {
                "id": "n0",
                "inputs": [
                    {"var": "a", "binding": promise("start-node", "a")},
                    {"var": "b", "binding": {"scalar": {"primitive": {"integer": 1}}}},
                ],
                "task_node": {"reference_id": add.id},
            },
            {
                "id": "n1",
                "gate_node": {"signal": {"signal_id": "threshold", "type": integer, "output_variable_name": "o0"}},
            },
            {
                "id": "n2",
                "inputs": [{"var": "o0", "binding": promise("n0", "o0")}],
                "upstream_node_ids": ["n0"],
                "gate_node": {"approve": {"signal_id": "approval"}},
            },
            {
                "id": "n3",
                "inputs": [{"var": "a", "binding": promise("n2", "o0")}, {"var": "b", "binding": promise("n1", "o0")}],
                "upstream_node_ids": ["n1", "n2"],
                "task_node": {"reference_id": add.id},
            },
        ],
        "outputs": [{"var": "o0", "binding": promise("n3", "o0")}],
    }
    return remote.register_workflow(workflow_id, workflow_pb2.WorkflowSpec(template=template))


def register_agent_workflow(
    remote: Any, version: str, database: str, project: str = "flytesnacks", domain: str = "development"
) -> Any:
    """Registers ``myapp.agents.report`` (input least: float; output rows: list of structs),
    whose one node runs the task ``myapp.agents.orders`` of type ``sqlite_query`` (the
    example SQLite agent's): ``select id, item, price from orders where price >= :least``
    on ``database``. Returns the registered workflow."""
    task_id = identifier_pb2.Identifier(
        resource_type=identifier_pb2.ResourceType.TASK, project=project, domain=domain, name=AGENT_TASK,
        version=version,
    )  # fmt: skip
    floating = {"type": {"simple": "FLOAT"}}
    rows = {"type": {"collection_type": {"simple": "STRUCT"}}}
    interface = {"inputs": {"variables": {"least": floating}}, "outputs": {"variables": {"rows": rows}}}
    query = "select id, item, price from orders where price >= :least order by id"
    template = {"id": task_id, "type": "sqlite_query", "interface": interface,
                "custom": {"database": database, "query": query}}  # fmt: skip
    remote.register_task(task_id, task_pb2.TaskSpec(template=template))
    workflow_id = identifier_pb2.Identifier(
        resource_type=identifier_pb2.ResourceType.WORKFLOW, project=project, domain=domain, name=AGENT_WORKFLOW,
        version=version,
    )  # fmt: skip
    workflow = {
        "id": workflow_id,
        "interface": interface,
        "nodes": [{"id": "n0", "inputs": [{"var": "least", "binding": {"promise": {"node_id": "start-node",
                   "var": "least"}}}], "task_node": {"reference_id": task_id}}],
        "outputs": [{"var": "rows", "binding": {"promise": {"node_id": "n0", "var": "rows"}}}],
    }  # fmt: skip
    return remote.register_workflow(workflow_id, workflow_pb2.WorkflowSpec(template=workflow))
