"""Generated from flyteidl/admin/version.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class GetVersionResponse(_Message):
    __slots__ = ("control_plane_version",)

    CONTROL_PLANE_VERSION_FIELD_NUMBER = 1

    control_plane_version: Version

    if _TYPE_CHECKING:
        def __init__(self, *, control_plane_version: Version | _Mapping[str, _Any] | None = ...) -> None: ...


class Version(_Message):
    __slots__ = ("Build", "Version", "BuildTime")

    BUILD_FIELD_NUMBER = 1
    VERSION_FIELD_NUMBER = 2
    BUILDTIME_FIELD_NUMBER = 3

    Build: str
    Version: str
    BuildTime: str

    if _TYPE_CHECKING:
        def __init__(self, *, Build: str | None = ..., Version: str | None = ..., BuildTime: str | None = ...) -> None: ...


class GetVersionRequest(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


_register_file(
    "flyteidl/admin/version.proto",
    _SHA256,
    {
        "flyteidl.admin.GetVersionResponse": GetVersionResponse,
        "flyteidl.admin.Version": Version,
        "flyteidl.admin.GetVersionRequest": GetVersionRequest,
    },
)
