"""Run a workflow that nests the package's pipeline twice, as a subworkflow and through its
launch plan (a child execution), then sync it: every node execution, down through the
subworkflow, the branch, the dynamic node's workflow and the child execution, with its
outputs as Python values; and the execution's metrics as a tree of spans.

    python examples/sync_nested.py --backend rust [--package flyte-package.tgz]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from flytekit.remote import FlyteRemote
from flytekit_core.idl.flyteidl.core import execution_pb2
from flytekit_core.testing import fixture_workflow
from flytekit_core.testing.propeller import Propeller

PACKAGE = Path(__file__).resolve().parent.parent / "tests/fixtures/flyte-package.tgz"
NodePhase = execution_pb2.NodeExecution.Phase
WorkflowPhase = execution_pb2.WorkflowExecution.Phase


def span_name(span: Any) -> str:
    kind = span.WhichOneof("id")
    if kind == "workflow_id":
        return f"execution {span.workflow_id.name}"
    if kind == "node_id":
        return f"node {span.node_id.node_id}"
    return f"task {span.task_id.task_id.name}"


def show_span(span: Any, depth: int) -> None:
    print(f"{'  ' * depth}{span_name(span)}: {len(span.spans)} inner spans")
    for inner in span.spans:
        show_span(inner, depth + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description="Run a nested workflow and sync it.")
    parser.add_argument("--backend", choices=["grpc", "rust"], required=True)
    parser.add_argument("--package", type=Path, default=PACKAGE, help="a `pyflyte package` archive")
    args = parser.parse_args()

    with FlyteRemote.local(backend=args.backend) as remote:
        remote.register_package(args.package, version="v1")
        workflow = fixture_workflow.register_nested(remote, "v1")
        execution = remote.execute(workflow, {"a": 1, "name": "nested", "xs": [2.0]}, execution_name="nested-1")
        Propeller(remote, fixture_workflow.implementations(args.package)).run(execution)

        run = remote.sync(execution)
        print(f"{run.execution.id.name}: {WorkflowPhase.Name(run.execution.closure.phase)} {run.data.outputs}")
        for path, node in run.walk():
            kind = "dynamic" if node.dynamic_workflow else "child execution" if node.child_execution else "node"
            tasks = f", {len(node.task_executions)} task execution(s)" if node.task_executions else ""
            print(f"  {path:<40} {NodePhase.Name(node.phase):<10} {kind}{tasks}: {node.outputs}")

        child = run.nodes["n1"].child_execution
        if child is not None:
            metadata = child.execution.spec.metadata
            print(f"child execution of n1: nesting {metadata.nesting}, inputs {child.data.inputs}")

        print("metrics, two levels down:")
        show_span(remote.get_execution_metrics(execution, depth=2).span, 1)


if __name__ == "__main__":
    main()
