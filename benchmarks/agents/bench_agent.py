"""The agent both servers run in ``benchmarks/bench_agent_server.py``: written against
``flytekit.extend.backend.base_agent``, so it imports under real flytekit 1.16.31 and under
this project alike. ``create`` returns a job id at once; ``get`` reports it SUCCEEDED."""

from __future__ import annotations

import dataclasses
from typing import Any

from flytekit.extend.backend.base_agent import AgentRegistry, AsyncAgentBase, Resource, ResourceMeta

try:  # this project's
    from flytekit.extend.backend.base_agent import Phase

    SUCCEEDED = Phase.SUCCEEDED
except ImportError:  # real flytekit's
    from flyteidl.core.execution_pb2 import TaskExecution

    SUCCEEDED = TaskExecution.SUCCEEDED


@dataclasses.dataclass
class BenchMeta(ResourceMeta):
    job_id: str


class BenchAgent(AsyncAgentBase):
    name = "Bench Agent"

    def __init__(self) -> None:
        super().__init__(task_type_name="bench", metadata_type=BenchMeta)

    async def create(self, task_template: Any, inputs: Any = None, **kwargs: Any) -> BenchMeta:
        return BenchMeta(job_id=task_template.id.name)

    async def get(self, resource_meta: BenchMeta, **kwargs: Any) -> Resource:
        return Resource(phase=SUCCEEDED, message=resource_meta.job_id)

    async def delete(self, resource_meta: BenchMeta, **kwargs: Any) -> None:
        return None


AgentRegistry.register(BenchAgent())
