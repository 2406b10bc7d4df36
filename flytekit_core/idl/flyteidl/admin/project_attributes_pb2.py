"""Generated from flyteidl/admin/project_attributes.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class ProjectAttributes(_Message):
    __slots__ = ("project", "matching_attributes", "org")

    PROJECT_FIELD_NUMBER = 1
    MATCHING_ATTRIBUTES_FIELD_NUMBER = 2
    ORG_FIELD_NUMBER = 3

    project: str
    matching_attributes: _flyteidl_admin_matchable_resource_pb2.MatchingAttributes
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., matching_attributes: _flyteidl_admin_matchable_resource_pb2.MatchingAttributes | _Mapping[str, _Any] | None = ..., org: str | None = ...) -> None: ...


class ProjectAttributesUpdateRequest(_Message):
    __slots__ = ("attributes",)

    ATTRIBUTES_FIELD_NUMBER = 1

    attributes: ProjectAttributes

    if _TYPE_CHECKING:
        def __init__(self, *, attributes: ProjectAttributes | _Mapping[str, _Any] | None = ...) -> None: ...


class ProjectAttributesUpdateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class ProjectAttributesGetRequest(_Message):
    __slots__ = ("project", "resource_type", "org")

    PROJECT_FIELD_NUMBER = 1
    RESOURCE_TYPE_FIELD_NUMBER = 2
    ORG_FIELD_NUMBER = 3

    project: str
    resource_type: int
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., resource_type: int | str | None = ..., org: str | None = ...) -> None: ...


class ProjectAttributesGetResponse(_Message):
    __slots__ = ("attributes",)

    ATTRIBUTES_FIELD_NUMBER = 1

    attributes: ProjectAttributes

    if _TYPE_CHECKING:
        def __init__(self, *, attributes: ProjectAttributes | _Mapping[str, _Any] | None = ...) -> None: ...


class ProjectAttributesDeleteRequest(_Message):
    __slots__ = ("project", "resource_type", "org")

    PROJECT_FIELD_NUMBER = 1
    RESOURCE_TYPE_FIELD_NUMBER = 2
    ORG_FIELD_NUMBER = 3

    project: str
    resource_type: int
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., resource_type: int | str | None = ..., org: str | None = ...) -> None: ...


class ProjectAttributesDeleteResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


_register_file(
    "flyteidl/admin/project_attributes.proto",
    _SHA256,
    {
        "flyteidl.admin.ProjectAttributes": ProjectAttributes,
        "flyteidl.admin.ProjectAttributesUpdateRequest": ProjectAttributesUpdateRequest,
        "flyteidl.admin.ProjectAttributesUpdateResponse": ProjectAttributesUpdateResponse,
        "flyteidl.admin.ProjectAttributesGetRequest": ProjectAttributesGetRequest,
        "flyteidl.admin.ProjectAttributesGetResponse": ProjectAttributesGetResponse,
        "flyteidl.admin.ProjectAttributesDeleteRequest": ProjectAttributesDeleteRequest,
        "flyteidl.admin.ProjectAttributesDeleteResponse": ProjectAttributesDeleteResponse,
    },
)
