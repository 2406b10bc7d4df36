"""Generated from flyteidl/plugins/waitable.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import execution_pb2 as _flyteidl_core_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401


class Waitable(_Message):
    __slots__ = ("wf_exec_id", "phase", "workflow_id")

    WF_EXEC_ID_FIELD_NUMBER = 1
    PHASE_FIELD_NUMBER = 2
    WORKFLOW_ID_FIELD_NUMBER = 3

    wf_exec_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    phase: int
    workflow_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, wf_exec_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., phase: int | str | None = ..., workflow_id: str | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/waitable.proto",
    _SHA256,
    {
        "flyteidl.plugins.Waitable": Waitable,
    },
)
