"""Writing Flyte agents: the classes flytekit's agents are written with, on
:mod:`flytekit_core.idl` objects, so an agent ports by changing its imports.

- :class:`AsyncAgentBase`: ``create`` starts a job and returns its :class:`ResourceMeta`;
  ``get`` reports its :class:`Resource`; ``delete`` stops it; ``get_metrics`` and
  ``get_logs`` are optional. Each may be a plain method (run on the server's thread
  pool) or ``async def`` (run on its event loop).
- :class:`SyncAgentBase`: ``do`` runs the task and returns its :class:`Resource`.
- :class:`AgentRegistry`: the agents a server serves, by task type and version.

Task templates, inputs and outputs are :mod:`flytekit_core.idl` objects; :func:`python_inputs`
turns a task's inputs into Python values by its interface, and a :class:`Resource`'s
``outputs`` may be Python values (converted by the task's interface where the server knows
it, else by the values' own types) or a ``LiteralMap``.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any, ClassVar

from flytekit_core.idl.flyteidl.admin import agent_pb2
from flytekit_core.idl.flyteidl.core import execution_pb2, literals_pb2, tasks_pb2
from flytekit_core.remote_common.literals import from_literal_map

Phase = execution_pb2.TaskExecution.Phase


class FlyteAgentNotFound(LookupError):
    """No agent is registered for a task type (or an agent name)."""


class AgentError(Exception):
    """Raised by an agent to end a call with a status of its choosing (a gRPC code
    number, e.g. 3 for INVALID_ARGUMENT) instead of INTERNAL."""

    def __init__(self, message: str, code: int = 13) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class TaskCategory:
    """A task type and its version, as propeller names the agent to call."""

    name: str
    version: int = 0

    def __str__(self) -> str:
        return f"{self.name}_v{self.version}"


@dataclass
class ResourceMeta:
    """What an async agent needs to find its job again (a job id, say): subclass it as a
    dataclass. Encoded as flytekit encodes it, JSON of its fields."""

    def encode(self) -> bytes:
        return json.dumps(dataclasses.asdict(self)).encode("utf-8")

    @classmethod
    def decode(cls, data: bytes) -> ResourceMeta:
        try:
            fields = json.loads(data.decode("utf-8"))
            return cls(**fields)
        except (UnicodeDecodeError, json.JSONDecodeError, TypeError) as error:
            raise ValueError(f"resource_meta is not a {cls.__name__}: {error}") from None


@dataclass
class Resource:
    """A job's state: its ``phase`` (``TaskExecution.Phase``), a ``message``, ``log_links``
    (``TaskLog`` messages, or dicts of their fields), ``outputs`` (Python values by output name, or a
    ``LiteralMap``) and ``custom_info`` (a JSON-like dict)."""

    phase: int
    message: str | None = None
    log_links: list[Any] | None = None
    outputs: Any = None
    custom_info: dict[str, Any] | None = None


class AgentBase:
    """What every agent has: a name (shown by the metadata service) and the task category
    it serves."""

    name: ClassVar[str] = "Base Agent"
    is_sync: ClassVar[bool] = False

    def __init__(self, task_type_name: str, task_type_version: int = 0, **kwargs: Any) -> None:
        if not isinstance(task_type_name, str) or not task_type_name:
            raise ValueError(f"task_type_name must be a non-empty string, not {task_type_name!r}")
        self.task_category = TaskCategory(task_type_name, task_type_version)


class SyncAgentBase(AgentBase):
    """An agent that runs its task in one call: ``do(task_template, inputs, output_prefix,
    **kwargs) -> Resource``."""

    name: ClassVar[str] = "Base Sync Agent"
    is_sync: ClassVar[bool] = True

    def do(
        self, task_template: tasks_pb2.TaskTemplate, inputs: literals_pb2.LiteralMap | None = None,
        output_prefix: str = "", **kwargs: Any,
    ) -> Resource:  # fmt: skip
        raise NotImplementedError


class AsyncAgentBase(AgentBase):
    """An agent for long jobs: ``create`` starts one, ``get`` polls it, ``delete`` stops it.
    ``metadata_type`` is the :class:`ResourceMeta` subclass ``create`` returns."""

    name: ClassVar[str] = "Base Async Agent"

    def __init__(self, metadata_type: type[ResourceMeta], **kwargs: Any) -> None:
        if not (isinstance(metadata_type, type) and issubclass(metadata_type, ResourceMeta)):
            raise TypeError(f"metadata_type must be a ResourceMeta subclass, not {metadata_type!r}")
        super().__init__(**kwargs)
        self.metadata_type = metadata_type

    def create(
        self, task_template: tasks_pb2.TaskTemplate, inputs: literals_pb2.LiteralMap | None = None,
        output_prefix: str = "", task_execution_metadata: Any = None, **kwargs: Any,
    ) -> ResourceMeta:  # fmt: skip
        raise NotImplementedError

    def get(self, resource_meta: ResourceMeta, **kwargs: Any) -> Resource:
        raise NotImplementedError

    def delete(self, resource_meta: ResourceMeta, **kwargs: Any) -> None:
        raise NotImplementedError

    def get_metrics(self, resource_meta: ResourceMeta, **kwargs: Any) -> agent_pb2.GetTaskMetricsResponse:
        raise NotImplementedError

    def get_logs(self, resource_meta: ResourceMeta, **kwargs: Any) -> Any:
        """The logs: a ``GetTaskLogsResponse``, or an iterable (or async iterable) of them."""
        raise NotImplementedError


class AgentRegistry:
    """The agents of this process, by task category, and their metadata by agent name.
    ``register`` refuses a second agent for a category unless ``override``. A subclass
    that sets its own ``_REGISTRY`` and ``_METADATA`` is a registry of its own (for
    tests, or a server of some agents only)."""

    _REGISTRY: ClassVar[dict[TaskCategory, AgentBase]] = {}
    _METADATA: ClassVar[dict[str, agent_pb2.Agent]] = {}

    @classmethod
    def register(cls, agent: AgentBase, override: bool = False) -> None:
        if not isinstance(agent, (AsyncAgentBase, SyncAgentBase)):
            raise TypeError(f"register() takes an AsyncAgentBase or SyncAgentBase, not {type(agent).__name__}")
        category = agent.task_category
        if category in cls._REGISTRY and not override:
            raise ValueError(f"Duplicate agent for task type: {category}")
        cls._REGISTRY[category] = agent
        metadata = cls._METADATA.get(agent.name)
        if metadata is None:
            metadata = cls._METADATA[agent.name] = agent_pb2.Agent(name=agent.name, is_sync=agent.is_sync)
        if category.name not in metadata.supported_task_types:
            metadata.supported_task_types.append(category.name)
            metadata.supported_task_categories.add(name=category.name, version=category.version)

    @classmethod
    def get_agent(cls, task_type_name: str, task_type_version: int = 0) -> AgentBase:
        category = TaskCategory(task_type_name, task_type_version)
        agent = cls._REGISTRY.get(category)
        if agent is None:
            known = sorted(map(str, cls._REGISTRY)) or "none"
            raise FlyteAgentNotFound(f"Cannot find agent for task category: {category}; registered: {known}")
        return agent

    @classmethod
    def list_agents(cls) -> list[agent_pb2.Agent]:
        return list(cls._METADATA.values())

    @classmethod
    def get_agent_metadata(cls, name: str) -> agent_pb2.Agent:
        found = cls._METADATA.get(name)
        if found is None:
            raise FlyteAgentNotFound(f"Cannot find agent for name: {name}; agents: {sorted(cls._METADATA)}")
        return found

    @classmethod
    def task_categories(cls) -> list[TaskCategory]:
        return sorted(cls._REGISTRY, key=str)


def python_inputs(task_template: tasks_pb2.TaskTemplate, inputs: literals_pb2.LiteralMap | None) -> dict[str, Any]:
    """A task's inputs as Python values, checked against its interface: an input it does
    not declare, or one it declares and lacks, raises ValueError naming it."""
    values = from_literal_map(inputs) if inputs is not None else {}
    declared = set(task_template.interface.inputs.variables)
    unknown, missing = sorted(set(values) - declared), sorted(declared - set(values))
    if unknown or missing:
        raise ValueError(f"inputs do not match the interface of {task_template.id.name}: "
                         f"unknown {unknown}, missing {missing}")  # fmt: skip
    return values
