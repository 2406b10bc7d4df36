"""Generate the protobuf-free Python IDL modules from the pinned descriptor set.

Each ``foo/bar.proto`` becomes ``flytekit_core/idl/foo/bar_pb2.py``: the module tree mirrors
flyteidl's ``_pb2`` modules, so migrating is a change of import prefix. Classes carry
slots and annotations only; field metadata is read at runtime from the native module,
which embeds the same descriptors (checked by digest when the module is imported).
"""

from __future__ import annotations

import hashlib
import keyword
import shutil
from pathlib import Path

from google.protobuf import descriptor_pb2

ROOT = Path(__file__).resolve().parent.parent
DESCRIPTORS = ROOT / "rust/flyrs/core/idl/flyteidl.binpb"
PACKAGE = "flytekit_core.idl"
OUT = ROOT / "flytekit_core/idl"
GENERATED_TOP = ("flyteidl", "google", "protoc_gen_openapiv2")

# Well-known types get protobuf's helper methods (Timestamp.FromDatetime, Any.Pack, ...).
WELL_KNOWN_MIXINS = {
    "google.protobuf.Any": "AnyMixin",
    "google.protobuf.Timestamp": "TimestampMixin",
    "google.protobuf.Duration": "DurationMixin",
    "google.protobuf.Struct": "StructMixin",
    "google.protobuf.ListValue": "ListValueMixin",
}

FDP = descriptor_pb2.FieldDescriptorProto
_INT_TYPES = {
    FDP.TYPE_INT32, FDP.TYPE_INT64, FDP.TYPE_UINT32, FDP.TYPE_UINT64, FDP.TYPE_SINT32,
    FDP.TYPE_SINT64, FDP.TYPE_FIXED32, FDP.TYPE_FIXED64, FDP.TYPE_SFIXED32, FDP.TYPE_SFIXED64,
}  # fmt: skip
_PY_TYPES = {FDP.TYPE_DOUBLE: "float", FDP.TYPE_FLOAT: "float", FDP.TYPE_BOOL: "bool",
             FDP.TYPE_STRING: "str", FDP.TYPE_BYTES: "bytes", FDP.TYPE_ENUM: "int"}  # fmt: skip


def module_path(proto_name: str) -> str:
    """``flyteidl/core/identifier.proto`` -> ``flyteidl.core.identifier_pb2``."""
    stem = proto_name[: -len(".proto")].replace("-", "_")
    return stem.replace("/", ".") + "_pb2"


def module_alias(proto_name: str) -> str:
    return "_" + module_path(proto_name).replace(".", "_")


