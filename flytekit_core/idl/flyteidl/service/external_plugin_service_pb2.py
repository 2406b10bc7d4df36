"""Generated from flyteidl/service/external_plugin_service.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import tasks_pb2 as _flyteidl_core_tasks_pb2  # noqa: F401


class State(_Enum):
    RETRYABLE_FAILURE = 0
    PERMANENT_FAILURE = 1
    PENDING = 2
    RUNNING = 3
    SUCCEEDED = 4

RETRYABLE_FAILURE = State.RETRYABLE_FAILURE
PERMANENT_FAILURE = State.PERMANENT_FAILURE
PENDING = State.PENDING
RUNNING = State.RUNNING
SUCCEEDED = State.SUCCEEDED

class TaskCreateRequest(_Message):
    __slots__ = ("inputs", "template", "output_prefix")

    INPUTS_FIELD_NUMBER = 1
    TEMPLATE_FIELD_NUMBER = 2
    OUTPUT_PREFIX_FIELD_NUMBER = 3

    inputs: _flyteidl_core_literals_pb2.LiteralMap
    template: _flyteidl_core_tasks_pb2.TaskTemplate
    output_prefix: str

    if _TYPE_CHECKING:
        def __init__(self, *, inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., template: _flyteidl_core_tasks_pb2.TaskTemplate | _Mapping[str, _Any] | None = ..., output_prefix: str | None = ...) -> None: ...


class TaskCreateResponse(_Message):
    __slots__ = ("job_id",)

    JOB_ID_FIELD_NUMBER = 1

    job_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, job_id: str | None = ...) -> None: ...


class TaskGetRequest(_Message):
    __slots__ = ("task_type", "job_id")

    TASK_TYPE_FIELD_NUMBER = 1
    JOB_ID_FIELD_NUMBER = 2

    task_type: str
    job_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, task_type: str | None = ..., job_id: str | None = ...) -> None: ...


class TaskGetResponse(_Message):
    __slots__ = ("state", "outputs")

    STATE_FIELD_NUMBER = 1
    OUTPUTS_FIELD_NUMBER = 2

    state: int
    outputs: _flyteidl_core_literals_pb2.LiteralMap

    if _TYPE_CHECKING:
        def __init__(self, *, state: int | str | None = ..., outputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskDeleteRequest(_Message):
    __slots__ = ("task_type", "job_id")

    TASK_TYPE_FIELD_NUMBER = 1
    JOB_ID_FIELD_NUMBER = 2

    task_type: str
    job_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, task_type: str | None = ..., job_id: str | None = ...) -> None: ...


class TaskDeleteResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


_register_file(
    "flyteidl/service/external_plugin_service.proto",
    _SHA256,
    {
        "flyteidl.service.State": State,
        "flyteidl.service.TaskCreateRequest": TaskCreateRequest,
        "flyteidl.service.TaskCreateResponse": TaskCreateResponse,
        "flyteidl.service.TaskGetRequest": TaskGetRequest,
        "flyteidl.service.TaskGetResponse": TaskGetResponse,
        "flyteidl.service.TaskDeleteRequest": TaskDeleteRequest,
        "flyteidl.service.TaskDeleteResponse": TaskDeleteResponse,
    },
)
