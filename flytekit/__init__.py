"""flytekit remote: a dual-backend FlyteRemote.

- ``flytekit.idl``: Flyte IDL messages as plain Python classes, with a native codec
  (no ``protobuf`` needed);
- ``flytekit.remote``: the ``FlyteRemote`` facade and the legacy grpcio backend;
- ``flytekit.remote_v2``: the Rust-backed remote.
"""
