"""Generated from flyteidl/admin/project_domain_attributes.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class ProjectDomainAttributes(_Message):
    __slots__ = ("project", "domain", "matching_attributes", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    MATCHING_ATTRIBUTES_FIELD_NUMBER = 3
    ORG_FIELD_NUMBER = 4

    project: str
    domain: str
    matching_attributes: _flyteidl_admin_matchable_resource_pb2.MatchingAttributes
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., matching_attributes: _flyteidl_admin_matchable_resource_pb2.MatchingAttributes | _Mapping[str, _Any] | None = ..., org: str | None = ...) -> None: ...


class ProjectDomainAttributesUpdateRequest(_Message):
    __slots__ = ("attributes",)

    ATTRIBUTES_FIELD_NUMBER = 1

    attributes: ProjectDomainAttributes

    if _TYPE_CHECKING:
        def __init__(self, *, attributes: ProjectDomainAttributes | _Mapping[str, _Any] | None = ...) -> None: ...


class ProjectDomainAttributesUpdateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class ProjectDomainAttributesGetRequest(_Message):
    __slots__ = ("project", "domain", "resource_type", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    RESOURCE_TYPE_FIELD_NUMBER = 3
    ORG_FIELD_NUMBER = 4

    project: str
    domain: str
    resource_type: int
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., resource_type: int | str | None = ..., org: str | None = ...) -> None: ...


class ProjectDomainAttributesGetResponse(_Message):
    __slots__ = ("attributes",)

    ATTRIBUTES_FIELD_NUMBER = 1

    attributes: ProjectDomainAttributes

    if _TYPE_CHECKING:
        def __init__(self, *, attributes: ProjectDomainAttributes | _Mapping[str, _Any] | None = ...) -> None: ...


class ProjectDomainAttributesDeleteRequest(_Message):
    __slots__ = ("project", "domain", "resource_type", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    RESOURCE_TYPE_FIELD_NUMBER = 3
    ORG_FIELD_NUMBER = 4

    project: str
    domain: str
    resource_type: int
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., resource_type: int | str | None = ..., org: str | None = ...) -> None: ...


class ProjectDomainAttributesDeleteResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


_register_file(
    "flyteidl/admin/project_domain_attributes.proto",
    _SHA256,
    {
        "flyteidl.admin.ProjectDomainAttributes": ProjectDomainAttributes,
        "flyteidl.admin.ProjectDomainAttributesUpdateRequest": ProjectDomainAttributesUpdateRequest,
        "flyteidl.admin.ProjectDomainAttributesUpdateResponse": ProjectDomainAttributesUpdateResponse,
        "flyteidl.admin.ProjectDomainAttributesGetRequest": ProjectDomainAttributesGetRequest,
        "flyteidl.admin.ProjectDomainAttributesGetResponse": ProjectDomainAttributesGetResponse,
        "flyteidl.admin.ProjectDomainAttributesDeleteRequest": ProjectDomainAttributesDeleteRequest,
        "flyteidl.admin.ProjectDomainAttributesDeleteResponse": ProjectDomainAttributesDeleteResponse,
    },
)
