"""``FlyteRemote`` and ``AsyncFlyteRemote`` with the switch between the two backends
(``backend="grpc" | "rust"``). The classes are flytekit-core's; importing this package
registers the grpc backend with them."""

from __future__ import annotations

from flytekit.remote import grpc_backend  # noqa: F401  (registers the grpc backend)
from flytekit_core.remote_common.remotes import AsyncFlyteRemote, FlyteRemote

__all__ = ["AsyncFlyteRemote", "FlyteRemote"]
