"""The parity suite covers every RPC the service descriptors declare, and both raw clients
have a method for each. The descriptors are read from the embedded descriptor set with
the protobuf-free classes, so this runs in the grpc-free run too."""

from __future__ import annotations

import ast
from pathlib import Path

from flytekit_core.idl.google.protobuf import descriptor_pb2
from flytekit_core.idl.services import BY_ENDPOINT
from flytekit_core.remote_common import raw_client
from tests.parity.test_rpcs import COVERED

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


def test_every_rpc_is_a_method_of_the_raw_client_and_its_types() -> None:
    stub = ast.parse(Path(raw_client.__file__).with_suffix(".pyi").read_text())
    typed = {node.name: {f.name for f in node.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
             for node in stub.body if isinstance(node, ast.ClassDef)}  # fmt: skip
    for client_class, prefix in ((raw_client.RawClient, ""), (raw_client.AsyncRawClient, "Async")):
        client = client_class(transport=object())  # no call is made
        for endpoint in COVERED:
            target = client
            for part in endpoint.split("."):
                target = getattr(target, part)
            assert callable(target), (client_class, endpoint)
            group, _, method = endpoint.rpartition(".")
            owner = prefix + ({v: k for k, v in raw_client.AGENT_SERVICES.items()}[group] + "Client" if group
                             else "AdminMethods")  # fmt: skip
            assert method in typed[owner], (owner, method)
    # The async form's unary methods are typed as calls (UnaryCall[reply]).
    async_unary = [f for f in ast.walk(stub) if isinstance(f, ast.FunctionDef) and f.returns is not None
                   and ast.unparse(f.returns).startswith("UnaryCall[")]  # fmt: skip
    assert len(async_unary) == sum(1 for e in COVERED if BY_ENDPOINT[e].kind == "unary")
