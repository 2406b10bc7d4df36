"""The parity suite covers every RPC the service descriptors declare, and both raw clients
have a method for each. The descriptors are read from the embedded descriptor set with
the protobuf-free classes, so this runs in the grpc-free run too."""

from __future__ import annotations

from pathlib import Path

from flytekit.idl.google.protobuf import descriptor_pb2
from flytekit.idl.services import BY_ENDPOINT
from flytekit.remote_common import backends
from tests.parity.test_rpcs import COVERED
from tests.remote.conftest import INSTALLED

DESCRIPTOR_SET = Path(__file__).resolve().parents[2] / "rust/flyrs/core/idl/flyteidl.binpb"


def declared_rpcs() -> set[str]:
    files = descriptor_pb2.FileDescriptorSet.FromString(DESCRIPTOR_SET.read_bytes()).file
    return {
        f"/{file.package}.{service.name}/{method.name}"
        for file in files
        if file.package == "flyteidl.service"
        for service in file.service
        for method in service.method
    }


def test_every_declared_rpc_has_a_parity_test() -> None:
    declared = declared_rpcs()
    assert len(declared) == 77
    tested = {BY_ENDPOINT[endpoint].path for endpoint in COVERED}
    assert declared - tested == set(), "RPCs without a parity test"
    assert tested - declared == set(), "parity tests for RPCs that do not exist"


def test_every_rpc_is_a_method_of_both_raw_clients() -> None:
    for backend in INSTALLED:
        client_class = backends.raw_client_class(backend)
        client = client_class(transport=object())  # no call is made
        for endpoint in COVERED:
            target = client
            for part in endpoint.split("."):
                target = getattr(target, part)
            assert callable(target), (backend, endpoint)
