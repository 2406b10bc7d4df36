"""Generated from flyteidl/core/workflow.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import condition_pb2 as _flyteidl_core_condition_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import execution_pb2 as _flyteidl_core_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import interface_pb2 as _flyteidl_core_interface_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import tasks_pb2 as _flyteidl_core_tasks_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import types_pb2 as _flyteidl_core_types_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import security_pb2 as _flyteidl_core_security_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import wrappers_pb2 as _google_protobuf_wrappers_pb2  # noqa: F401


class IfBlock(_Message):
    __slots__ = ("condition", "then_node")

    CONDITION_FIELD_NUMBER = 1
    THEN_NODE_FIELD_NUMBER = 2

    condition: _flyteidl_core_condition_pb2.BooleanExpression
    then_node: Node

    if _TYPE_CHECKING:
        def __init__(self, *, condition: _flyteidl_core_condition_pb2.BooleanExpression | _Mapping[str, _Any] | None = ..., then_node: Node | _Mapping[str, _Any] | None = ...) -> None: ...


class IfElseBlock(_Message):
    __slots__ = ("case", "other", "else_node", "error")

    CASE_FIELD_NUMBER = 1
    OTHER_FIELD_NUMBER = 2
    ELSE_NODE_FIELD_NUMBER = 3
    ERROR_FIELD_NUMBER = 4

    case: IfBlock
    other: _RepeatedCompositeFieldContainer[IfBlock]
    else_node: Node
    error: _flyteidl_core_types_pb2.Error

    if _TYPE_CHECKING:
        def __init__(self, *, case: IfBlock | _Mapping[str, _Any] | None = ..., other: _Iterable[IfBlock | _Mapping[str, _Any]] | None = ..., else_node: Node | _Mapping[str, _Any] | None = ..., error: _flyteidl_core_types_pb2.Error | _Mapping[str, _Any] | None = ...) -> None: ...


class BranchNode(_Message):
    __slots__ = ("if_else",)

    IF_ELSE_FIELD_NUMBER = 1

    if_else: IfElseBlock

    if _TYPE_CHECKING:
        def __init__(self, *, if_else: IfElseBlock | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskNode(_Message):
    __slots__ = ("reference_id", "overrides")

    REFERENCE_ID_FIELD_NUMBER = 1
    OVERRIDES_FIELD_NUMBER = 2

    reference_id: _flyteidl_core_identifier_pb2.Identifier
    overrides: TaskNodeOverrides

    if _TYPE_CHECKING:
        def __init__(self, *, reference_id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., overrides: TaskNodeOverrides | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowNode(_Message):
    __slots__ = ("launchplan_ref", "sub_workflow_ref")

    LAUNCHPLAN_REF_FIELD_NUMBER = 1
    SUB_WORKFLOW_REF_FIELD_NUMBER = 2

    launchplan_ref: _flyteidl_core_identifier_pb2.Identifier
    sub_workflow_ref: _flyteidl_core_identifier_pb2.Identifier

    if _TYPE_CHECKING:
        def __init__(self, *, launchplan_ref: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., sub_workflow_ref: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ...) -> None: ...


class ApproveCondition(_Message):
    __slots__ = ("signal_id",)

    SIGNAL_ID_FIELD_NUMBER = 1

    signal_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, signal_id: str | None = ...) -> None: ...


class SignalCondition(_Message):
    __slots__ = ("signal_id", "type", "output_variable_name")

    SIGNAL_ID_FIELD_NUMBER = 1
    TYPE_FIELD_NUMBER = 2
    OUTPUT_VARIABLE_NAME_FIELD_NUMBER = 3

    signal_id: str
    type: _flyteidl_core_types_pb2.LiteralType
    output_variable_name: str

    if _TYPE_CHECKING:
        def __init__(self, *, signal_id: str | None = ..., type: _flyteidl_core_types_pb2.LiteralType | _Mapping[str, _Any] | None = ..., output_variable_name: str | None = ...) -> None: ...


class SleepCondition(_Message):
    __slots__ = ("duration",)

    DURATION_FIELD_NUMBER = 1

    duration: _google_protobuf_duration_pb2.Duration

    if _TYPE_CHECKING:
        def __init__(self, *, duration: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ...) -> None: ...


class GateNode(_Message):
    __slots__ = ("approve", "signal", "sleep")

    APPROVE_FIELD_NUMBER = 1
    SIGNAL_FIELD_NUMBER = 2
    SLEEP_FIELD_NUMBER = 3

    approve: ApproveCondition
    signal: SignalCondition
    sleep: SleepCondition

    if _TYPE_CHECKING:
        def __init__(self, *, approve: ApproveCondition | _Mapping[str, _Any] | None = ..., signal: SignalCondition | _Mapping[str, _Any] | None = ..., sleep: SleepCondition | _Mapping[str, _Any] | None = ...) -> None: ...


class ArrayNode(_Message):
    __slots__ = ("node", "parallelism", "min_successes", "min_success_ratio", "execution_mode", "is_original_sub_node_interface", "data_mode", "bound_inputs", "run_all_sub_nodes")

    class ExecutionMode(_Enum):
        MINIMAL_STATE = 0
        FULL_STATE = 1

    MINIMAL_STATE = ExecutionMode.MINIMAL_STATE
    FULL_STATE = ExecutionMode.FULL_STATE

    class DataMode(_Enum):
        SINGLE_INPUT_FILE = 0
        INDIVIDUAL_INPUT_FILES = 1

    SINGLE_INPUT_FILE = DataMode.SINGLE_INPUT_FILE
    INDIVIDUAL_INPUT_FILES = DataMode.INDIVIDUAL_INPUT_FILES

    NODE_FIELD_NUMBER = 1
    PARALLELISM_FIELD_NUMBER = 2
    MIN_SUCCESSES_FIELD_NUMBER = 3
    MIN_SUCCESS_RATIO_FIELD_NUMBER = 4
    EXECUTION_MODE_FIELD_NUMBER = 5
    IS_ORIGINAL_SUB_NODE_INTERFACE_FIELD_NUMBER = 6
    DATA_MODE_FIELD_NUMBER = 7
    BOUND_INPUTS_FIELD_NUMBER = 8
    RUN_ALL_SUB_NODES_FIELD_NUMBER = 9

    node: Node
    parallelism: int
    min_successes: int
    min_success_ratio: float
    execution_mode: int
    is_original_sub_node_interface: _google_protobuf_wrappers_pb2.BoolValue
    data_mode: int
    bound_inputs: _RepeatedScalarFieldContainer[str]
    run_all_sub_nodes: bool

    if _TYPE_CHECKING:
        def __init__(self, *, node: Node | _Mapping[str, _Any] | None = ..., parallelism: int | None = ..., min_successes: int | None = ..., min_success_ratio: float | None = ..., execution_mode: int | str | None = ..., is_original_sub_node_interface: _google_protobuf_wrappers_pb2.BoolValue | _Mapping[str, _Any] | None = ..., data_mode: int | str | None = ..., bound_inputs: _Iterable[str] | None = ..., run_all_sub_nodes: bool | None = ...) -> None: ...


class NodeMetadata(_Message):
    __slots__ = ("name", "timeout", "retries", "interruptible", "cacheable", "cache_version", "cache_serializable", "config")

    class ConfigEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    NAME_FIELD_NUMBER = 1
    TIMEOUT_FIELD_NUMBER = 4
    RETRIES_FIELD_NUMBER = 5
    INTERRUPTIBLE_FIELD_NUMBER = 6
    CACHEABLE_FIELD_NUMBER = 7
    CACHE_VERSION_FIELD_NUMBER = 8
    CACHE_SERIALIZABLE_FIELD_NUMBER = 9
    CONFIG_FIELD_NUMBER = 10

    name: str
    timeout: _google_protobuf_duration_pb2.Duration
    retries: _flyteidl_core_literals_pb2.RetryStrategy
    interruptible: bool
    cacheable: bool
    cache_version: str
    cache_serializable: bool
    config: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., timeout: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., retries: _flyteidl_core_literals_pb2.RetryStrategy | _Mapping[str, _Any] | None = ..., interruptible: bool | None = ..., cacheable: bool | None = ..., cache_version: str | None = ..., cache_serializable: bool | None = ..., config: _Mapping[str, str] | None = ...) -> None: ...


class Alias(_Message):
    __slots__ = ("var", "alias")

    VAR_FIELD_NUMBER = 1
    ALIAS_FIELD_NUMBER = 2

    var: str
    alias: str

    if _TYPE_CHECKING:
        def __init__(self, *, var: str | None = ..., alias: str | None = ...) -> None: ...


class Node(_Message):
    __slots__ = ("id", "metadata", "inputs", "upstream_node_ids", "output_aliases", "task_node", "workflow_node", "branch_node", "gate_node", "array_node")

    ID_FIELD_NUMBER = 1
    METADATA_FIELD_NUMBER = 2
    INPUTS_FIELD_NUMBER = 3
    UPSTREAM_NODE_IDS_FIELD_NUMBER = 4
    OUTPUT_ALIASES_FIELD_NUMBER = 5
    TASK_NODE_FIELD_NUMBER = 6
    WORKFLOW_NODE_FIELD_NUMBER = 7
    BRANCH_NODE_FIELD_NUMBER = 8
    GATE_NODE_FIELD_NUMBER = 9
    ARRAY_NODE_FIELD_NUMBER = 10

    id: str
    metadata: NodeMetadata
    inputs: _RepeatedCompositeFieldContainer[_flyteidl_core_literals_pb2.Binding]
    upstream_node_ids: _RepeatedScalarFieldContainer[str]
    output_aliases: _RepeatedCompositeFieldContainer[Alias]
    task_node: TaskNode
    workflow_node: WorkflowNode
    branch_node: BranchNode
    gate_node: GateNode
    array_node: ArrayNode

    if _TYPE_CHECKING:
        def __init__(self, *, id: str | None = ..., metadata: NodeMetadata | _Mapping[str, _Any] | None = ..., inputs: _Iterable[_flyteidl_core_literals_pb2.Binding | _Mapping[str, _Any]] | None = ..., upstream_node_ids: _Iterable[str] | None = ..., output_aliases: _Iterable[Alias | _Mapping[str, _Any]] | None = ..., task_node: TaskNode | _Mapping[str, _Any] | None = ..., workflow_node: WorkflowNode | _Mapping[str, _Any] | None = ..., branch_node: BranchNode | _Mapping[str, _Any] | None = ..., gate_node: GateNode | _Mapping[str, _Any] | None = ..., array_node: ArrayNode | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowMetadata(_Message):
    __slots__ = ("quality_of_service", "on_failure", "tags")

    class OnFailurePolicy(_Enum):
        FAIL_IMMEDIATELY = 0
        FAIL_AFTER_EXECUTABLE_NODES_COMPLETE = 1

    FAIL_IMMEDIATELY = OnFailurePolicy.FAIL_IMMEDIATELY
    FAIL_AFTER_EXECUTABLE_NODES_COMPLETE = OnFailurePolicy.FAIL_AFTER_EXECUTABLE_NODES_COMPLETE

    class TagsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    QUALITY_OF_SERVICE_FIELD_NUMBER = 1
    ON_FAILURE_FIELD_NUMBER = 2
    TAGS_FIELD_NUMBER = 3

    quality_of_service: _flyteidl_core_execution_pb2.QualityOfService
    on_failure: int
    tags: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, quality_of_service: _flyteidl_core_execution_pb2.QualityOfService | _Mapping[str, _Any] | None = ..., on_failure: int | str | None = ..., tags: _Mapping[str, str] | None = ...) -> None: ...


class WorkflowMetadataDefaults(_Message):
    __slots__ = ("interruptible",)

    INTERRUPTIBLE_FIELD_NUMBER = 1

    interruptible: bool

    if _TYPE_CHECKING:
        def __init__(self, *, interruptible: bool | None = ...) -> None: ...


class WorkflowTemplate(_Message):
    __slots__ = ("id", "metadata", "interface", "nodes", "outputs", "failure_node", "metadata_defaults")

    ID_FIELD_NUMBER = 1
    METADATA_FIELD_NUMBER = 2
    INTERFACE_FIELD_NUMBER = 3
    NODES_FIELD_NUMBER = 4
    OUTPUTS_FIELD_NUMBER = 5
    FAILURE_NODE_FIELD_NUMBER = 6
    METADATA_DEFAULTS_FIELD_NUMBER = 7

    id: _flyteidl_core_identifier_pb2.Identifier
    metadata: WorkflowMetadata
    interface: _flyteidl_core_interface_pb2.TypedInterface
    nodes: _RepeatedCompositeFieldContainer[Node]
    outputs: _RepeatedCompositeFieldContainer[_flyteidl_core_literals_pb2.Binding]
    failure_node: Node
    metadata_defaults: WorkflowMetadataDefaults

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., metadata: WorkflowMetadata | _Mapping[str, _Any] | None = ..., interface: _flyteidl_core_interface_pb2.TypedInterface | _Mapping[str, _Any] | None = ..., nodes: _Iterable[Node | _Mapping[str, _Any]] | None = ..., outputs: _Iterable[_flyteidl_core_literals_pb2.Binding | _Mapping[str, _Any]] | None = ..., failure_node: Node | _Mapping[str, _Any] | None = ..., metadata_defaults: WorkflowMetadataDefaults | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskNodeOverrides(_Message):
    __slots__ = ("resources", "extended_resources", "container_image", "pod_template")

    RESOURCES_FIELD_NUMBER = 1
    EXTENDED_RESOURCES_FIELD_NUMBER = 2
    CONTAINER_IMAGE_FIELD_NUMBER = 3
    POD_TEMPLATE_FIELD_NUMBER = 4

    resources: _flyteidl_core_tasks_pb2.Resources
    extended_resources: _flyteidl_core_tasks_pb2.ExtendedResources
    container_image: str
    pod_template: _flyteidl_core_tasks_pb2.K8sPod

    if _TYPE_CHECKING:
        def __init__(self, *, resources: _flyteidl_core_tasks_pb2.Resources | _Mapping[str, _Any] | None = ..., extended_resources: _flyteidl_core_tasks_pb2.ExtendedResources | _Mapping[str, _Any] | None = ..., container_image: str | None = ..., pod_template: _flyteidl_core_tasks_pb2.K8sPod | _Mapping[str, _Any] | None = ...) -> None: ...


class LaunchPlanTemplate(_Message):
    __slots__ = ("id", "interface", "fixed_inputs")

    ID_FIELD_NUMBER = 1
    INTERFACE_FIELD_NUMBER = 2
    FIXED_INPUTS_FIELD_NUMBER = 3

    id: _flyteidl_core_identifier_pb2.Identifier
    interface: _flyteidl_core_interface_pb2.TypedInterface
    fixed_inputs: _flyteidl_core_literals_pb2.LiteralMap

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., interface: _flyteidl_core_interface_pb2.TypedInterface | _Mapping[str, _Any] | None = ..., fixed_inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/workflow.proto",
    _SHA256,
    {
        "flyteidl.core.IfBlock": IfBlock,
        "flyteidl.core.IfElseBlock": IfElseBlock,
        "flyteidl.core.BranchNode": BranchNode,
        "flyteidl.core.TaskNode": TaskNode,
        "flyteidl.core.WorkflowNode": WorkflowNode,
        "flyteidl.core.ApproveCondition": ApproveCondition,
        "flyteidl.core.SignalCondition": SignalCondition,
        "flyteidl.core.SleepCondition": SleepCondition,
        "flyteidl.core.GateNode": GateNode,
        "flyteidl.core.ArrayNode.ExecutionMode": ArrayNode.ExecutionMode,
        "flyteidl.core.ArrayNode.DataMode": ArrayNode.DataMode,
        "flyteidl.core.ArrayNode": ArrayNode,
        "flyteidl.core.NodeMetadata.ConfigEntry": NodeMetadata.ConfigEntry,
        "flyteidl.core.NodeMetadata": NodeMetadata,
        "flyteidl.core.Alias": Alias,
        "flyteidl.core.Node": Node,
        "flyteidl.core.WorkflowMetadata.OnFailurePolicy": WorkflowMetadata.OnFailurePolicy,
        "flyteidl.core.WorkflowMetadata.TagsEntry": WorkflowMetadata.TagsEntry,
        "flyteidl.core.WorkflowMetadata": WorkflowMetadata,
        "flyteidl.core.WorkflowMetadataDefaults": WorkflowMetadataDefaults,
        "flyteidl.core.WorkflowTemplate": WorkflowTemplate,
        "flyteidl.core.TaskNodeOverrides": TaskNodeOverrides,
        "flyteidl.core.LaunchPlanTemplate": LaunchPlanTemplate,
    },
)
