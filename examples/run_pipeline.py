"""Register the package, run its nightly launch plan with Python inputs, read the results
back as Python values, and relaunch it. The propeller stand-in plays the cluster, from a
thread, while `wait` polls (its progress line shows on stderr when that is a terminal).

    python examples/run_pipeline.py --backend rust [--package flyte-package.tgz]
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

from flytekit.remote import FlyteRemote
from flytekit_core.idl.flyteidl.admin import execution_pb2
from flytekit_core.idl.flyteidl.core import execution_pb2 as core_execution_pb2
from flytekit_core.testing import fixture_workflow
from flytekit_core.testing.propeller import Propeller

PACKAGE = Path(__file__).resolve().parent.parent / "tests/fixtures/flyte-package.tgz"
Phase = core_execution_pb2.WorkflowExecution.Phase
NodePhase = core_execution_pb2.NodeExecution.Phase
Mode = execution_pb2.ExecutionMetadata.ExecutionMode


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the package's nightly pipeline.")
    parser.add_argument("--backend", choices=["grpc", "rust"], required=True)
    parser.add_argument("--package", type=Path, default=PACKAGE, help="a `pyflyte package` archive")
    args = parser.parse_args()

    with FlyteRemote.local(backend=args.backend) as remote:
        remote.register_package(args.package, version="v1")
        plan = remote.fetch_launch_plan(name="pipeline_nightly")

        try:
            remote.execute(plan, {"nmae": "flyte"})  # a typo: refused before anything is sent
        except ValueError as error:
            print(f"refused: {error}")

        inputs = {"name": "flyte", "xs": [1.5, 2.5, 4.0]}  # `a` keeps the launch plan's default
        execution = remote.execute(plan, inputs, execution_name="nightly-1")
        propeller = Propeller(remote, fixture_workflow.implementations(args.package))
        cluster = threading.Thread(target=propeller.run, args=(execution,), daemon=True)
        cluster.start()
        done = remote.wait(execution, timeout=60, poll_interval=0.05)
        cluster.join()

        data = remote.get_execution_data(done)
        print(f"\n{done.id.name}: {Phase.Name(done.closure.phase)}")
        print("inputs: ", dict(sorted(data.inputs.items())))
        print("outputs:", dict(sorted(data.outputs.items())))
        print("nodes:")
        for node in sorted(remote.node_executions(done), key=lambda n: n.id.node_id):
            print(f"  {node.id.node_id:<6} {NodePhase.Name(node.closure.phase)}")

        again = remote.relaunch(done, name="nightly-1-again")
        metadata = again.spec.metadata
        print(f"\n{again.id.name}: mode {Mode.Name(metadata.mode)} of {metadata.reference_execution.name}")
        print("same inputs:", remote.get_execution_data(again).inputs == data.inputs)


if __name__ == "__main__":
    main()
