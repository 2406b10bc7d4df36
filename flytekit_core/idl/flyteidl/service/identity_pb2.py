"""Generated from flyteidl/service/identity.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.api import annotations_pb2 as _google_api_annotations_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import struct_pb2 as _google_protobuf_struct_pb2  # noqa: F401
from flytekit_core.idl.protoc_gen_openapiv2.options import annotations_pb2 as _protoc_gen_openapiv2_options_annotations_pb2  # noqa: F401


class UserInfoRequest(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class UserInfoResponse(_Message):
    __slots__ = ("subject", "name", "preferred_username", "given_name", "family_name", "email", "picture", "additional_claims")

    SUBJECT_FIELD_NUMBER = 1
    NAME_FIELD_NUMBER = 2
    PREFERRED_USERNAME_FIELD_NUMBER = 3
    GIVEN_NAME_FIELD_NUMBER = 4
    FAMILY_NAME_FIELD_NUMBER = 5
    EMAIL_FIELD_NUMBER = 6
    PICTURE_FIELD_NUMBER = 7
    ADDITIONAL_CLAIMS_FIELD_NUMBER = 8

    subject: str
    name: str
    preferred_username: str
    given_name: str
    family_name: str
    email: str
    picture: str
    additional_claims: _google_protobuf_struct_pb2.Struct

    if _TYPE_CHECKING:
        def __init__(self, *, subject: str | None = ..., name: str | None = ..., preferred_username: str | None = ..., given_name: str | None = ..., family_name: str | None = ..., email: str | None = ..., picture: str | None = ..., additional_claims: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/service/identity.proto",
    _SHA256,
    {
        "flyteidl.service.UserInfoRequest": UserInfoRequest,
        "flyteidl.service.UserInfoResponse": UserInfoResponse,
    },
)
