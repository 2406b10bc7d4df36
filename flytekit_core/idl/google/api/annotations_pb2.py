"""Generated from google/api/annotations.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.api import http_pb2 as _google_api_http_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import descriptor_pb2 as _google_protobuf_descriptor_pb2  # noqa: F401


# Extensions (options for code generators) are not modelled; their numbers are.
HTTP_FIELD_NUMBER = 72295728

_register_file(
    "google/api/annotations.proto",
    _SHA256,
    {
    },
)
