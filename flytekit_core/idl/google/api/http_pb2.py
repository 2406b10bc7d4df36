"""Generated from google/api/http.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class Http(_Message):
    __slots__ = ("rules", "fully_decode_reserved_expansion")

    RULES_FIELD_NUMBER = 1
    FULLY_DECODE_RESERVED_EXPANSION_FIELD_NUMBER = 2

    rules: _RepeatedCompositeFieldContainer[HttpRule]
    fully_decode_reserved_expansion: bool

    if _TYPE_CHECKING:
        def __init__(self, *, rules: _Iterable[HttpRule | _Mapping[str, _Any]] | None = ..., fully_decode_reserved_expansion: bool | None = ...) -> None: ...


class HttpRule(_Message):
    __slots__ = ("selector", "get", "put", "post", "delete", "patch", "custom", "body", "response_body", "additional_bindings")

    SELECTOR_FIELD_NUMBER = 1
    GET_FIELD_NUMBER = 2
    PUT_FIELD_NUMBER = 3
    POST_FIELD_NUMBER = 4
    DELETE_FIELD_NUMBER = 5
    PATCH_FIELD_NUMBER = 6
    CUSTOM_FIELD_NUMBER = 8
    BODY_FIELD_NUMBER = 7
    RESPONSE_BODY_FIELD_NUMBER = 12
    ADDITIONAL_BINDINGS_FIELD_NUMBER = 11

    selector: str
    get: str
    put: str
    post: str
    delete: str
    patch: str
    custom: CustomHttpPattern
    body: str
    response_body: str
    additional_bindings: _RepeatedCompositeFieldContainer[HttpRule]

    if _TYPE_CHECKING:
        def __init__(self, *, selector: str | None = ..., get: str | None = ..., put: str | None = ..., post: str | None = ..., delete: str | None = ..., patch: str | None = ..., custom: CustomHttpPattern | _Mapping[str, _Any] | None = ..., body: str | None = ..., response_body: str | None = ..., additional_bindings: _Iterable[HttpRule | _Mapping[str, _Any]] | None = ...) -> None: ...


class CustomHttpPattern(_Message):
    __slots__ = ("kind", "path")

    KIND_FIELD_NUMBER = 1
    PATH_FIELD_NUMBER = 2

    kind: str
    path: str

    if _TYPE_CHECKING:
        def __init__(self, *, kind: str | None = ..., path: str | None = ...) -> None: ...


_register_file(
    "google/api/http.proto",
    _SHA256,
    {
        "google.api.Http": Http,
        "google.api.HttpRule": HttpRule,
        "google.api.CustomHttpPattern": CustomHttpPattern,
    },
)
