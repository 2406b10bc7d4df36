"""Generated from flyteidl/core/identifier.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class ResourceType(_Enum):
    UNSPECIFIED = 0
    TASK = 1
    WORKFLOW = 2
    LAUNCH_PLAN = 3
    DATASET = 4

UNSPECIFIED = ResourceType.UNSPECIFIED
TASK = ResourceType.TASK
WORKFLOW = ResourceType.WORKFLOW
LAUNCH_PLAN = ResourceType.LAUNCH_PLAN
DATASET = ResourceType.DATASET

class Identifier(_Message):
    __slots__ = ("resource_type", "project", "domain", "name", "version", "org")

    RESOURCE_TYPE_FIELD_NUMBER = 1
    PROJECT_FIELD_NUMBER = 2
    DOMAIN_FIELD_NUMBER = 3
    NAME_FIELD_NUMBER = 4
    VERSION_FIELD_NUMBER = 5
    ORG_FIELD_NUMBER = 6

    resource_type: int
    project: str
    domain: str
    name: str
    version: str
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, resource_type: int | str | None = ..., project: str | None = ..., domain: str | None = ..., name: str | None = ..., version: str | None = ..., org: str | None = ...) -> None: ...


class WorkflowExecutionIdentifier(_Message):
    __slots__ = ("project", "domain", "name", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    NAME_FIELD_NUMBER = 4
    ORG_FIELD_NUMBER = 5

    project: str
    domain: str
    name: str
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., name: str | None = ..., org: str | None = ...) -> None: ...


class NodeExecutionIdentifier(_Message):
    __slots__ = ("node_id", "execution_id")

    NODE_ID_FIELD_NUMBER = 1
    EXECUTION_ID_FIELD_NUMBER = 2

    node_id: str
    execution_id: WorkflowExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, node_id: str | None = ..., execution_id: WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskExecutionIdentifier(_Message):
    __slots__ = ("task_id", "node_execution_id", "retry_attempt")

    TASK_ID_FIELD_NUMBER = 1
    NODE_EXECUTION_ID_FIELD_NUMBER = 2
    RETRY_ATTEMPT_FIELD_NUMBER = 3

    task_id: Identifier
    node_execution_id: NodeExecutionIdentifier
    retry_attempt: int

    if _TYPE_CHECKING:
        def __init__(self, *, task_id: Identifier | _Mapping[str, _Any] | None = ..., node_execution_id: NodeExecutionIdentifier | _Mapping[str, _Any] | None = ..., retry_attempt: int | None = ...) -> None: ...


class SignalIdentifier(_Message):
    __slots__ = ("signal_id", "execution_id")

    SIGNAL_ID_FIELD_NUMBER = 1
    EXECUTION_ID_FIELD_NUMBER = 2

    signal_id: str
    execution_id: WorkflowExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, signal_id: str | None = ..., execution_id: WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/identifier.proto",
    _SHA256,
    {
        "flyteidl.core.ResourceType": ResourceType,
        "flyteidl.core.Identifier": Identifier,
        "flyteidl.core.WorkflowExecutionIdentifier": WorkflowExecutionIdentifier,
        "flyteidl.core.NodeExecutionIdentifier": NodeExecutionIdentifier,
        "flyteidl.core.TaskExecutionIdentifier": TaskExecutionIdentifier,
        "flyteidl.core.SignalIdentifier": SignalIdentifier,
    },
)
