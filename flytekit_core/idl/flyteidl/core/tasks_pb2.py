"""Generated from flyteidl/core/tasks.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import interface_pb2 as _flyteidl_core_interface_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import security_pb2 as _flyteidl_core_security_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import struct_pb2 as _google_protobuf_struct_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import wrappers_pb2 as _google_protobuf_wrappers_pb2  # noqa: F401


class Resources(_Message):
    __slots__ = ("requests", "limits")

    class ResourceName(_Enum):
        UNKNOWN = 0
        CPU = 1
        GPU = 2
        MEMORY = 3
        STORAGE = 4
        EPHEMERAL_STORAGE = 5

    UNKNOWN = ResourceName.UNKNOWN
    CPU = ResourceName.CPU
    GPU = ResourceName.GPU
    MEMORY = ResourceName.MEMORY
    STORAGE = ResourceName.STORAGE
    EPHEMERAL_STORAGE = ResourceName.EPHEMERAL_STORAGE

    class ResourceEntry(_Message):
        __slots__ = ("name", "value")

        NAME_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        name: int
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, name: int | str | None = ..., value: str | None = ...) -> None: ...


    REQUESTS_FIELD_NUMBER = 1
    LIMITS_FIELD_NUMBER = 2

    requests: _RepeatedCompositeFieldContainer[Resources.ResourceEntry]
    limits: _RepeatedCompositeFieldContainer[Resources.ResourceEntry]

    if _TYPE_CHECKING:
        def __init__(self, *, requests: _Iterable[Resources.ResourceEntry | _Mapping[str, _Any]] | None = ..., limits: _Iterable[Resources.ResourceEntry | _Mapping[str, _Any]] | None = ...) -> None: ...


class GPUAccelerator(_Message):
    __slots__ = ("device", "unpartitioned", "partition_size")

    DEVICE_FIELD_NUMBER = 1
    UNPARTITIONED_FIELD_NUMBER = 2
    PARTITION_SIZE_FIELD_NUMBER = 3

    device: str
    unpartitioned: bool
    partition_size: str

    if _TYPE_CHECKING:
        def __init__(self, *, device: str | None = ..., unpartitioned: bool | None = ..., partition_size: str | None = ...) -> None: ...


class SharedMemory(_Message):
    __slots__ = ("mount_path", "mount_name", "size_limit")

    MOUNT_PATH_FIELD_NUMBER = 1
    MOUNT_NAME_FIELD_NUMBER = 2
    SIZE_LIMIT_FIELD_NUMBER = 3

    mount_path: str
    mount_name: str
    size_limit: str

    if _TYPE_CHECKING:
        def __init__(self, *, mount_path: str | None = ..., mount_name: str | None = ..., size_limit: str | None = ...) -> None: ...


class ExtendedResources(_Message):
    __slots__ = ("gpu_accelerator", "shared_memory")

    GPU_ACCELERATOR_FIELD_NUMBER = 1
    SHARED_MEMORY_FIELD_NUMBER = 2

    gpu_accelerator: GPUAccelerator
    shared_memory: SharedMemory

    if _TYPE_CHECKING:
        def __init__(self, *, gpu_accelerator: GPUAccelerator | _Mapping[str, _Any] | None = ..., shared_memory: SharedMemory | _Mapping[str, _Any] | None = ...) -> None: ...


class RuntimeMetadata(_Message):
    __slots__ = ("type", "version", "flavor")

    class RuntimeType(_Enum):
        OTHER = 0
        FLYTE_SDK = 1

    OTHER = RuntimeType.OTHER
    FLYTE_SDK = RuntimeType.FLYTE_SDK

    TYPE_FIELD_NUMBER = 1
    VERSION_FIELD_NUMBER = 2
    FLAVOR_FIELD_NUMBER = 3

    type: int
    version: str
    flavor: str

    if _TYPE_CHECKING:
        def __init__(self, *, type: int | str | None = ..., version: str | None = ..., flavor: str | None = ...) -> None: ...


class TaskMetadata(_Message):
    __slots__ = ("discoverable", "runtime", "timeout", "retries", "discovery_version", "deprecated_error_message", "interruptible", "cache_serializable", "tags", "pod_template_name", "cache_ignore_input_vars", "is_eager", "generates_deck", "metadata")

    class TagsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    DISCOVERABLE_FIELD_NUMBER = 1
    RUNTIME_FIELD_NUMBER = 2
    TIMEOUT_FIELD_NUMBER = 4
    RETRIES_FIELD_NUMBER = 5
    DISCOVERY_VERSION_FIELD_NUMBER = 6
    DEPRECATED_ERROR_MESSAGE_FIELD_NUMBER = 7
    INTERRUPTIBLE_FIELD_NUMBER = 8
    CACHE_SERIALIZABLE_FIELD_NUMBER = 9
    TAGS_FIELD_NUMBER = 11
    POD_TEMPLATE_NAME_FIELD_NUMBER = 12
    CACHE_IGNORE_INPUT_VARS_FIELD_NUMBER = 13
    IS_EAGER_FIELD_NUMBER = 14
    GENERATES_DECK_FIELD_NUMBER = 15
    METADATA_FIELD_NUMBER = 16

    discoverable: bool
    runtime: RuntimeMetadata
    timeout: _google_protobuf_duration_pb2.Duration
    retries: _flyteidl_core_literals_pb2.RetryStrategy
    discovery_version: str
    deprecated_error_message: str
    interruptible: bool
    cache_serializable: bool
    tags: _ScalarMap[str, str]
    pod_template_name: str
    cache_ignore_input_vars: _RepeatedScalarFieldContainer[str]
    is_eager: bool
    generates_deck: _google_protobuf_wrappers_pb2.BoolValue
    metadata: K8sObjectMetadata

    if _TYPE_CHECKING:
        def __init__(self, *, discoverable: bool | None = ..., runtime: RuntimeMetadata | _Mapping[str, _Any] | None = ..., timeout: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., retries: _flyteidl_core_literals_pb2.RetryStrategy | _Mapping[str, _Any] | None = ..., discovery_version: str | None = ..., deprecated_error_message: str | None = ..., interruptible: bool | None = ..., cache_serializable: bool | None = ..., tags: _Mapping[str, str] | None = ..., pod_template_name: str | None = ..., cache_ignore_input_vars: _Iterable[str] | None = ..., is_eager: bool | None = ..., generates_deck: _google_protobuf_wrappers_pb2.BoolValue | _Mapping[str, _Any] | None = ..., metadata: K8sObjectMetadata | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskTemplate(_Message):
    __slots__ = ("id", "type", "metadata", "interface", "custom", "container", "k8s_pod", "sql", "task_type_version", "security_context", "extended_resources", "config")

    class ConfigEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    ID_FIELD_NUMBER = 1
    TYPE_FIELD_NUMBER = 2
    METADATA_FIELD_NUMBER = 3
    INTERFACE_FIELD_NUMBER = 4
    CUSTOM_FIELD_NUMBER = 5
    CONTAINER_FIELD_NUMBER = 6
    K8S_POD_FIELD_NUMBER = 17
    SQL_FIELD_NUMBER = 18
    TASK_TYPE_VERSION_FIELD_NUMBER = 7
    SECURITY_CONTEXT_FIELD_NUMBER = 8
    EXTENDED_RESOURCES_FIELD_NUMBER = 9
    CONFIG_FIELD_NUMBER = 16

    id: _flyteidl_core_identifier_pb2.Identifier
    type: str
    metadata: TaskMetadata
    interface: _flyteidl_core_interface_pb2.TypedInterface
    custom: _google_protobuf_struct_pb2.Struct
    container: Container
    k8s_pod: K8sPod
    sql: Sql
    task_type_version: int
    security_context: _flyteidl_core_security_pb2.SecurityContext
    extended_resources: ExtendedResources
    config: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., type: str | None = ..., metadata: TaskMetadata | _Mapping[str, _Any] | None = ..., interface: _flyteidl_core_interface_pb2.TypedInterface | _Mapping[str, _Any] | None = ..., custom: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., container: Container | _Mapping[str, _Any] | None = ..., k8s_pod: K8sPod | _Mapping[str, _Any] | None = ..., sql: Sql | _Mapping[str, _Any] | None = ..., task_type_version: int | None = ..., security_context: _flyteidl_core_security_pb2.SecurityContext | _Mapping[str, _Any] | None = ..., extended_resources: ExtendedResources | _Mapping[str, _Any] | None = ..., config: _Mapping[str, str] | None = ...) -> None: ...


class ContainerPort(_Message):
    __slots__ = ("container_port", "name")

    CONTAINER_PORT_FIELD_NUMBER = 1
    NAME_FIELD_NUMBER = 2

    container_port: int
    name: str

    if _TYPE_CHECKING:
        def __init__(self, *, container_port: int | None = ..., name: str | None = ...) -> None: ...


class Container(_Message):
    __slots__ = ("image", "command", "args", "resources", "env", "config", "ports", "data_config", "architecture")

    class Architecture(_Enum):
        UNKNOWN = 0
        AMD64 = 1
        ARM64 = 2
        ARM_V6 = 3
        ARM_V7 = 4

    UNKNOWN = Architecture.UNKNOWN
    AMD64 = Architecture.AMD64
    ARM64 = Architecture.ARM64
    ARM_V6 = Architecture.ARM_V6
    ARM_V7 = Architecture.ARM_V7

    IMAGE_FIELD_NUMBER = 1
    COMMAND_FIELD_NUMBER = 2
    ARGS_FIELD_NUMBER = 3
    RESOURCES_FIELD_NUMBER = 4
    ENV_FIELD_NUMBER = 5
    CONFIG_FIELD_NUMBER = 6
    PORTS_FIELD_NUMBER = 7
    DATA_CONFIG_FIELD_NUMBER = 9
    ARCHITECTURE_FIELD_NUMBER = 10

    image: str
    command: _RepeatedScalarFieldContainer[str]
    args: _RepeatedScalarFieldContainer[str]
    resources: Resources
    env: _RepeatedCompositeFieldContainer[_flyteidl_core_literals_pb2.KeyValuePair]
    config: _RepeatedCompositeFieldContainer[_flyteidl_core_literals_pb2.KeyValuePair]
    ports: _RepeatedCompositeFieldContainer[ContainerPort]
    data_config: DataLoadingConfig
    architecture: int

    if _TYPE_CHECKING:
        def __init__(self, *, image: str | None = ..., command: _Iterable[str] | None = ..., args: _Iterable[str] | None = ..., resources: Resources | _Mapping[str, _Any] | None = ..., env: _Iterable[_flyteidl_core_literals_pb2.KeyValuePair | _Mapping[str, _Any]] | None = ..., config: _Iterable[_flyteidl_core_literals_pb2.KeyValuePair | _Mapping[str, _Any]] | None = ..., ports: _Iterable[ContainerPort | _Mapping[str, _Any]] | None = ..., data_config: DataLoadingConfig | _Mapping[str, _Any] | None = ..., architecture: int | str | None = ...) -> None: ...


class IOStrategy(_Message):
    __slots__ = ("download_mode", "upload_mode")

    class DownloadMode(_Enum):
        DOWNLOAD_EAGER = 0
        DOWNLOAD_STREAM = 1
        DO_NOT_DOWNLOAD = 2

    DOWNLOAD_EAGER = DownloadMode.DOWNLOAD_EAGER
    DOWNLOAD_STREAM = DownloadMode.DOWNLOAD_STREAM
    DO_NOT_DOWNLOAD = DownloadMode.DO_NOT_DOWNLOAD

    class UploadMode(_Enum):
        UPLOAD_ON_EXIT = 0
        UPLOAD_EAGER = 1
        DO_NOT_UPLOAD = 2

    UPLOAD_ON_EXIT = UploadMode.UPLOAD_ON_EXIT
    UPLOAD_EAGER = UploadMode.UPLOAD_EAGER
    DO_NOT_UPLOAD = UploadMode.DO_NOT_UPLOAD

    DOWNLOAD_MODE_FIELD_NUMBER = 1
    UPLOAD_MODE_FIELD_NUMBER = 2

    download_mode: int
    upload_mode: int

    if _TYPE_CHECKING:
        def __init__(self, *, download_mode: int | str | None = ..., upload_mode: int | str | None = ...) -> None: ...


class DataLoadingConfig(_Message):
    __slots__ = ("enabled", "input_path", "output_path", "format", "io_strategy")

    class LiteralMapFormat(_Enum):
        JSON = 0
        YAML = 1
        PROTO = 2

    JSON = LiteralMapFormat.JSON
    YAML = LiteralMapFormat.YAML
    PROTO = LiteralMapFormat.PROTO

    ENABLED_FIELD_NUMBER = 1
    INPUT_PATH_FIELD_NUMBER = 2
    OUTPUT_PATH_FIELD_NUMBER = 3
    FORMAT_FIELD_NUMBER = 4
    IO_STRATEGY_FIELD_NUMBER = 5

    enabled: bool
    input_path: str
    output_path: str
    format: int
    io_strategy: IOStrategy

    if _TYPE_CHECKING:
        def __init__(self, *, enabled: bool | None = ..., input_path: str | None = ..., output_path: str | None = ..., format: int | str | None = ..., io_strategy: IOStrategy | _Mapping[str, _Any] | None = ...) -> None: ...


class K8sPod(_Message):
    __slots__ = ("metadata", "pod_spec", "data_config", "primary_container_name")

    METADATA_FIELD_NUMBER = 1
    POD_SPEC_FIELD_NUMBER = 2
    DATA_CONFIG_FIELD_NUMBER = 3
    PRIMARY_CONTAINER_NAME_FIELD_NUMBER = 4

    metadata: K8sObjectMetadata
    pod_spec: _google_protobuf_struct_pb2.Struct
    data_config: DataLoadingConfig
    primary_container_name: str

    if _TYPE_CHECKING:
        def __init__(self, *, metadata: K8sObjectMetadata | _Mapping[str, _Any] | None = ..., pod_spec: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., data_config: DataLoadingConfig | _Mapping[str, _Any] | None = ..., primary_container_name: str | None = ...) -> None: ...


class K8sObjectMetadata(_Message):
    __slots__ = ("labels", "annotations")

    class LabelsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    class AnnotationsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    LABELS_FIELD_NUMBER = 1
    ANNOTATIONS_FIELD_NUMBER = 2

    labels: _ScalarMap[str, str]
    annotations: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, labels: _Mapping[str, str] | None = ..., annotations: _Mapping[str, str] | None = ...) -> None: ...


class Sql(_Message):
    __slots__ = ("statement", "dialect")

    class Dialect(_Enum):
        UNDEFINED = 0
        ANSI = 1
        HIVE = 2
        OTHER = 3

    UNDEFINED = Dialect.UNDEFINED
    ANSI = Dialect.ANSI
    HIVE = Dialect.HIVE
    OTHER = Dialect.OTHER

    STATEMENT_FIELD_NUMBER = 1
    DIALECT_FIELD_NUMBER = 2

    statement: str
    dialect: int

    if _TYPE_CHECKING:
        def __init__(self, *, statement: str | None = ..., dialect: int | str | None = ...) -> None: ...


_register_file(
    "flyteidl/core/tasks.proto",
    _SHA256,
    {
        "flyteidl.core.Resources.ResourceName": Resources.ResourceName,
        "flyteidl.core.Resources.ResourceEntry": Resources.ResourceEntry,
        "flyteidl.core.Resources": Resources,
        "flyteidl.core.GPUAccelerator": GPUAccelerator,
        "flyteidl.core.SharedMemory": SharedMemory,
        "flyteidl.core.ExtendedResources": ExtendedResources,
        "flyteidl.core.RuntimeMetadata.RuntimeType": RuntimeMetadata.RuntimeType,
        "flyteidl.core.RuntimeMetadata": RuntimeMetadata,
        "flyteidl.core.TaskMetadata.TagsEntry": TaskMetadata.TagsEntry,
        "flyteidl.core.TaskMetadata": TaskMetadata,
        "flyteidl.core.TaskTemplate.ConfigEntry": TaskTemplate.ConfigEntry,
        "flyteidl.core.TaskTemplate": TaskTemplate,
        "flyteidl.core.ContainerPort": ContainerPort,
        "flyteidl.core.Container.Architecture": Container.Architecture,
        "flyteidl.core.Container": Container,
        "flyteidl.core.IOStrategy.DownloadMode": IOStrategy.DownloadMode,
        "flyteidl.core.IOStrategy.UploadMode": IOStrategy.UploadMode,
        "flyteidl.core.IOStrategy": IOStrategy,
        "flyteidl.core.DataLoadingConfig.LiteralMapFormat": DataLoadingConfig.LiteralMapFormat,
        "flyteidl.core.DataLoadingConfig": DataLoadingConfig,
        "flyteidl.core.K8sPod": K8sPod,
        "flyteidl.core.K8sObjectMetadata.LabelsEntry": K8sObjectMetadata.LabelsEntry,
        "flyteidl.core.K8sObjectMetadata.AnnotationsEntry": K8sObjectMetadata.AnnotationsEntry,
        "flyteidl.core.K8sObjectMetadata": K8sObjectMetadata,
        "flyteidl.core.Sql.Dialect": Sql.Dialect,
        "flyteidl.core.Sql": Sql,
    },
)
