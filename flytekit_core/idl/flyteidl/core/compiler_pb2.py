"""Generated from flyteidl/core/compiler.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import interface_pb2 as _flyteidl_core_interface_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import workflow_pb2 as _flyteidl_core_workflow_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import tasks_pb2 as _flyteidl_core_tasks_pb2  # noqa: F401


class ConnectionSet(_Message):
    __slots__ = ("downstream", "upstream")

    class IdList(_Message):
        __slots__ = ("ids",)

        IDS_FIELD_NUMBER = 1

        ids: _RepeatedScalarFieldContainer[str]

        if _TYPE_CHECKING:
            def __init__(self, *, ids: _Iterable[str] | None = ...) -> None: ...


    class DownstreamEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: ConnectionSet.IdList

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: ConnectionSet.IdList | _Mapping[str, _Any] | None = ...) -> None: ...


    class UpstreamEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: ConnectionSet.IdList

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: ConnectionSet.IdList | _Mapping[str, _Any] | None = ...) -> None: ...


    DOWNSTREAM_FIELD_NUMBER = 7
    UPSTREAM_FIELD_NUMBER = 8

    downstream: _MessageMap[str, ConnectionSet.IdList]
    upstream: _MessageMap[str, ConnectionSet.IdList]

    if _TYPE_CHECKING:
        def __init__(self, *, downstream: _Mapping[str, ConnectionSet.IdList | _Mapping[str, _Any]] | None = ..., upstream: _Mapping[str, ConnectionSet.IdList | _Mapping[str, _Any]] | None = ...) -> None: ...


class CompiledWorkflow(_Message):
    __slots__ = ("template", "connections")

    TEMPLATE_FIELD_NUMBER = 1
    CONNECTIONS_FIELD_NUMBER = 2

    template: _flyteidl_core_workflow_pb2.WorkflowTemplate
    connections: ConnectionSet

    if _TYPE_CHECKING:
        def __init__(self, *, template: _flyteidl_core_workflow_pb2.WorkflowTemplate | _Mapping[str, _Any] | None = ..., connections: ConnectionSet | _Mapping[str, _Any] | None = ...) -> None: ...


class CompiledLaunchPlan(_Message):
    __slots__ = ("template",)

    TEMPLATE_FIELD_NUMBER = 1

    template: _flyteidl_core_workflow_pb2.LaunchPlanTemplate

    if _TYPE_CHECKING:
        def __init__(self, *, template: _flyteidl_core_workflow_pb2.LaunchPlanTemplate | _Mapping[str, _Any] | None = ...) -> None: ...


class CompiledTask(_Message):
    __slots__ = ("template",)

    TEMPLATE_FIELD_NUMBER = 1

    template: _flyteidl_core_tasks_pb2.TaskTemplate

    if _TYPE_CHECKING:
        def __init__(self, *, template: _flyteidl_core_tasks_pb2.TaskTemplate | _Mapping[str, _Any] | None = ...) -> None: ...


class CompiledWorkflowClosure(_Message):
    __slots__ = ("primary", "sub_workflows", "tasks", "launch_plans")

    PRIMARY_FIELD_NUMBER = 1
    SUB_WORKFLOWS_FIELD_NUMBER = 2
    TASKS_FIELD_NUMBER = 3
    LAUNCH_PLANS_FIELD_NUMBER = 4

    primary: CompiledWorkflow
    sub_workflows: _RepeatedCompositeFieldContainer[CompiledWorkflow]
    tasks: _RepeatedCompositeFieldContainer[CompiledTask]
    launch_plans: _RepeatedCompositeFieldContainer[CompiledLaunchPlan]

    if _TYPE_CHECKING:
        def __init__(self, *, primary: CompiledWorkflow | _Mapping[str, _Any] | None = ..., sub_workflows: _Iterable[CompiledWorkflow | _Mapping[str, _Any]] | None = ..., tasks: _Iterable[CompiledTask | _Mapping[str, _Any]] | None = ..., launch_plans: _Iterable[CompiledLaunchPlan | _Mapping[str, _Any]] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/compiler.proto",
    _SHA256,
    {
        "flyteidl.core.ConnectionSet.IdList": ConnectionSet.IdList,
        "flyteidl.core.ConnectionSet.DownstreamEntry": ConnectionSet.DownstreamEntry,
        "flyteidl.core.ConnectionSet.UpstreamEntry": ConnectionSet.UpstreamEntry,
        "flyteidl.core.ConnectionSet": ConnectionSet,
        "flyteidl.core.CompiledWorkflow": CompiledWorkflow,
        "flyteidl.core.CompiledLaunchPlan": CompiledLaunchPlan,
        "flyteidl.core.CompiledTask": CompiledTask,
        "flyteidl.core.CompiledWorkflowClosure": CompiledWorkflowClosure,
    },
)
