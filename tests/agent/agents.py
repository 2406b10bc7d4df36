"""Agents for the agent server's tests; importing this module registers them in the
process's registry, as ``python -m flytekit_core.agent serve --modules`` expects."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator
from typing import Any

from flytekit_core.extend.backend.base_agent import (
    AgentError,
    AgentRegistry,
    AsyncAgentBase,
    Phase,
    Resource,
    ResourceMeta,
    SyncAgentBase,
    python_inputs,
)
from flytekit_core.idl.flyteidl.admin import agent_pb2

#: Task templates for the agents below: echo's takes an int n; sum's adds up ints xs into a float.
ECHO = {"type": "echo", "id": {"name": "q1"}, "interface": {"inputs": {"variables": {"n": {"type": {"simple": 1}}}}}}
SUM = {"type": "sum", "id": {"name": "s"},
       "interface": {"inputs": {"variables": {"xs": {"type": {"collection_type": {"simple": 1}}}}},
                     "outputs": {"variables": {"total": {"type": {"simple": 2}}}}}}  # fmt: skip

#: What the agents saw, for the tests to read: (event, detail).
EVENTS: list[tuple[str, Any]] = []


@dataclasses.dataclass
class JobMeta(ResourceMeta):
    job_id: str
    attempt: int = 0


class EchoAgent(AsyncAgentBase):
    """Starts a "job" named after the task; reports it done with outputs, links and info."""

    name = "Echo Agent"

    def __init__(self) -> None:
        super().__init__(task_type_name="echo", metadata_type=JobMeta)

    async def create(self, task_template: Any, inputs: Any = None, **kwargs: Any) -> JobMeta:
        values = python_inputs(task_template, inputs)
        EVENTS.append(("create", values))
        return JobMeta(job_id=f"job-{task_template.id.name}")

    def get(self, resource_meta: JobMeta, **kwargs: Any) -> Resource:  # a plain method: the thread pool
        return Resource(
            phase=Phase.SUCCEEDED, message="done", outputs={"job": resource_meta.job_id, "rows": [1, 2]},
            log_links=[{"uri": f"https://console/{resource_meta.job_id}", "name": "console"}],
            custom_info={"attempt": resource_meta.attempt},
        )  # fmt: skip

    def delete(self, resource_meta: JobMeta, **kwargs: Any) -> None:
        EVENTS.append(("delete", resource_meta.job_id))

    def get_metrics(self, resource_meta: JobMeta, **kwargs: Any) -> agent_pb2.GetTaskMetricsResponse:
        return agent_pb2.GetTaskMetricsResponse(results=[{"metric": "rows"}])

    async def get_logs(self, resource_meta: JobMeta, **kwargs: Any) -> AsyncIterator[agent_pb2.GetTaskLogsResponse]:
        try:
            for i in range(3):
                yield agent_pb2.GetTaskLogsResponse(body={"results": [f"{resource_meta.job_id} line {i}"]})
                await asyncio.sleep(0.2 if resource_meta.attempt else 0)
        finally:
            EVENTS.append(("logs closed", resource_meta.job_id))


class SlowAgent(AsyncAgentBase):
    """Takes as long as the task asks (``slow-<seconds>``), noting a cancellation."""

    name = "Slow Agent"

    def __init__(self) -> None:
        super().__init__(task_type_name="slow", metadata_type=JobMeta)

    async def create(self, task_template: Any, inputs: Any = None, **kwargs: Any) -> JobMeta:
        try:
            await asyncio.sleep(float(task_template.id.name.removeprefix("slow-")))
        except asyncio.CancelledError:
            EVENTS.append(("cancelled", task_template.id.name))
            raise
        return JobMeta(job_id=task_template.id.name)

    def get(self, resource_meta: JobMeta, **kwargs: Any) -> Resource:
        time.sleep(0.2)  # holds a worker thread
        return Resource(phase=Phase.RUNNING)

    def delete(self, resource_meta: JobMeta, **kwargs: Any) -> None:
        EVENTS.append(("delete", resource_meta.job_id))


class FailingAgent(AsyncAgentBase):
    """Fails in each way an agent can: an exception, a status of its choosing, a wrong type."""

    name = "Failing Agent"

    def __init__(self) -> None:
        super().__init__(task_type_name="fails", metadata_type=JobMeta)

    def create(self, task_template: Any, inputs: Any = None, **kwargs: Any) -> Any:
        if task_template.id.name == "wrong-type":
            return {"job_id": "a dict, not a ResourceMeta"}
        raise RuntimeError("the warehouse is on fire")

    async def get(self, resource_meta: JobMeta, **kwargs: Any) -> Resource:
        raise AgentError(f"{resource_meta.job_id} belongs to someone else", code=7)  # PERMISSION_DENIED


class DoomedAgent(AsyncAgentBase):
    """Its jobs start, then fail as a job does: a FAILED resource with a message and logs."""

    name = "Doomed Agent"

    def __init__(self) -> None:
        super().__init__(task_type_name="doomed", metadata_type=JobMeta)

    def create(self, task_template: Any, inputs: Any = None, **kwargs: Any) -> JobMeta:
        return JobMeta(job_id="doomed-1")

    def get(self, resource_meta: JobMeta, **kwargs: Any) -> Resource:
        return Resource(phase=Phase.FAILED, message="the job ran out of memory",
                        log_links=[{"uri": "https://console/doomed-1", "name": "console"}])  # fmt: skip


class SumAgent(SyncAgentBase):
    """Adds up its input ``xs``, as its task's interface types the output."""

    name = "Sum Agent"

    def __init__(self) -> None:
        super().__init__(task_type_name="sum")

    def do(self, task_template: Any, inputs: Any = None, output_prefix: str = "", **kwargs: Any) -> Resource:
        values = python_inputs(task_template, inputs)
        return Resource(phase=Phase.SUCCEEDED, outputs={"total": sum(values["xs"])})


def register(registry: type[AgentRegistry]) -> None:
    for agent in (EchoAgent(), SlowAgent(), FailingAgent(), DoomedAgent(), SumAgent()):
        registry.register(agent)


register(AgentRegistry)
