"""``FlyteRemote`` and ``AsyncFlyteRemote`` with the switch between the two backends
(``backend="grpc" | "rust"``). The classes are flytekit-core's; ``import flytekit`` has
registered the grpc backend with them."""

from __future__ import annotations

from flytekit_core.remote_common.remotes import AsyncFlyteRemote, FlyteRemote

__all__ = ["AsyncFlyteRemote", "FlyteRemote"]
