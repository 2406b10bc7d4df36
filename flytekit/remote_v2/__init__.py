"""The Rust-backed Flyte remote. Needs neither ``grpcio`` nor ``protobuf``.

IDL objects are the protobuf-free classes of :mod:`flytekit.idl`.
"""

from flytekit.idl.flyteidl.admin import execution_pb2, launch_plan_pb2, task_pb2, workflow_pb2
from flytekit.idl.flyteidl.core import identifier_pb2, literals_pb2

__all__ = ["execution_pb2", "identifier_pb2", "launch_plan_pb2", "literals_pb2", "task_pb2", "workflow_pb2"]
