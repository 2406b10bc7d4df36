"""Data and signals: upload a file through the data proxy and download it back, answer a
run's gates (a signal and an approval) as it reaches them, and read a run's data through
`flyte://` URIs.

    python examples/signals_and_data.py --backend rust [--package flyte-package.tgz]
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import threading
import time
from pathlib import Path

from flytekit.remote import FlyteRemote
from flytekit_core.idl.flyteidl.admin import execution_pb2
from flytekit_core.idl.flyteidl.core import execution_pb2 as core_execution_pb2
from flytekit_core.remote_common.literals import from_literal
from flytekit_core.testing import fixture_workflow
from flytekit_core.testing.propeller import Propeller

PACKAGE = Path(__file__).resolve().parent.parent / "tests/fixtures/flyte-package.tgz"
CONFIG = b'{"learning_rate": 0.01, "epochs": 3}\n'
Phase = core_execution_pb2.WorkflowExecution.Phase


def upload_and_download(remote: FlyteRemote) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "train-config.json"
        path.write_bytes(CONFIG)
        md5, native_url = remote.upload_file(path)
    # The URL starts with the admin's data directory, which differs between runs.
    print(f"uploaded {path.name}: md5 {md5.hex()}, stored as .../{'/'.join(native_url.split('/')[-4:])}")
    content = remote.download_file(native_url)
    print(f"downloaded {len(content)} bytes, md5 matches: {hashlib.md5(content).digest() == md5}")
    print(f"content: {content.decode().strip()}")


def await_signal(
    remote: FlyteRemote, execution: execution_pb2.Execution, signal_id: str, cluster: threading.Thread
) -> None:
    """Until the run asks for the signal; a run that ended or stalled without asking is an error."""
    deadline = time.monotonic() + 30
    while signal_id not in {s.id.signal_id for s in remote.list_signals(execution)}:
        if not cluster.is_alive() or time.monotonic() > deadline:
            raise SystemExit(f"the run never asked for {signal_id}")
        time.sleep(0.01)


def answer_gates(remote: FlyteRemote, package: Path) -> None:
    """Run a workflow whose gates wait for a threshold and an approval, answering them as
    the run reaches them (the propeller stand-in plays the cluster from a thread)."""
    fixture_workflow.register_gated(remote, "v1")
    workflow = remote.fetch_workflow(name=fixture_workflow.GATED)
    execution = remote.execute(workflow, {"a": 4}, execution_name="gated-1")
    propeller = Propeller(remote, fixture_workflow.implementations(package), gate_timeout=30)
    cluster = threading.Thread(target=propeller.run, args=(execution,), daemon=True)
    cluster.start()

    await_signal(remote, execution, "threshold", cluster)
    print("\nwaiting for:", [s.id.signal_id for s in remote.list_signals(execution)])
    try:
        remote.set_signal("threshold", execution, "high")
    except TypeError as error:
        print(f"refused: {error}")
    remote.set_signal("threshold", execution, 7)
    await_signal(remote, execution, "approval", cluster)
    remote.approve("approval", execution)
    cluster.join(timeout=30)

    values = {s.id.signal_id: from_literal(s.value) for s in remote.list_signals(execution)}
    print("signal values:", dict(sorted(values.items())))
    done = remote.wait(execution, timeout=30)
    print(f"{done.id.name}: {Phase.Name(done.closure.phase)} {remote.get_execution_data(done).outputs}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Upload and download data, set signals, read flyte:// URIs.")
    parser.add_argument("--backend", choices=["grpc", "rust"], required=True)
    parser.add_argument("--package", type=Path, default=PACKAGE, help="a `pyflyte package` archive")
    args = parser.parse_args()

    with FlyteRemote.local(backend=args.backend) as remote:
        upload_and_download(remote)

        remote.register_package(args.package, version="v1")
        answer_gates(remote, args.package)

        plan = remote.fetch_launch_plan(name="pipeline_nightly")
        execution = remote.execute(plan, {"name": "data", "xs": [2.0, 3.0]}, execution_name="data-1")
        done = Propeller(remote, fixture_workflow.implementations(args.package)).run(execution)
        base = f"flyte://v1/{done.id.project}/{done.id.domain}/{done.id.name}"
        print()
        for uri in ("start-node/o", "n0/i", "n0/o/o0", "end-node/i"):
            value = remote.get(f"{base}/{uri}")
            print(f"{uri:<13} {dict(sorted(value.items())) if isinstance(value, dict) else value!r}")


if __name__ == "__main__":
    main()
