"""Generated from flyteidl/core/dynamic_job.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import tasks_pb2 as _flyteidl_core_tasks_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import workflow_pb2 as _flyteidl_core_workflow_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401


class DynamicJobSpec(_Message):
    __slots__ = ("nodes", "min_successes", "outputs", "tasks", "subworkflows")

    NODES_FIELD_NUMBER = 1
    MIN_SUCCESSES_FIELD_NUMBER = 2
    OUTPUTS_FIELD_NUMBER = 3
    TASKS_FIELD_NUMBER = 4
    SUBWORKFLOWS_FIELD_NUMBER = 5

    nodes: _RepeatedCompositeFieldContainer[_flyteidl_core_workflow_pb2.Node]
    min_successes: int
    outputs: _RepeatedCompositeFieldContainer[_flyteidl_core_literals_pb2.Binding]
    tasks: _RepeatedCompositeFieldContainer[_flyteidl_core_tasks_pb2.TaskTemplate]
    subworkflows: _RepeatedCompositeFieldContainer[_flyteidl_core_workflow_pb2.WorkflowTemplate]

    if _TYPE_CHECKING:
        def __init__(self, *, nodes: _Iterable[_flyteidl_core_workflow_pb2.Node | _Mapping[str, _Any]] | None = ..., min_successes: int | None = ..., outputs: _Iterable[_flyteidl_core_literals_pb2.Binding | _Mapping[str, _Any]] | None = ..., tasks: _Iterable[_flyteidl_core_tasks_pb2.TaskTemplate | _Mapping[str, _Any]] | None = ..., subworkflows: _Iterable[_flyteidl_core_workflow_pb2.WorkflowTemplate | _Mapping[str, _Any]] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/dynamic_job.proto",
    _SHA256,
    {
        "flyteidl.core.DynamicJobSpec": DynamicJobSpec,
    },
)
