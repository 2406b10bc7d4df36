"""Generated from flyteidl/admin/workflow.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import compiler_pb2 as _flyteidl_core_compiler_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import workflow_pb2 as _flyteidl_core_workflow_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import description_entity_pb2 as _flyteidl_admin_description_entity_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401


class WorkflowCreateRequest(_Message):
    __slots__ = ("id", "spec")

    ID_FIELD_NUMBER = 1
    SPEC_FIELD_NUMBER = 2

    id: _flyteidl_core_identifier_pb2.Identifier
    spec: WorkflowSpec

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., spec: WorkflowSpec | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowCreateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class Workflow(_Message):
    __slots__ = ("id", "closure", "short_description")

    ID_FIELD_NUMBER = 1
    CLOSURE_FIELD_NUMBER = 2
    SHORT_DESCRIPTION_FIELD_NUMBER = 3

    id: _flyteidl_core_identifier_pb2.Identifier
    closure: WorkflowClosure
    short_description: str

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., closure: WorkflowClosure | _Mapping[str, _Any] | None = ..., short_description: str | None = ...) -> None: ...


class WorkflowList(_Message):
    __slots__ = ("workflows", "token")

    WORKFLOWS_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    workflows: _RepeatedCompositeFieldContainer[Workflow]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, workflows: _Iterable[Workflow | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class WorkflowSpec(_Message):
    __slots__ = ("template", "sub_workflows", "description")

    TEMPLATE_FIELD_NUMBER = 1
    SUB_WORKFLOWS_FIELD_NUMBER = 2
    DESCRIPTION_FIELD_NUMBER = 3

    template: _flyteidl_core_workflow_pb2.WorkflowTemplate
    sub_workflows: _RepeatedCompositeFieldContainer[_flyteidl_core_workflow_pb2.WorkflowTemplate]
    description: _flyteidl_admin_description_entity_pb2.DescriptionEntity

    if _TYPE_CHECKING:
        def __init__(self, *, template: _flyteidl_core_workflow_pb2.WorkflowTemplate | _Mapping[str, _Any] | None = ..., sub_workflows: _Iterable[_flyteidl_core_workflow_pb2.WorkflowTemplate | _Mapping[str, _Any]] | None = ..., description: _flyteidl_admin_description_entity_pb2.DescriptionEntity | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowClosure(_Message):
    __slots__ = ("compiled_workflow", "created_at")

    COMPILED_WORKFLOW_FIELD_NUMBER = 1
    CREATED_AT_FIELD_NUMBER = 2

    compiled_workflow: _flyteidl_core_compiler_pb2.CompiledWorkflowClosure
    created_at: _google_protobuf_timestamp_pb2.Timestamp

    if _TYPE_CHECKING:
        def __init__(self, *, compiled_workflow: _flyteidl_core_compiler_pb2.CompiledWorkflowClosure | _Mapping[str, _Any] | None = ..., created_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowErrorExistsDifferentStructure(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.Identifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowErrorExistsIdenticalStructure(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.Identifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ...) -> None: ...


class CreateWorkflowFailureReason(_Message):
    __slots__ = ("exists_different_structure", "exists_identical_structure")

    EXISTS_DIFFERENT_STRUCTURE_FIELD_NUMBER = 1
    EXISTS_IDENTICAL_STRUCTURE_FIELD_NUMBER = 2

    exists_different_structure: WorkflowErrorExistsDifferentStructure
    exists_identical_structure: WorkflowErrorExistsIdenticalStructure

    if _TYPE_CHECKING:
        def __init__(self, *, exists_different_structure: WorkflowErrorExistsDifferentStructure | _Mapping[str, _Any] | None = ..., exists_identical_structure: WorkflowErrorExistsIdenticalStructure | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/workflow.proto",
    _SHA256,
    {
        "flyteidl.admin.WorkflowCreateRequest": WorkflowCreateRequest,
        "flyteidl.admin.WorkflowCreateResponse": WorkflowCreateResponse,
        "flyteidl.admin.Workflow": Workflow,
        "flyteidl.admin.WorkflowList": WorkflowList,
        "flyteidl.admin.WorkflowSpec": WorkflowSpec,
        "flyteidl.admin.WorkflowClosure": WorkflowClosure,
        "flyteidl.admin.WorkflowErrorExistsDifferentStructure": WorkflowErrorExistsDifferentStructure,
        "flyteidl.admin.WorkflowErrorExistsIdenticalStructure": WorkflowErrorExistsIdenticalStructure,
        "flyteidl.admin.CreateWorkflowFailureReason": CreateWorkflowFailureReason,
    },
)
