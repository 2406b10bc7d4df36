"""The smoke test of an installed flytekit-core (run inside a fresh virtual environment by
``scripts/smoke``, not by pytest): the package imports without grpcio or protobuf, the IDL
codec works, the local admin starts, and one call goes through each installed backend."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import sys


def installed(distribution: str) -> bool:
    try:
        importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def main() -> None:
    import flytekit_core
    from flytekit_core import _flyrs
    from flytekit_core.idl.flyteidl.core import identifier_pb2
    from flytekit_core.local_admin import LocalAdmin
    from flytekit_core.remote import FlyteRemote

    assert _flyrs.__version__ == flytekit_core.__version__, (_flyrs.__version__, flytekit_core.__version__)
    layer = installed("flytekit-remote")
    if not layer and not installed("flytekit"):  # flytekit-core alone: nothing of the legacy stack came with it
        for module in ("grpc", "google.protobuf", "flyteidl"):
            assert importlib.util.find_spec(module.split(".")[0]) is None, f"{module} is installed"
    identifier = identifier_pb2.Identifier(project="p", domain="d", name="n", version="v")
    assert identifier_pb2.Identifier.FromString(identifier.SerializeToString()) == identifier
    with LocalAdmin() as admin, FlyteRemote.local() as remote:
        assert admin.endpoint.startswith("127.0.0.1:")
        assert [p.id for p in remote.list_projects()] == ["flytesnacks"]
        backends = ["rust"]
        if layer:
            from flytekit.configuration import Config
            from flytekit.remote import FlyteRemote as SwitchingRemote

            for backend in ("grpc", "rust"):
                with SwitchingRemote(Config.for_endpoint(admin.endpoint, insecure=True), backend=backend) as r:
                    assert [p.id for p in r.list_projects()] == ["flytesnacks"]
            backends.append("grpc (flytekit-remote)")
    print(f"CPython {sys.version.split()[0]}: flytekit-core {flytekit_core.__version__} works; backends: "
          f"{', '.join(backends)}")  # fmt: skip


if __name__ == "__main__":
    main()
