"""The ``FlyteRemote`` facade, and the legacy grpcio backend.

``FlyteRemote(config, backend="grpc" | "rust")`` chooses the backend; ``remote.client`` is
that backend's raw client (one method per RPC). Importing this package imports neither
grpcio nor the facade's modules: they load on first use, so the Rust backend, which
shares ``flytekit.remote.transport``, stays quick to import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flytekit.remote.backends import BackendUnavailableError
    from flytekit.remote.remote import FlyteRemote
    from flytekit.remote.rollout import EndpointUnavailableError

__all__ = ["BackendUnavailableError", "EndpointUnavailableError", "FlyteRemote"]

_HOMES = {
    "BackendUnavailableError": "flytekit.remote.backends",
    "EndpointUnavailableError": "flytekit.remote.rollout",
    "FlyteRemote": "flytekit.remote.remote",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'flytekit.remote' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
