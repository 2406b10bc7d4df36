"""Generated from flyteidl/core/interface.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import types_pb2 as _flyteidl_core_types_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import artifact_id_pb2 as _flyteidl_core_artifact_id_pb2  # noqa: F401


class Variable(_Message):
    __slots__ = ("type", "description", "artifact_partial_id", "artifact_tag")

    TYPE_FIELD_NUMBER = 1
    DESCRIPTION_FIELD_NUMBER = 2
    ARTIFACT_PARTIAL_ID_FIELD_NUMBER = 3
    ARTIFACT_TAG_FIELD_NUMBER = 4

    type: _flyteidl_core_types_pb2.LiteralType
    description: str
    artifact_partial_id: _flyteidl_core_artifact_id_pb2.ArtifactID
    artifact_tag: _flyteidl_core_artifact_id_pb2.ArtifactTag

    if _TYPE_CHECKING:
        def __init__(self, *, type: _flyteidl_core_types_pb2.LiteralType | _Mapping[str, _Any] | None = ..., description: str | None = ..., artifact_partial_id: _flyteidl_core_artifact_id_pb2.ArtifactID | _Mapping[str, _Any] | None = ..., artifact_tag: _flyteidl_core_artifact_id_pb2.ArtifactTag | _Mapping[str, _Any] | None = ...) -> None: ...


class VariableMap(_Message):
    __slots__ = ("variables",)

    class VariablesEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: Variable

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: Variable | _Mapping[str, _Any] | None = ...) -> None: ...


    VARIABLES_FIELD_NUMBER = 1

    variables: _MessageMap[str, Variable]

    if _TYPE_CHECKING:
        def __init__(self, *, variables: _Mapping[str, Variable | _Mapping[str, _Any]] | None = ...) -> None: ...


class TypedInterface(_Message):
    __slots__ = ("inputs", "outputs")

    INPUTS_FIELD_NUMBER = 1
    OUTPUTS_FIELD_NUMBER = 2

    inputs: VariableMap
    outputs: VariableMap

    if _TYPE_CHECKING:
        def __init__(self, *, inputs: VariableMap | _Mapping[str, _Any] | None = ..., outputs: VariableMap | _Mapping[str, _Any] | None = ...) -> None: ...


class Parameter(_Message):
    __slots__ = ("var", "default", "required", "artifact_query", "artifact_id")

    VAR_FIELD_NUMBER = 1
    DEFAULT_FIELD_NUMBER = 2
    REQUIRED_FIELD_NUMBER = 3
    ARTIFACT_QUERY_FIELD_NUMBER = 4
    ARTIFACT_ID_FIELD_NUMBER = 5

    var: Variable
    default: _flyteidl_core_literals_pb2.Literal
    required: bool
    artifact_query: _flyteidl_core_artifact_id_pb2.ArtifactQuery
    artifact_id: _flyteidl_core_artifact_id_pb2.ArtifactID

    if _TYPE_CHECKING:
        def __init__(self, *, var: Variable | _Mapping[str, _Any] | None = ..., default: _flyteidl_core_literals_pb2.Literal | _Mapping[str, _Any] | None = ..., required: bool | None = ..., artifact_query: _flyteidl_core_artifact_id_pb2.ArtifactQuery | _Mapping[str, _Any] | None = ..., artifact_id: _flyteidl_core_artifact_id_pb2.ArtifactID | _Mapping[str, _Any] | None = ...) -> None: ...


class ParameterMap(_Message):
    __slots__ = ("parameters",)

    class ParametersEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: Parameter

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: Parameter | _Mapping[str, _Any] | None = ...) -> None: ...


    PARAMETERS_FIELD_NUMBER = 1

    parameters: _MessageMap[str, Parameter]

    if _TYPE_CHECKING:
        def __init__(self, *, parameters: _Mapping[str, Parameter | _Mapping[str, _Any]] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/interface.proto",
    _SHA256,
    {
        "flyteidl.core.Variable": Variable,
        "flyteidl.core.VariableMap.VariablesEntry": VariableMap.VariablesEntry,
        "flyteidl.core.VariableMap": VariableMap,
        "flyteidl.core.TypedInterface": TypedInterface,
        "flyteidl.core.Parameter": Parameter,
        "flyteidl.core.ParameterMap.ParametersEntry": ParameterMap.ParametersEntry,
        "flyteidl.core.ParameterMap": ParameterMap,
    },
)
