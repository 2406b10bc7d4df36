"""Data and signals: upload a file through the data proxy and download it back, answer an
execution's gate signals, and read its data through `flyte://` URIs.

    python examples/signals_and_data.py --backend rust [--package flyte-package.tgz]
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
from pathlib import Path

from flytekit.idl.flyteidl.admin import execution_pb2, signal_pb2
from flytekit.idl.flyteidl.core import types_pb2
from flytekit.remote import FlyteRemote
from flytekit.remote.literals import from_literal
from flytekit.testing import fixture_workflow
from flytekit.testing.propeller import Propeller

PACKAGE = Path(__file__).resolve().parent.parent / "tests/fixtures/flyte-package.tgz"
CONFIG = b'{"learning_rate": 0.01, "epochs": 3}\n'


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


def signals(remote: FlyteRemote, execution: execution_pb2.Execution) -> None:
    # A gate node asks for its signal when the run reaches it; the propeller stand-in runs
    # no gate nodes, so do what it would for an approval and a threshold.
    for signal_id, simple in (("approval", types_pb2.SimpleType.BOOLEAN), ("threshold", types_pb2.SimpleType.INTEGER)):
        key = {"signal_id": signal_id, "execution_id": execution.id}
        remote.client.get_or_create_signal(signal_pb2.SignalGetOrCreateRequest(id=key, type={"simple": simple}))
    print("\nwaiting for:", sorted(s.id.signal_id for s in remote.list_signals(execution)))
    remote.approve("approval", execution)
    try:
        remote.set_signal("threshold", execution, "high")
    except TypeError as error:
        print(f"refused: {error}")
    remote.set_signal("threshold", execution, 7)
    values = {s.id.signal_id: from_literal(s.value) for s in remote.list_signals(execution)}
    print("signal values:", dict(sorted(values.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description="Upload and download data, set signals, read flyte:// URIs.")
    parser.add_argument("--backend", choices=["grpc", "rust"], required=True)
    parser.add_argument("--package", type=Path, default=PACKAGE, help="a `pyflyte package` archive")
    args = parser.parse_args()

    with FlyteRemote.local(backend=args.backend) as remote:
        upload_and_download(remote)

        remote.register_package(args.package, version="v1")
        plan = remote.fetch_launch_plan(name="pipeline_nightly")
        execution = remote.execute(plan, {"name": "data", "xs": [2.0, 3.0]}, execution_name="data-1")
        signals(remote, execution)

        done = Propeller(remote, fixture_workflow.implementations(args.package)).run(execution)
        base = f"flyte://v1/{done.id.project}/{done.id.domain}/{done.id.name}"
        print()
        for uri in ("start-node/o", "n0/i", "n0/o/o0", "end-node/i"):
            value = remote.get(f"{base}/{uri}")
            print(f"{uri:<13} {dict(sorted(value.items())) if isinstance(value, dict) else value!r}")


if __name__ == "__main__":
    main()
