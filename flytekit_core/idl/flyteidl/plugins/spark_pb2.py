"""Generated from flyteidl/plugins/spark.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.protobuf import struct_pb2 as _google_protobuf_struct_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import tasks_pb2 as _flyteidl_core_tasks_pb2  # noqa: F401


class SparkApplication(_Message):
    __slots__ = ()

    class Type(_Enum):
        PYTHON = 0
        JAVA = 1
        SCALA = 2
        R = 3

    PYTHON = Type.PYTHON
    JAVA = Type.JAVA
    SCALA = Type.SCALA
    R = Type.R

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class SparkJob(_Message):
    __slots__ = ("applicationType", "mainApplicationFile", "mainClass", "sparkConf", "hadoopConf", "executorPath", "databricksConf", "databricksToken", "databricksInstance", "driverPod", "executorPod")

    class SparkConfEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    class HadoopConfEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    APPLICATIONTYPE_FIELD_NUMBER = 1
    MAINAPPLICATIONFILE_FIELD_NUMBER = 2
    MAINCLASS_FIELD_NUMBER = 3
    SPARKCONF_FIELD_NUMBER = 4
    HADOOPCONF_FIELD_NUMBER = 5
    EXECUTORPATH_FIELD_NUMBER = 6
    DATABRICKSCONF_FIELD_NUMBER = 7
    DATABRICKSTOKEN_FIELD_NUMBER = 8
    DATABRICKSINSTANCE_FIELD_NUMBER = 9
    DRIVERPOD_FIELD_NUMBER = 10
    EXECUTORPOD_FIELD_NUMBER = 11

    applicationType: int
    mainApplicationFile: str
    mainClass: str
    sparkConf: _ScalarMap[str, str]
    hadoopConf: _ScalarMap[str, str]
    executorPath: str
    databricksConf: _google_protobuf_struct_pb2.Struct
    databricksToken: str
    databricksInstance: str
    driverPod: _flyteidl_core_tasks_pb2.K8sPod
    executorPod: _flyteidl_core_tasks_pb2.K8sPod

    if _TYPE_CHECKING:
        def __init__(self, *, applicationType: int | str | None = ..., mainApplicationFile: str | None = ..., mainClass: str | None = ..., sparkConf: _Mapping[str, str] | None = ..., hadoopConf: _Mapping[str, str] | None = ..., executorPath: str | None = ..., databricksConf: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., databricksToken: str | None = ..., databricksInstance: str | None = ..., driverPod: _flyteidl_core_tasks_pb2.K8sPod | _Mapping[str, _Any] | None = ..., executorPod: _flyteidl_core_tasks_pb2.K8sPod | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/spark.proto",
    _SHA256,
    {
        "flyteidl.plugins.SparkApplication.Type": SparkApplication.Type,
        "flyteidl.plugins.SparkApplication": SparkApplication,
        "flyteidl.plugins.SparkJob.SparkConfEntry": SparkJob.SparkConfEntry,
        "flyteidl.plugins.SparkJob.HadoopConfEntry": SparkJob.HadoopConfEntry,
        "flyteidl.plugins.SparkJob": SparkJob,
    },
)