class FileGenerator:
    def __init__(self, file: descriptor_pb2.FileDescriptorProto, owners: dict[str, str], sha256: str) -> None:
        self.file = file
        self.owners = owners  # full type name -> proto file defining it
        self.sha256 = sha256
        self.lines: list[str] = []
        self.registered: list[tuple[str, str]] = []  # (full name, Python expression)
        self.maps: dict[str, descriptor_pb2.DescriptorProto] = {}

    def type_ref(self, type_name: str) -> str:
        full = type_name.lstrip(".")
        owner = self.owners[full]
        package = self.file_package(owner)
        local = full[len(package) + 1 :] if package else full
        if owner == self.file.name:
            return local
        return f"{module_alias(owner)}.{local}"

    def file_package(self, proto_name: str) -> str:
        return self.packages[proto_name]

    def emit(self, line: str = "", indent: int = 0) -> None:
        self.lines.append("    " * indent + line if line else "")

    def enum(self, enum: descriptor_pb2.EnumDescriptorProto, scope: str, indent: int) -> None:
        full = f"{scope}.{enum.name}" if scope else enum.name
        self.emit(f"class {enum.name}(_Enum):", indent)
        for value in enum.value:
            self.emit(f"{value.name} = {value.number}", indent + 1)
        self.emit()
        self.registered.append((full, self.qualname(full)))

    def qualname(self, full: str) -> str:
        package = self.file.package
        return full[len(package) + 1 :] if package else full

    def value_type(self, field: descriptor_pb2.FieldDescriptorProto) -> str:
        if field.type in _INT_TYPES:
            return "int"
        if field.type in (FDP.TYPE_MESSAGE, FDP.TYPE_GROUP):
            return self.type_ref(field.type_name)
        return _PY_TYPES[field.type]

    def annotations(self, field: descriptor_pb2.FieldDescriptorProto) -> tuple[str, str]:
        """(attribute annotation, constructor parameter annotation)."""
        repeated = field.label == FDP.LABEL_REPEATED
        entry = self.maps.get(field.type_name.lstrip(".")) if repeated else None
        if entry is not None:
            key = self.value_type(entry.field[0])
            value = self.value_type(entry.field[1])
            is_message = entry.field[1].type == FDP.TYPE_MESSAGE
            container = "_MessageMap" if is_message else "_ScalarMap"
            accepted = f"{value} | _Mapping[str, _Any]" if is_message else value
            return f"{container}[{key}, {value}]", f"_Mapping[{key}, {accepted}] | None"
        value = self.value_type(field)
        if field.type in (FDP.TYPE_MESSAGE, FDP.TYPE_GROUP):
            if repeated:
                return (f"_RepeatedCompositeFieldContainer[{value}]",
                        f"_Iterable[{value} | _Mapping[str, _Any]] | None")  # fmt: skip
            return value, f"{value} | _Mapping[str, _Any] | None"
        accepted = "int | str" if field.type == FDP.TYPE_ENUM else value
        if repeated:
            return f"_RepeatedScalarFieldContainer[{value}]", f"_Iterable[{accepted}] | None"
        return value, f"{accepted} | None"

    def message(self, message: descriptor_pb2.DescriptorProto, scope: str, indent: int) -> None:
        full = f"{scope}.{message.name}" if scope else message.name
        for nested in message.nested_type:
            if nested.options.map_entry:
                self.maps[f"{full}.{nested.name}"] = nested
        mixin = WELL_KNOWN_MIXINS.get(full)
        bases = f"_{mixin}, _Message" if mixin else "_Message"
        self.emit(f"class {message.name}({bases}):", indent)
        body = indent + 1
        slots = ", ".join(f'"{f.name}"' for f in message.field)
        self.emit(f"__slots__ = ({slots}{',' if len(message.field) == 1 else ''})", body)
        for nested_enum in message.enum_type:
            self.emit()
            self.enum(nested_enum, full, body)
            for value in nested_enum.value:
                self.emit(f"{value.name} = {nested_enum.name}.{value.name}", body)
        for nested in message.nested_type:
            self.emit()
            self.message(nested, full, body)
        if message.field:
            self.emit()
        for field in message.field:
            self.emit(f"{field.name.upper()}_FIELD_NUMBER = {field.number}", body)
        for extension in message.extension:
            self.emit(f"{extension.name.upper()}_FIELD_NUMBER = {extension.number}", body)
        if message.field:
            self.emit()
        params = []
        for field in message.field:
            attribute, parameter = self.annotations(field)
            if keyword.iskeyword(field.name):
                continue  # reachable with getattr/setattr and as a ** keyword only
            self.emit(f"{field.name}: {attribute}", body)
            params.append(f"{field.name}: {parameter} = ...")
        self.emit()
        self.emit("if _TYPE_CHECKING:", body)
        signature = ", ".join(["self", "*", *params]) if params else "self"
        if any(keyword.iskeyword(f.name) for f in message.field):
            signature += ", **fields: _Any"
        self.emit(f"def __init__({signature}) -> None: ...", body + 1)
        self.emit()
        self.registered.append((full, self.qualname(full)))

    def generate(self) -> str:
        file = self.file
        self.emit(f'"""Generated from {file.name} (flyteidl {{version}}) by tools/generate_python.py. Do not edit."""')
        self.emit()
        self.emit("from __future__ import annotations")
        self.emit()
        self.emit("from collections.abc import Iterable as _Iterable, Mapping as _Mapping")
        self.emit("from typing import TYPE_CHECKING as _TYPE_CHECKING, Any as _Any")
        self.emit()
        self.emit("from flytekit_core.idl._descriptor import SHA256 as _SHA256")
        self.emit("from flytekit_core.idl.containers import (")
        for name in ("MessageMap", "RepeatedCompositeFieldContainer", "RepeatedScalarFieldContainer", "ScalarMap"):
            self.emit(f"{name} as _{name},", 1)
        self.emit(")")
        self.emit("from flytekit_core.idl.enum import Enum as _Enum")
        self.emit("from flytekit_core.idl.message import Message as _Message, register_file as _register_file")
        for full in sorted(WELL_KNOWN_MIXINS):
            if self.owners.get(full) == file.name:
                self.emit(
                    f"from flytekit_core.idl.well_known import {WELL_KNOWN_MIXINS[full]} as _{WELL_KNOWN_MIXINS[full]}"
                )
        for dependency in file.dependency:
            parent, _, name = f"{PACKAGE}.{module_path(dependency)}".rpartition(".")
            self.emit(f"from {parent} import {name} as {module_alias(dependency)}  # noqa: F401")
        for index in file.public_dependency:  # `import public`: re-exported, as _pb2 does
            self.emit(f"from {PACKAGE}.{module_path(file.dependency[index])} import *  # noqa: F403")
        self.emit()
        for enum in file.enum_type:
            self.emit()
            self.enum(enum, file.package, 0)
            for value in enum.value:
                self.emit(f"{value.name} = {enum.name}.{value.name}")
        if file.extension:
            self.emit()
            self.emit("# Extensions (options for code generators) are not modelled; their numbers are.")
        for extension in file.extension:
            self.emit(f"{extension.name.upper()}_FIELD_NUMBER = {extension.number}")
        for message in file.message_type:
            self.emit()
            self.message(message, file.package, 0)
        self.emit()
        self.emit("_register_file(")
        self.emit(f'"{file.name}",', 1)
        self.emit("_SHA256,", 1)
        self.emit("{", 1)
        for full, expression in self.registered:
            self.emit(f'"{full}": {expression},', 2)
        self.emit("},", 1)
        self.emit(")")
        return "\n".join(self.lines).replace("\n\n\n\n", "\n\n\n") + "\n"


