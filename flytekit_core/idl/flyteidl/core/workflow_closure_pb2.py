"""Generated from flyteidl/core/workflow_closure.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import workflow_pb2 as _flyteidl_core_workflow_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import tasks_pb2 as _flyteidl_core_tasks_pb2  # noqa: F401


class WorkflowClosure(_Message):
    __slots__ = ("workflow", "tasks")

    WORKFLOW_FIELD_NUMBER = 1
    TASKS_FIELD_NUMBER = 2

    workflow: _flyteidl_core_workflow_pb2.WorkflowTemplate
    tasks: _RepeatedCompositeFieldContainer[_flyteidl_core_tasks_pb2.TaskTemplate]

    if _TYPE_CHECKING:
        def __init__(self, *, workflow: _flyteidl_core_workflow_pb2.WorkflowTemplate | _Mapping[str, _Any] | None = ..., tasks: _Iterable[_flyteidl_core_tasks_pb2.TaskTemplate | _Mapping[str, _Any]] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/workflow_closure.proto",
    _SHA256,
    {
        "flyteidl.core.WorkflowClosure": WorkflowClosure,
    },
)
