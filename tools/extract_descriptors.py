"""Write the pinned flyteidl descriptors as one FileDescriptorSet.

Needs flytekit-remote's `grpc` extra (protobuf and flyteidl at the pinned version). The output is
the single source of truth for everything derived from the IDL; see tools/regen_idl.py.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import pkgutil
from pathlib import Path

FLYTEIDL_VERSION = "1.16.8"
OUTPUT = Path(__file__).resolve().parent.parent / "rust/flyrs/core/idl/flyteidl.binpb"


def collect_files() -> list:
    """Every flyteidl file plus the files it imports, in dependency order."""
    import flyteidl
    from google.protobuf import descriptor_pb2

    installed = importlib.metadata.version("flyteidl")
    if installed != FLYTEIDL_VERSION:
        raise SystemExit(f"flyteidl {FLYTEIDL_VERSION} is pinned, but {installed} is installed")
    modules = sorted(m.name for m in pkgutil.walk_packages(flyteidl.__path__, "flyteidl.") if m.name.endswith("_pb2"))
    ordered: list = []
    seen: set[str] = set()

    def visit(file_descriptor) -> None:
        if file_descriptor.name in seen:
            return
        seen.add(file_descriptor.name)
        for dependency in file_descriptor.dependencies:
            visit(dependency)
        proto = descriptor_pb2.FileDescriptorProto()
        file_descriptor.CopyToProto(proto)
        ordered.append(proto)

    for name in modules:
        visit(importlib.import_module(name).DESCRIPTOR)
    return ordered


def main() -> None:
    from google.protobuf import descriptor_pb2

    files = collect_files()
    file_set = descriptor_pb2.FileDescriptorSet(file=files)
    OUTPUT.write_bytes(file_set.SerializeToString(deterministic=True))
    print(f"wrote {len(files)} files to {OUTPUT.name}")


if __name__ == "__main__":
    main()
