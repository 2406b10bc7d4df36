"""Generated from flyteidl/admin/project.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.admin import common_pb2 as _flyteidl_admin_common_pb2  # noqa: F401


class GetDomainRequest(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class Domain(_Message):
    __slots__ = ("id", "name")

    ID_FIELD_NUMBER = 1
    NAME_FIELD_NUMBER = 2

    id: str
    name: str

    if _TYPE_CHECKING:
        def __init__(self, *, id: str | None = ..., name: str | None = ...) -> None: ...


class GetDomainsResponse(_Message):
    __slots__ = ("domains",)

    DOMAINS_FIELD_NUMBER = 1

    domains: _RepeatedCompositeFieldContainer[Domain]

    if _TYPE_CHECKING:
        def __init__(self, *, domains: _Iterable[Domain | _Mapping[str, _Any]] | None = ...) -> None: ...


class Project(_Message):
    __slots__ = ("id", "name", "domains", "description", "labels", "state", "org")

    class ProjectState(_Enum):
        ACTIVE = 0
        ARCHIVED = 1
        SYSTEM_GENERATED = 2
        SYSTEM_ARCHIVED = 3

    ACTIVE = ProjectState.ACTIVE
    ARCHIVED = ProjectState.ARCHIVED
    SYSTEM_GENERATED = ProjectState.SYSTEM_GENERATED
    SYSTEM_ARCHIVED = ProjectState.SYSTEM_ARCHIVED

    ID_FIELD_NUMBER = 1
    NAME_FIELD_NUMBER = 2
    DOMAINS_FIELD_NUMBER = 3
    DESCRIPTION_FIELD_NUMBER = 4
    LABELS_FIELD_NUMBER = 5
    STATE_FIELD_NUMBER = 6
    ORG_FIELD_NUMBER = 7

    id: str
    name: str
    domains: _RepeatedCompositeFieldContainer[Domain]
    description: str
    labels: _flyteidl_admin_common_pb2.Labels
    state: int
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, id: str | None = ..., name: str | None = ..., domains: _Iterable[Domain | _Mapping[str, _Any]] | None = ..., description: str | None = ..., labels: _flyteidl_admin_common_pb2.Labels | _Mapping[str, _Any] | None = ..., state: int | str | None = ..., org: str | None = ...) -> None: ...


class Projects(_Message):
    __slots__ = ("projects", "token")

    PROJECTS_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    projects: _RepeatedCompositeFieldContainer[Project]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, projects: _Iterable[Project | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class ProjectListRequest(_Message):
    __slots__ = ("limit", "token", "filters", "sort_by", "org")

    LIMIT_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2
    FILTERS_FIELD_NUMBER = 3
    SORT_BY_FIELD_NUMBER = 4
    ORG_FIELD_NUMBER = 5

    limit: int
    token: str
    filters: str
    sort_by: _flyteidl_admin_common_pb2.Sort
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, limit: int | None = ..., token: str | None = ..., filters: str | None = ..., sort_by: _flyteidl_admin_common_pb2.Sort | _Mapping[str, _Any] | None = ..., org: str | None = ...) -> None: ...


class ProjectRegisterRequest(_Message):
    __slots__ = ("project",)

    PROJECT_FIELD_NUMBER = 1

    project: Project

    if _TYPE_CHECKING:
        def __init__(self, *, project: Project | _Mapping[str, _Any] | None = ...) -> None: ...


class ProjectRegisterResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class ProjectUpdateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class ProjectGetRequest(_Message):
    __slots__ = ("id", "org")

    ID_FIELD_NUMBER = 1
    ORG_FIELD_NUMBER = 2

    id: str
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, id: str | None = ..., org: str | None = ...) -> None: ...


class InactiveProject(_Message):
    __slots__ = ("id", "org")

    ID_FIELD_NUMBER = 1
    ORG_FIELD_NUMBER = 2

    id: str
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, id: str | None = ..., org: str | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/project.proto",
    _SHA256,
    {
        "flyteidl.admin.GetDomainRequest": GetDomainRequest,
        "flyteidl.admin.Domain": Domain,
        "flyteidl.admin.GetDomainsResponse": GetDomainsResponse,
        "flyteidl.admin.Project.ProjectState": Project.ProjectState,
        "flyteidl.admin.Project": Project,
        "flyteidl.admin.Projects": Projects,
        "flyteidl.admin.ProjectListRequest": ProjectListRequest,
        "flyteidl.admin.ProjectRegisterRequest": ProjectRegisterRequest,
        "flyteidl.admin.ProjectRegisterResponse": ProjectRegisterResponse,
        "flyteidl.admin.ProjectUpdateResponse": ProjectUpdateResponse,
        "flyteidl.admin.ProjectGetRequest": ProjectGetRequest,
        "flyteidl.admin.InactiveProject": InactiveProject,
    },
)
