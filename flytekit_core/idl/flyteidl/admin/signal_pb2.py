"""Generated from flyteidl/admin/signal.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.admin import common_pb2 as _flyteidl_admin_common_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import types_pb2 as _flyteidl_core_types_pb2  # noqa: F401


class SignalGetOrCreateRequest(_Message):
    __slots__ = ("id", "type")

    ID_FIELD_NUMBER = 1
    TYPE_FIELD_NUMBER = 2

    id: _flyteidl_core_identifier_pb2.SignalIdentifier
    type: _flyteidl_core_types_pb2.LiteralType

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.SignalIdentifier | _Mapping[str, _Any] | None = ..., type: _flyteidl_core_types_pb2.LiteralType | _Mapping[str, _Any] | None = ...) -> None: ...


class SignalListRequest(_Message):
    __slots__ = ("workflow_execution_id", "limit", "token", "filters", "sort_by")

    WORKFLOW_EXECUTION_ID_FIELD_NUMBER = 1
    LIMIT_FIELD_NUMBER = 2
    TOKEN_FIELD_NUMBER = 3
    FILTERS_FIELD_NUMBER = 4
    SORT_BY_FIELD_NUMBER = 5

    workflow_execution_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    limit: int
    token: str
    filters: str
    sort_by: _flyteidl_admin_common_pb2.Sort

    if _TYPE_CHECKING:
        def __init__(self, *, workflow_execution_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., limit: int | None = ..., token: str | None = ..., filters: str | None = ..., sort_by: _flyteidl_admin_common_pb2.Sort | _Mapping[str, _Any] | None = ...) -> None: ...


class SignalList(_Message):
    __slots__ = ("signals", "token")

    SIGNALS_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    signals: _RepeatedCompositeFieldContainer[Signal]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, signals: _Iterable[Signal | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class SignalSetRequest(_Message):
    __slots__ = ("id", "value")

    ID_FIELD_NUMBER = 1
    VALUE_FIELD_NUMBER = 2

    id: _flyteidl_core_identifier_pb2.SignalIdentifier
    value: _flyteidl_core_literals_pb2.Literal

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.SignalIdentifier | _Mapping[str, _Any] | None = ..., value: _flyteidl_core_literals_pb2.Literal | _Mapping[str, _Any] | None = ...) -> None: ...


class SignalSetResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class Signal(_Message):
    __slots__ = ("id", "type", "value")

    ID_FIELD_NUMBER = 1
    TYPE_FIELD_NUMBER = 2
    VALUE_FIELD_NUMBER = 3

    id: _flyteidl_core_identifier_pb2.SignalIdentifier
    type: _flyteidl_core_types_pb2.LiteralType
    value: _flyteidl_core_literals_pb2.Literal

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.SignalIdentifier | _Mapping[str, _Any] | None = ..., type: _flyteidl_core_types_pb2.LiteralType | _Mapping[str, _Any] | None = ..., value: _flyteidl_core_literals_pb2.Literal | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/signal.proto",
    _SHA256,
    {
        "flyteidl.admin.SignalGetOrCreateRequest": SignalGetOrCreateRequest,
        "flyteidl.admin.SignalListRequest": SignalListRequest,
        "flyteidl.admin.SignalList": SignalList,
        "flyteidl.admin.SignalSetRequest": SignalSetRequest,
        "flyteidl.admin.SignalSetResponse": SignalSetResponse,
        "flyteidl.admin.Signal": Signal,
    },
)
