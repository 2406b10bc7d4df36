"""The Rust and Python sides derive from one pinned descriptor set, and say so."""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
from pathlib import Path

import pytest

import flytekit_core.idl
from flytekit_core import _flyrs
from flytekit_core.idl import _descriptor
from flytekit_core.idl.message import register_file

DESCRIPTOR_SET = Path(__file__).resolve().parent.parent / "rust/flyrs/core/idl/flyteidl.binpb"


def test_native_module_and_generated_modules_share_the_descriptor_set() -> None:
    digest = hashlib.sha256(DESCRIPTOR_SET.read_bytes()).hexdigest()
    assert _flyrs.DESCRIPTOR_SHA256 == digest
    assert _descriptor.SHA256 == digest
    assert _flyrs.FLYTEIDL_VERSION == _descriptor.FLYTEIDL_VERSION == "1.16.8"


def test_a_module_from_other_descriptors_refuses_to_import() -> None:
    with pytest.raises(ImportError, match="different IDL descriptors"):
        register_file("flyteidl/core/identifier.proto", "0" * 64, {})


def all_generated_modules() -> list[str]:
    names = []
    for top in ("flyteidl", "google", "protoc_gen_openapiv2"):
        package = importlib.import_module(f"flytekit_core.idl.{top}")
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if info.name.endswith("_pb2"):
                names.append(info.name)
    return names


def test_every_file_message_and_enum_has_a_class() -> None:
    from flytekit_core.idl.enum import Enum
    from flytekit_core.idl.message import _CLASSES, Message

    modules = all_generated_modules()
    for name in modules:
        importlib.import_module(name)
    assert len(modules) == 73
    messages = [c for c in _CLASSES.values() if issubclass(c, Message)]
    enums = [c for c in _CLASSES.values() if issubclass(c, Enum)]
    assert (len(messages), len(enums)) == (555, 81)
    for cls in messages:
        assert {f.name for f in cls.DESCRIPTOR.fields} == set(cls.__slots__)


def test_module_tree_mirrors_flyteidl() -> None:
    """Every public name of every _pb2 module, message class and enum exists here too."""
    pytest.importorskip("flyteidl")
    extension_api = {"Extensions", "HasExtension", "ClearExtension", "UnknownFields", "RegisterExtension"}

    def compare(theirs: object, ours: object, where: str) -> None:
        for attr in dir(theirs):
            if attr.startswith("_") or attr in extension_api or attr == "DESCRIPTOR":
                continue
            value = getattr(theirs, attr)
            if type(value).__name__ == "FieldDescriptor" or isinstance(value, type(flytekit_core.idl)):
                continue  # extensions (code generator options) are not modelled
            assert hasattr(ours, attr), f"{where}.{attr} is missing"
            if isinstance(value, type):
                compare(value, getattr(ours, attr), f"{where}.{attr}")
            elif type(value) is int:
                assert getattr(ours, attr) == value, f"{where}.{attr}"

    for name in all_generated_modules():
        compare(importlib.import_module(name.removeprefix("flytekit_core.idl.")), importlib.import_module(name), name)
