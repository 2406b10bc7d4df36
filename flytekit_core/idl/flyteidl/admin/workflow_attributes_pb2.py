"""Generated from flyteidl/admin/workflow_attributes.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.admin import matchable_resource_pb2 as _flyteidl_admin_matchable_resource_pb2  # noqa: F401


class WorkflowAttributes(_Message):
    __slots__ = ("project", "domain", "workflow", "matching_attributes", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    WORKFLOW_FIELD_NUMBER = 3
    MATCHING_ATTRIBUTES_FIELD_NUMBER = 4
    ORG_FIELD_NUMBER = 5

    project: str
    domain: str
    workflow: str
    matching_attributes: _flyteidl_admin_matchable_resource_pb2.MatchingAttributes
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., workflow: str | None = ..., matching_attributes: _flyteidl_admin_matchable_resource_pb2.MatchingAttributes | _Mapping[str, _Any] | None = ..., org: str | None = ...) -> None: ...


class WorkflowAttributesUpdateRequest(_Message):
    __slots__ = ("attributes",)

    ATTRIBUTES_FIELD_NUMBER = 1

    attributes: WorkflowAttributes

    if _TYPE_CHECKING:
        def __init__(self, *, attributes: WorkflowAttributes | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowAttributesUpdateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class WorkflowAttributesGetRequest(_Message):
    __slots__ = ("project", "domain", "workflow", "resource_type", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    WORKFLOW_FIELD_NUMBER = 3
    RESOURCE_TYPE_FIELD_NUMBER = 4
    ORG_FIELD_NUMBER = 5

    project: str
    domain: str
    workflow: str
    resource_type: int
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., workflow: str | None = ..., resource_type: int | str | None = ..., org: str | None = ...) -> None: ...


class WorkflowAttributesGetResponse(_Message):
    __slots__ = ("attributes",)

    ATTRIBUTES_FIELD_NUMBER = 1

    attributes: WorkflowAttributes

    if _TYPE_CHECKING:
        def __init__(self, *, attributes: WorkflowAttributes | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowAttributesDeleteRequest(_Message):
    __slots__ = ("project", "domain", "workflow", "resource_type", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    WORKFLOW_FIELD_NUMBER = 3
    RESOURCE_TYPE_FIELD_NUMBER = 4
    ORG_FIELD_NUMBER = 5

    project: str
    domain: str
    workflow: str
    resource_type: int
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., workflow: str | None = ..., resource_type: int | str | None = ..., org: str | None = ...) -> None: ...


class WorkflowAttributesDeleteResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


_register_file(
    "flyteidl/admin/workflow_attributes.proto",
    _SHA256,
    {
        "flyteidl.admin.WorkflowAttributes": WorkflowAttributes,
        "flyteidl.admin.WorkflowAttributesUpdateRequest": WorkflowAttributesUpdateRequest,
        "flyteidl.admin.WorkflowAttributesUpdateResponse": WorkflowAttributesUpdateResponse,
        "flyteidl.admin.WorkflowAttributesGetRequest": WorkflowAttributesGetRequest,
        "flyteidl.admin.WorkflowAttributesGetResponse": WorkflowAttributesGetResponse,
        "flyteidl.admin.WorkflowAttributesDeleteRequest": WorkflowAttributesDeleteRequest,
        "flyteidl.admin.WorkflowAttributesDeleteResponse": WorkflowAttributesDeleteResponse,
    },
)