def generate(version: str) -> list[Path]:
    data = DESCRIPTORS.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    file_set = descriptor_pb2.FileDescriptorSet.FromString(data)
    owners: dict[str, str] = {}
    packages: dict[str, str] = {}

    def collect(scope: str, message: descriptor_pb2.DescriptorProto, file_name: str) -> None:
        full = f"{scope}.{message.name}" if scope else message.name
        owners[full] = file_name
        for nested in message.nested_type:
            collect(full, nested, file_name)
        for enum in message.enum_type:
            owners[f"{full}.{enum.name}"] = file_name

    for file in file_set.file:
        packages[file.name] = file.package
        for message in file.message_type:
            collect(file.package, message, file.name)
        for enum in file.enum_type:
            owners[f"{file.package}.{enum.name}" if file.package else enum.name] = file.name

    for top in GENERATED_TOP:
        shutil.rmtree(OUT / top, ignore_errors=True)
    written = []
    for file in file_set.file:
        generator = FileGenerator(file, owners, sha256)
        generator.packages = packages  # type: ignore[attr-defined]
        path = OUT / (module_path(file.name).replace(".", "/") + ".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(generator.generate().replace("{version}", version))
        written.append(path)
        package_dir = path.parent
        while package_dir != OUT:
            init = package_dir / "__init__.py"
            if not init.exists():
                init.write_text('"""Generated package; see flytekit_core.idl."""\n')
            package_dir = package_dir.parent
    (OUT / "_descriptor.py").write_text(
        '"""Digest of the descriptor set the IDL modules were generated from. Generated; do not edit."""\n\n'
        f'SHA256 = "{sha256}"\nFLYTEIDL_VERSION = "{version}"\n'
    )
    return written
