"""The Rust-backed Flyte remote. Needs neither ``grpcio`` nor ``protobuf``.

``FlyteRemote`` is the user-level API (``fetch_task``, ``execute``, ``wait``, ...) on the
native backend alone, and ``AsyncFlyteRemote`` the same for asyncio. IDL objects are the
protobuf-free classes of :mod:`flytekit_core.idl`. ``RawClient`` (``AsyncRawClient``) has one
method per RPC of ``flyteidl.service``, over a ``RustTransport`` (``AsyncRustTransport``).
"""

from typing import TYPE_CHECKING, Any

from flytekit_core.idl.flyteidl.admin import execution_pb2, launch_plan_pb2, task_pb2, workflow_pb2
from flytekit_core.idl.flyteidl.core import identifier_pb2, literals_pb2
from flytekit_core.remote.transport import RustTransport
from flytekit_core.remote_common.raw_client import AsyncRawClient, RawClient

if TYPE_CHECKING:
    from flytekit_core.remote.aio_transport import AsyncRustTransport
    from flytekit_core.remote.remote import AsyncFlyteRemote, FlyteRemote

__all__ = [
    "AsyncFlyteRemote",
    "AsyncRawClient",
    "AsyncRustTransport",
    "FlyteRemote",
    "RawClient",
    "RustTransport",
    "execution_pb2",
    "identifier_pb2",
    "launch_plan_pb2",
    "literals_pb2",
    "task_pb2",
    "workflow_pb2",
]


def __getattr__(name: str) -> Any:
    # The user-level API and the asyncio transport load on first use, so the blocking
    # transport alone stays quick to import (asyncio is not imported with it).
    if name in ("FlyteRemote", "AsyncFlyteRemote"):
        from flytekit_core.remote import remote

        return getattr(remote, name)
    if name == "AsyncRustTransport":
        from flytekit_core.remote.aio_transport import AsyncRustTransport

        return AsyncRustTransport
    raise AttributeError(f"module 'flytekit_core.remote' has no attribute {name!r}")
