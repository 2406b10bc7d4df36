"""``AgentServer``: the native agent server (``AsyncAgentService``, ``SyncAgentService``,
``AgentMetadataService`` and the gRPC health service), each call answered by the agents of
:class:`~flytekit_core.extend.backend.base_agent.AgentRegistry`.

The Rust server queues each call for this process's agent event loop (a thread of its
own) and waits; ``async def`` agent methods run on that loop, plain ones on a bounded
thread pool, and the GIL is held only while Python runs. A call the client cancels, or
one past its deadline (the client's, or ``timeout``), is cancelled in the agent (its
asyncio task; a thread-pool method finishes on its own, its result dropped).

Failures map to statuses in one place, :func:`status_of`.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flytekit_core import _flyrs
from flytekit_core.extend.backend.base_agent import (
    AgentError,
    AgentRegistry,
    AsyncAgentBase,
    FlyteAgentNotFound,
    Resource,
    ResourceMeta,
    SyncAgentBase,
)
from flytekit_core.idl import json_format
from flytekit_core.idl.errors import DecodeError
from flytekit_core.idl.flyteidl.admin import agent_pb2
from flytekit_core.idl.flyteidl.core import execution_pb2, literals_pb2, tasks_pb2
from flytekit_core.idl.google.protobuf import struct_pb2
from flytekit_core.remote_common.literals import literal_map, type_of
from flytekit_core.remote_common.user_api import as_idl

log = logging.getLogger("flytekit_core.agent")

CANCELLED, INVALID_ARGUMENT, DEADLINE_EXCEEDED, NOT_FOUND, FAILED_PRECONDITION, INTERNAL = 1, 3, 4, 5, 9, 13


class BadRequest(ValueError):
    """A request that does not decode, or lacks what the call needs: INVALID_ARGUMENT."""


def status_of(error: BaseException, operation: str) -> tuple[int, str]:
    """The status a failed call ends with: the one table of the server's errors."""
    if isinstance(error, FlyteAgentNotFound):
        return NOT_FOUND, str(error)
    if isinstance(error, BadRequest):
        return INVALID_ARGUMENT, str(error)
    if isinstance(error, AgentError):
        return error.code, str(error)
    if isinstance(error, TimeoutError):
        return DEADLINE_EXCEEDED, f"{operation}: {error or 'timed out'}"
    return INTERNAL, f"failed to {operation}: {type(error).__name__}: {error}"


def _decode(cls: Any, data: bytes | None) -> Any:
    try:
        return cls.FromString(data or b"")
    except DecodeError as error:
        raise BadRequest(f"the request is not a {cls.DESCRIPTOR.full_name}: {error}") from None


