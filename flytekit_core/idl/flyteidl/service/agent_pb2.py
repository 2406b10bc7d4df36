"""Generated from flyteidl/service/agent.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.admin import agent_pb2 as _flyteidl_admin_agent_pb2  # noqa: F401


_register_file(
    "flyteidl/service/agent.proto",
    _SHA256,
    {
    },
)
