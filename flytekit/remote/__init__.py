"""The ``FlyteRemote`` facade, and the legacy grpcio backend.

``FlyteRemote(config, backend="grpc" | "rust")`` chooses the backend; ``remote.client`` is
that backend's raw client (one method per RPC). Importing this package does not import
grpcio: the legacy backend loads when it is used.
"""

from flytekit.remote.backends import BackendUnavailableError
from flytekit.remote.remote import FlyteRemote
from flytekit.remote.rollout import EndpointUnavailableError

__all__ = ["BackendUnavailableError", "EndpointUnavailableError", "FlyteRemote"]