class AgentServer:
    """Serves the registered agents on ``host:port`` (port 0: a free one) until
    :meth:`stop`. ``workers`` threads run plain (not ``async def``) agent methods;
    ``concurrency`` calls are answered at once; ``timeout`` bounds every call (a client's
    sooner deadline wins). A context manager."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        workers: int = 10,
        concurrency: int = 100,
        timeout: float = 60.0,
        registry: type[AgentRegistry] = AgentRegistry,
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self.registry = registry
        self._inbox = _flyrs.AgentInbox()
        self._pool = ThreadPoolExecutor(workers, "flyte-agent")
        self._loop = asyncio.new_event_loop()
        self._calls: dict[int, asyncio.Task[None]] = {}
        self._requests: dict[int, asyncio.Queue[bytes | None]] = {}
        started = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(started,), name="flyte-agent-loop", daemon=True)
        self._thread.start()
        started.wait()
        try:
            self._native = _flyrs.AgentServer(
                self._inbox, host=host, port=port, concurrency=concurrency, timeout=timeout
            )
        except BaseException:
            self._close_loop()
            raise
        self.host = host

    @property
    def port(self) -> int:
        return self._native.port

    @property
    def endpoint(self) -> str:
        return f"{self.host}:{self.port}"

    # -- the event loop ----------------------------------------------------------------

    def _run(self, started: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.add_reader(self._inbox.fileno(), self._drain)
        started.set()
        self._loop.run_forever()

    def _drain(self) -> None:
        for kind, token, path, data in self._inbox.drain():
            if kind == "call":
                if path.endswith("/ExecuteTaskSync"):
                    self._requests[token] = asyncio.Queue()
                task = self._loop.create_task(self._answer(token, path, data))
                self._calls[token] = task
                task.add_done_callback(functools.partial(self._done, token))
            elif kind in ("message", "end"):
                requests = self._requests.get(token)
                if requests is not None:  # (requests after the answer are dropped)
                    requests.put_nowait(data if kind == "message" else None)
            elif kind == "cancelled":
                call = self._calls.get(token)
                if call is not None:
                    call.cancel()

    def _done(self, token: int, _: object) -> None:
        self._calls.pop(token, None)
        self._requests.pop(token, None)

    async def _answer(self, token: int, path: str, data: bytes | None) -> None:
        method = path.rpartition("/")[2]
        try:
            await getattr(self, f"_{method}")(token, data)
        except asyncio.CancelledError:
            log.info("%s was cancelled (the client went away, its deadline passed, or the server stops)", method)
            self._inbox.fail(token, CANCELLED, f"{method} was cancelled")  # (False if the client has gone)
        except BaseException as error:  # every failure answers the call; SystemExit and the like go on
            code, message = status_of(error, method)
            if code == INTERNAL:
                log.error("%s", message)
            self._inbox.fail(token, code, message)
            if not isinstance(error, Exception):
                raise

    async def _invoke(self, method: Callable[..., Any], **kwargs: Any) -> Any:
        """An agent's method: ``async def`` on the loop, anything else on the pool."""
        if inspect.iscoroutinefunction(method):
            return await method(**kwargs)
        result = await self._loop.run_in_executor(self._pool, functools.partial(method, **kwargs))
        if inspect.isawaitable(result):
            result = await result
        return result

    # -- AsyncAgentService ---------------------------------------------------------------

    def _agent(self, name: str, version: int, kind: type[Any], otherwise: str) -> Any:
        """The registered agent of a task type, if it is of ``kind`` (async or sync);
        FAILED_PRECONDITION saying ``otherwise`` if not."""
        agent = self.registry.get_agent(name, version)
        if not isinstance(agent, kind):
            raise AgentError(f"the agent for {name} {otherwise}", FAILED_PRECONDITION)
        return agent

    def _async_agent(self, category: Any, task_type: str) -> AsyncAgentBase:
        """The agent a Get/Delete/Metrics/Logs request names: by its category, else by the
        deprecated task type."""
        name, version = (category.name, category.version) if category.name else (task_type, 0)
        return self._agent(name, version, AsyncAgentBase, "is not an async agent")  # type: ignore[no-any-return]

    def _meta(self, agent: AsyncAgentBase, data: bytes) -> ResourceMeta:
        try:
            return agent.metadata_type.decode(data)
        except ValueError as error:
            raise BadRequest(str(error)) from None

    async def _CreateTask(self, token: int, data: bytes | None) -> None:
        request = _decode(agent_pb2.CreateTaskRequest, data)
        if not request.HasField("template"):
            raise BadRequest("CreateTask needs a task template")
        template = request.template
        agent = self._agent(
            template.type, template.task_type_version, AsyncAgentBase, "is a sync agent: call ExecuteTaskSync"
        )
        meta = await self._invoke(
            agent.create, task_template=template, inputs=request.inputs if request.HasField("inputs") else None,
            output_prefix=request.output_prefix, task_execution_metadata=request.task_execution_metadata,
        )  # fmt: skip
        if not isinstance(meta, ResourceMeta):
            raise TypeError(f"{agent.name}.create returned {type(meta).__name__}, not a ResourceMeta")
        self._inbox.reply(token, agent_pb2.CreateTaskResponse(resource_meta=meta.encode()).SerializeToString())

    async def _GetTask(self, token: int, data: bytes | None) -> None:
        request = _decode(agent_pb2.GetTaskRequest, data)
        agent = self._async_agent(request.task_category, request.task_type)
        resource = await self._invoke(agent.get, resource_meta=self._meta(agent, request.resource_meta))
        reply = agent_pb2.GetTaskResponse(resource=resource_message(resource, f"{agent.name}.get"))
        self._inbox.reply(token, reply.SerializeToString())

    async def _DeleteTask(self, token: int, data: bytes | None) -> None:
        request = _decode(agent_pb2.DeleteTaskRequest, data)
        agent = self._async_agent(request.task_category, request.task_type)
        await self._invoke(agent.delete, resource_meta=self._meta(agent, request.resource_meta))
        self._inbox.reply(token, agent_pb2.DeleteTaskResponse().SerializeToString())

    async def _GetTaskMetrics(self, token: int, data: bytes | None) -> None:
        request = _decode(agent_pb2.GetTaskMetricsRequest, data)
        agent = self._async_agent(request.task_category, request.task_type)
        metrics = await self._invoke(agent.get_metrics, resource_meta=self._meta(agent, request.resource_meta))
        reply = _message(metrics, agent_pb2.GetTaskMetricsResponse, f"{agent.name}.get_metrics")
        self._inbox.reply(token, reply.SerializeToString())

    async def _GetTaskLogs(self, token: int, data: bytes | None) -> None:
        request = _decode(agent_pb2.GetTaskLogsRequest, data)
        agent = self._async_agent(request.task_category, request.task_type)
        logs = await self._invoke(agent.get_logs, resource_meta=self._meta(agent, request.resource_meta))
        what = f"{agent.name}.get_logs"

        def send(item: Any) -> None:
            self._inbox.send(token, _message(item, agent_pb2.GetTaskLogsResponse, what).SerializeToString())

        if hasattr(logs, "__aiter__"):
            async for item in logs:
                send(item)
        elif hasattr(logs, "__iter__") and not hasattr(logs, "DESCRIPTOR"):
            # A plain iterator may block (a log tail): each item is taken on the pool.
            items, end = iter(logs), object()
            try:
                while (item := await self._loop.run_in_executor(self._pool, next, items, end)) is not end:
                    send(item)
            finally:
                close = getattr(items, "close", None)
                if close is not None:
                    close()
        else:
            send(logs)
        self._inbox.end(token)

    # -- SyncAgentService ------------------------------------------------------------------

    async def _ExecuteTaskSync(self, token: int, data: bytes | None) -> None:
        requests = self._requests[token]
        first = await requests.get()
        if first is None:
            raise BadRequest("ExecuteTaskSync needs a header (the task template) first")
        header = _decode(agent_pb2.ExecuteTaskSyncRequest, first)
        if header.WhichOneof("part") != "header":
            raise BadRequest("ExecuteTaskSync's first request must be its header")
        template = header.header.template
        agent = self._agent(template.type, template.task_type_version, SyncAgentBase, "does not support sync execution")
        second = await requests.get()
        inputs = None
        if second is not None:
            part = _decode(agent_pb2.ExecuteTaskSyncRequest, second)
            inputs = part.inputs if part.WhichOneof("part") == "inputs" else None
        resource = await self._invoke(
            agent.do, task_template=template, inputs=inputs, output_prefix=header.header.output_prefix
        )
        message = resource_message(resource, f"{agent.name}.do", template)
        reply = agent_pb2.ExecuteTaskSyncResponse(header={"resource": message})
        self._inbox.send(token, reply.SerializeToString())
        self._inbox.end(token)

    # -- AgentMetadataService ---------------------------------------------------------------

    async def _GetAgent(self, token: int, data: bytes | None) -> None:
        request = _decode(agent_pb2.GetAgentRequest, data)
        agent = self.registry.get_agent_metadata(request.name)
        self._inbox.reply(token, agent_pb2.GetAgentResponse(agent=agent).SerializeToString())

    async def _ListAgents(self, token: int, data: bytes | None) -> None:
        _decode(agent_pb2.ListAgentsRequest, data)
        reply = agent_pb2.ListAgentsResponse(agents=self.registry.list_agents())
        self._inbox.reply(token, reply.SerializeToString())

    # -- stopping ----------------------------------------------------------------------------

    def stop(self, grace: float = 10.0) -> None:
        """Stops accepting calls, lets those in flight finish for up to ``grace`` seconds,
        cancels the rest (their clients get CANCELLED), and closes the agent loop."""
        if self._loop.is_closed():
            return
        self._native.stop()
        deadline = time.monotonic() + grace
        while self._calls and time.monotonic() < deadline:
            time.sleep(0.02)
        if self._loop.is_running():
            cancelled = asyncio.run_coroutine_threadsafe(self._cancel_calls(), self._loop)
            cancelled.result(10)
        self._close_loop()

    async def _cancel_calls(self) -> None:
        calls = list(self._calls.values())
        for call in calls:
            call.cancel()
        await asyncio.gather(*calls, return_exceptions=True)

    def _close_loop(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
        if not self._loop.is_running() and not self._loop.is_closed():
            self._loop.close()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def __enter__(self) -> AgentServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"AgentServer({self.endpoint!r})"


def _message(value: Any, cls: Any, what: str) -> Any:
    """``value`` as a ``flytekit_core.idl`` message of ``cls`` (a ``_pb2`` one converted), or a
    TypeError naming the agent method that returned it."""
    if getattr(type(value), "DESCRIPTOR", None) is None or value.DESCRIPTOR.full_name != cls.DESCRIPTOR.full_name:
        raise TypeError(f"{what} returned {type(value).__name__}, not a {cls.DESCRIPTOR.full_name}")
    return as_idl(value, cls)


def resource_message(resource: Any, what: str, template: tasks_pb2.TaskTemplate | None = None) -> agent_pb2.Resource:
    """A :class:`Resource` as the IDL's: Python outputs converted by the task's interface
    when ``template`` is known, else by their own types."""
    if not isinstance(resource, Resource):
        raise TypeError(f"{what} returned {type(resource).__name__}, not a Resource")
    message = agent_pb2.Resource(phase=resource.phase, message=resource.message or "")
    for link in resource.log_links or ():
        message.log_links.append(
            execution_pb2.TaskLog(**link) if isinstance(link, dict) else as_idl(link, execution_pb2.TaskLog)
        )
    outputs = resource.outputs
    if outputs is not None:
        if getattr(getattr(type(outputs), "DESCRIPTOR", None), "full_name", None) == "flyteidl.core.LiteralMap":
            message.outputs = as_idl(outputs, literals_pb2.LiteralMap)
        elif isinstance(outputs, dict):
            declared = template.interface.outputs.variables if template is not None else {}
            types = {k: declared[k].type if k in declared else type_of(v, f"output {k!r}") for k, v in outputs.items()}
            message.outputs = literal_map(outputs, types, what)
        else:
            raise TypeError(f"{what}: outputs must be a dict or a LiteralMap, not {type(outputs).__name__}")
    if resource.custom_info:
        message.custom_info = json_format.ParseDict(resource.custom_info, struct_pb2.Struct())
    return message
