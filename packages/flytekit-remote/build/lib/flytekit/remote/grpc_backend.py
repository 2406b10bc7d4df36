"""The legacy grpcio backend's entry in flytekit-core's backend table: its transports load
(and grpcio is imported) only when a remote uses it."""

from __future__ import annotations

from flytekit_core.remote_common import backends

backends.register(
    backends.GRPC,
    backends.Backend(
        "flytekit.remote.grpc_transport:GrpcTransport",
        "flytekit.remote.grpc_transport:GrpcAioTransport",
        ("grpc", "google.protobuf", "flyteidl"),
        "install the grpc extra: pip install 'flytekit-remote[grpc]'",
    ),
)
