"""Generated from google/protobuf/wrappers.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

from __future__ import annotations

from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING, Any as _Any

from flytekit_core.idl._descriptor import SHA256 as _SHA256
from flytekit_core.idl.containers import (
    MessageMap as _MessageMap,
    RepeatedCompositeFieldContainer as _RepeatedCompositeFieldContainer,
    RepeatedScalarFieldContainer as _RepeatedScalarFieldContainer,
    ScalarMap as _ScalarMap,
)
from flytekit_core.idl.enum import Enum as _Enum
from flytekit_core.idl.message import Message as _Message, register_file as _register_file


class DoubleValue(_Message):
    __slots__ = ("value",)

    VALUE_FIELD_NUMBER = 1

    value: float

    if _TYPE_CHECKING:
        def __init__(self, *, value: float | None = ...) -> None: ...


class FloatValue(_Message):
    __slots__ = ("value",)

    VALUE_FIELD_NUMBER = 1

    value: float

    if _TYPE_CHECKING:
        def __init__(self, *, value: float | None = ...) -> None: ...


class Int64Value(_Message):
    __slots__ = ("value",)

    VALUE_FIELD_NUMBER = 1

    value: int

    if _TYPE_CHECKING:
        def __init__(self, *, value: int | None = ...) -> None: ...


class UInt64Value(_Message):
    __slots__ = ("value",)

    VALUE_FIELD_NUMBER = 1

    value: int

    if _TYPE_CHECKING:
        def __init__(self, *, value: int | None = ...) -> None: ...


class Int32Value(_Message):
    __slots__ = ("value",)

    VALUE_FIELD_NUMBER = 1

    value: int

    if _TYPE_CHECKING:
        def __init__(self, *, value: int | None = ...) -> None: ...


class UInt32Value(_Message):
    __slots__ = ("value",)

    VALUE_FIELD_NUMBER = 1

    value: int

    if _TYPE_CHECKING:
        def __init__(self, *, value: int | None = ...) -> None: ...


class BoolValue(_Message):
    __slots__ = ("value",)

    VALUE_FIELD_NUMBER = 1

    value: bool

    if _TYPE_CHECKING:
        def __init__(self, *, value: bool | None = ...) -> None: ...


class StringValue(_Message):
    __slots__ = ("value",)

    VALUE_FIELD_NUMBER = 1

    value: str

    if _TYPE_CHECKING:
        def __init__(self, *, value: str | None = ...) -> None: ...


class BytesValue(_Message):
    __slots__ = ("value",)

    VALUE_FIELD_NUMBER = 1

    value: bytes

    if _TYPE_CHECKING:
        def __init__(self, *, value: bytes | None = ...) -> None: ...


_register_file(
    "google/protobuf/wrappers.proto",
    _SHA256,
    {
        "google.protobuf.DoubleValue": DoubleValue,
        "google.protobuf.FloatValue": FloatValue,
        "google.protobuf.Int64Value": Int64Value,
        "google.protobuf.UInt64Value": UInt64Value,
        "google.protobuf.Int32Value": Int32Value,
        "google.protobuf.UInt32Value": UInt32Value,
        "google.protobuf.BoolValue": BoolValue,
        "google.protobuf.StringValue": StringValue,
        "google.protobuf.BytesValue": BytesValue,
    },
)
