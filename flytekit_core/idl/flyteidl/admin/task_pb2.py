"""Generated from flyteidl/admin/task.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import tasks_pb2 as _flyteidl_core_tasks_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import compiler_pb2 as _flyteidl_core_compiler_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import description_entity_pb2 as _flyteidl_admin_description_entity_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401


class TaskCreateRequest(_Message):
    __slots__ = ("id", "spec")

    ID_FIELD_NUMBER = 1
    SPEC_FIELD_NUMBER = 2

    id: _flyteidl_core_identifier_pb2.Identifier
    spec: TaskSpec

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., spec: TaskSpec | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskCreateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class Task(_Message):
    __slots__ = ("id", "closure", "short_description")

    ID_FIELD_NUMBER = 1
    CLOSURE_FIELD_NUMBER = 2
    SHORT_DESCRIPTION_FIELD_NUMBER = 3

    id: _flyteidl_core_identifier_pb2.Identifier
    closure: TaskClosure
    short_description: str

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., closure: TaskClosure | _Mapping[str, _Any] | None = ..., short_description: str | None = ...) -> None: ...


class TaskList(_Message):
    __slots__ = ("tasks", "token")

    TASKS_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    tasks: _RepeatedCompositeFieldContainer[Task]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, tasks: _Iterable[Task | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class TaskSpec(_Message):
    __slots__ = ("template", "description")

    TEMPLATE_FIELD_NUMBER = 1
    DESCRIPTION_FIELD_NUMBER = 2

    template: _flyteidl_core_tasks_pb2.TaskTemplate
    description: _flyteidl_admin_description_entity_pb2.DescriptionEntity

    if _TYPE_CHECKING:
        def __init__(self, *, template: _flyteidl_core_tasks_pb2.TaskTemplate | _Mapping[str, _Any] | None = ..., description: _flyteidl_admin_description_entity_pb2.DescriptionEntity | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskClosure(_Message):
    __slots__ = ("compiled_task", "created_at")

    COMPILED_TASK_FIELD_NUMBER = 1
    CREATED_AT_FIELD_NUMBER = 2

    compiled_task: _flyteidl_core_compiler_pb2.CompiledTask
    created_at: _google_protobuf_timestamp_pb2.Timestamp

    if _TYPE_CHECKING:
        def __init__(self, *, compiled_task: _flyteidl_core_compiler_pb2.CompiledTask | _Mapping[str, _Any] | None = ..., created_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/task.proto",
    _SHA256,
    {
        "flyteidl.admin.TaskCreateRequest": TaskCreateRequest,
        "flyteidl.admin.TaskCreateResponse": TaskCreateResponse,
        "flyteidl.admin.Task": Task,
        "flyteidl.admin.TaskList": TaskList,
        "flyteidl.admin.TaskSpec": TaskSpec,
        "flyteidl.admin.TaskClosure": TaskClosure,
    },
)
