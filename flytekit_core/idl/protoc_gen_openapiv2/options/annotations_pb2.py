"""Generated from protoc-gen-openapiv2/options/annotations.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.protobuf import descriptor_pb2 as _google_protobuf_descriptor_pb2  # noqa: F401
from flytekit_core.idl.protoc_gen_openapiv2.options import openapiv2_pb2 as _protoc_gen_openapiv2_options_openapiv2_pb2  # noqa: F401


# Extensions (options for code generators) are not modelled; their numbers are.
OPENAPIV2_SWAGGER_FIELD_NUMBER = 1042
OPENAPIV2_OPERATION_FIELD_NUMBER = 1042
OPENAPIV2_SCHEMA_FIELD_NUMBER = 1042
OPENAPIV2_TAG_FIELD_NUMBER = 1042
OPENAPIV2_FIELD_FIELD_NUMBER = 1042

_register_file(
    "protoc-gen-openapiv2/options/annotations.proto",
    _SHA256,
    {
    },
)
