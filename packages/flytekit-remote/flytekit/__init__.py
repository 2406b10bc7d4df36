"""flytekit-remote: a dual-backend FlyteRemote, the migration layer over flytekit-core.

- ``flytekit.remote``: the ``FlyteRemote`` facade with ``backend="grpc" | "rust"``, and the
  legacy grpcio backend;
- ``flytekit.remote_v2``: the Rust-backed remote (``flytekit_core.remote``);
- ``flytekit.idl``, ``flytekit.auth``, ``flytekit.configuration``, ``flytekit.exceptions``,
  ``flytekit.local_admin``, ``flytekit.testing``, ...: flytekit-core's modules under their
  earlier names (the same module objects).

Not to be installed beside real flytekit (both are the import package ``flytekit``): there,
use flytekit-core (``import flytekit_core``).
"""

from flytekit import _layer

_layer.check_not_shared()
_layer.check_core()
_layer.install_moved_modules()

from flytekit.remote import grpc_backend  # noqa: E402, F401  (the grpc backend, for every remote; no grpcio yet)

__version__ = _layer.CORE_VERSION
