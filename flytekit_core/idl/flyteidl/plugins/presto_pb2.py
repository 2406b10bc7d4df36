"""Generated from flyteidl/plugins/presto.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class PrestoQuery(_Message):
    __slots__ = ("routing_group", "catalog", "schema", "statement")

    ROUTING_GROUP_FIELD_NUMBER = 1
    CATALOG_FIELD_NUMBER = 2
    SCHEMA_FIELD_NUMBER = 3
    STATEMENT_FIELD_NUMBER = 4

    routing_group: str
    catalog: str
    schema: str
    statement: str

    if _TYPE_CHECKING:
        def __init__(self, *, routing_group: str | None = ..., catalog: str | None = ..., schema: str | None = ..., statement: str | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/presto.proto",
    _SHA256,
    {
        "flyteidl.plugins.PrestoQuery": PrestoQuery,
    },
)
