"""The ``FlyteRemote`` facade, and the legacy grpcio backend.

``FlyteRemote(config, backend="grpc" | "rust")`` (and ``AsyncFlyteRemote``) chooses the backend; ``remote.client`` is
that backend's raw client (one method per RPC). Importing this package imports neither
grpcio nor the facade's modules: they load on first use. ``import flytekit`` has
registered the grpc backend with flytekit-core's backend table (``grpc_backend``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flytekit.remote.remote import AsyncFlyteRemote, FlyteRemote
    from flytekit_core.remote_common.backends import BackendUnavailableError
    from flytekit_core.remote_common.rollout import EndpointUnavailableError

__all__ = ["AsyncFlyteRemote", "BackendUnavailableError", "EndpointUnavailableError", "FlyteRemote"]

_HOMES = {
    "AsyncFlyteRemote": "flytekit.remote.remote",
    "BackendUnavailableError": "flytekit_core.remote_common.backends",
    "EndpointUnavailableError": "flytekit_core.remote_common.rollout",
    "FlyteRemote": "flytekit.remote.remote",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'flytekit.remote' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
