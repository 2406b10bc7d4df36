"""Generated from flyteidl/service/admin.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.admin import project_pb2 as _flyteidl_admin_project_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import project_domain_attributes_pb2 as _flyteidl_admin_project_domain_attributes_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import project_attributes_pb2 as _flyteidl_admin_project_attributes_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import task_pb2 as _flyteidl_admin_task_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import workflow_pb2 as _flyteidl_admin_workflow_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import workflow_attributes_pb2 as _flyteidl_admin_workflow_attributes_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import launch_plan_pb2 as _flyteidl_admin_launch_plan_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import event_pb2 as _flyteidl_admin_event_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import execution_pb2 as _flyteidl_admin_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import matchable_resource_pb2 as _flyteidl_admin_matchable_resource_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import node_execution_pb2 as _flyteidl_admin_node_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import task_execution_pb2 as _flyteidl_admin_task_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import version_pb2 as _flyteidl_admin_version_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import common_pb2 as _flyteidl_admin_common_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import description_entity_pb2 as _flyteidl_admin_description_entity_pb2  # noqa: F401
from flytekit_core.idl.protoc_gen_openapiv2.options import annotations_pb2 as _protoc_gen_openapiv2_options_annotations_pb2  # noqa: F401


_register_file(
    "flyteidl/service/admin.proto",
    _SHA256,
    {
    },
)
