"""Generated from google/protobuf/struct.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.well_known import ListValueMixin as _ListValueMixin
from flytekit_core.idl.well_known import StructMixin as _StructMixin


class NullValue(_Enum):
    NULL_VALUE = 0

NULL_VALUE = NullValue.NULL_VALUE

class Struct(_StructMixin, _Message):
    __slots__ = ("fields",)

    class FieldsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: Value

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: Value | _Mapping[str, _Any] | None = ...) -> None: ...


    FIELDS_FIELD_NUMBER = 1

    fields: _MessageMap[str, Value]

    if _TYPE_CHECKING:
        def __init__(self, *, fields: _Mapping[str, Value | _Mapping[str, _Any]] | None = ...) -> None: ...


class Value(_Message):
    __slots__ = ("null_value", "number_value", "string_value", "bool_value", "struct_value", "list_value")

    NULL_VALUE_FIELD_NUMBER = 1
    NUMBER_VALUE_FIELD_NUMBER = 2
    STRING_VALUE_FIELD_NUMBER = 3
    BOOL_VALUE_FIELD_NUMBER = 4
    STRUCT_VALUE_FIELD_NUMBER = 5
    LIST_VALUE_FIELD_NUMBER = 6

    null_value: int
    number_value: float
    string_value: str
    bool_value: bool
    struct_value: Struct
    list_value: ListValue

    if _TYPE_CHECKING:
        def __init__(self, *, null_value: int | str | None = ..., number_value: float | None = ..., string_value: str | None = ..., bool_value: bool | None = ..., struct_value: Struct | _Mapping[str, _Any] | None = ..., list_value: ListValue | _Mapping[str, _Any] | None = ...) -> None: ...


class ListValue(_ListValueMixin, _Message):
    __slots__ = ("values",)

    VALUES_FIELD_NUMBER = 1

    values: _RepeatedCompositeFieldContainer[Value]

    if _TYPE_CHECKING:
        def __init__(self, *, values: _Iterable[Value | _Mapping[str, _Any]] | None = ...) -> None: ...


_register_file(
    "google/protobuf/struct.proto",
    _SHA256,
    {
        "google.protobuf.NullValue": NullValue,
        "google.protobuf.Struct.FieldsEntry": Struct.FieldsEntry,
        "google.protobuf.Struct": Struct,
        "google.protobuf.Value": Value,
        "google.protobuf.ListValue": ListValue,
    },
)
