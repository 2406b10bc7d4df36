"""flytekit-core: Flyte's remote client without grpcio or protobuf.

- ``flytekit_core.remote``: ``FlyteRemote`` and ``AsyncFlyteRemote``, the user-level API
  (register, fetch, execute, wait, sync, ...) on the Rust backend;
- ``flytekit_core.idl``: Flyte IDL messages as plain Python classes with a native codec,
  byte-compatible with flyteidl's ``_pb2`` classes (``flytekit_core.idl.pb2`` converts);
- ``flytekit_core.auth``, ``flytekit_core.configuration``: how to connect, as flytekit
  reads it;
- ``flytekit_core.local_admin``: an embedded local FlyteAdmin;
- ``flytekit_core.testing``, ``flytekit_core.agent``: a mock server, a propeller, and a
  native agent server for agents written against ``flytekit_core.extend.backend``.

It imports nothing from ``flytekit``, so it installs beside real flytekit.
"""

import sys

# A source build on an interpreter the wheels do not cover (their tags keep pip from it).
if sys.version_info < (3, 10):  # noqa: UP036
    raise ImportError(f"flytekit-core needs CPython 3.10 or newer; this is {sys.version.split()[0]}")

#: This release (the native module reports its own as ``flytekit_core._flyrs.__version__``).
__version__ = "0.1.0"
