"""Concurrent calls: 1,000 ``GetTask`` calls at once in one event loop, the rust
backend's async client (awaiting the native calls) against ``grpc.aio``, and against the
blocking clients driven by 32 threads. Two servers, each in a process of its own so the
clients do not share a runtime with it: the mock server (``python -m flytekit_core.testing``,
a canned reply: what the clients cost) and the local admin (SQLite behind each call).
The forms take turns round by round; prints calls per second (the median of the rounds)
and ratios (the median of the ratios of rounds made side by side, with their range).
Run: ``python benchmarks/bench_async.py``."""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONCURRENT = 1000
ROUNDS = 25  # a round of rust async lasts about 60 ms here: enough of them for a steady median
THREADS = 32


def main() -> None:
    from benchmarks.servers import serving
    from flytekit_core.idl.flyteidl.admin import task_pb2

    task_id = {"resource_type": 1, "project": "flytesnacks", "domain": "development", "name": "t", "version": "v1"}
    spec = {"template": {"id": task_id, "type": "python-task", "container": {"image": "i", "args": ["a"]}}}
    reply = ROOT / "target" / "bench-get-task.pb"
    reply.parent.mkdir(exist_ok=True)
    reply.write_bytes(task_pb2.Task(id=task_id, closure={"compiled_task": spec}).SerializeToString())
    servers = {
        "mock server": ("flytekit_core.testing", "--reply", f"get_task={reply}"),
        "local admin": ("flytekit_core.local_admin",),
    }
    for name, (module, *args) in servers.items():
        with serving(module, *args) as endpoint:
            report(name, endpoint, task_id, spec)


def report(server: str, endpoint: str, task_id: dict[str, object], spec: dict[str, object]) -> None:
    from benchmarks.timing import side_by_side
    from flytekit.remote import FlyteRemote
    from flytekit_core.configuration import Config
    from flytekit_core.idl.flyteidl.admin import common_pb2, task_pb2
    from flytekit_core.remote_common import backends

    config = Config.for_endpoint(endpoint, insecure=True)
    request = common_pb2.ObjectGetRequest(id=task_id)
    with FlyteRemote(config, backend="rust") as setup:
        if server == "local admin":
            setup.client.create_task(task_pb2.TaskCreateRequest(id=task_id, spec=spec), timeout=5)
    installed = [b for b in backends.BACKENDS if backends.is_available(b)]
    forms: dict[str, Form] = {}
    for backend in installed:
        forms[f"{backend} async"] = AsyncForm.start(config, backend, request)
        forms[f"{backend} sync, {THREADS} threads"] = ThreadedForm.start(config, backend, request)
    # The forms take turns, round by round, so a slow spell of this shared machine slows
    # neighbouring rounds of each alike; a ratio is the median of the ratios of the rounds
    # made side by side.
    times: dict[str, list[float]] = {name: [] for name in forms}
    for _ in range(ROUNDS):
        for name, form in forms.items():
            times[name].append(form.round())
    for form in forms.values():
        form.close()
    print(f"{CONCURRENT} concurrent GetTask calls, {server}, median of {ROUNDS} rounds, the forms taking turns:")
    for name, form in forms.items():
        cpu = getattr(form, "cpu_per_call", None)
        note = f"  (event loop thread: {cpu * 1e6:.1f} us CPU per call)" if cpu is not None else ""
        print(f"  {name:<24} {CONCURRENT / statistics.median(times[name]):9.0f} calls/s{note}")
    if "grpc async" in forms:
        low, mid, high = side_by_side(times["grpc async"], times["rust async"])
        cpu = forms["grpc async"].cpu_per_call / forms["rust async"].cpu_per_call  # type: ignore[attr-defined]
        print(f"  rust async / grpc.aio: {mid:.2f}x the throughput (rounds: {low:.2f}x to {high:.2f}x), "
              f"{cpu:.2f}x less event-loop CPU per call")  # fmt: skip
    low, mid, high = side_by_side(times[f"rust sync, {THREADS} threads"], times["rust async"])
    print(f"  rust async / rust sync with threads: {mid:.2f}x (rounds: {low:.2f}x to {high:.2f}x)")


class Form:
    def round(self) -> float:
        """Seconds taken by one round of concurrent calls."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class AsyncForm(Form):
    """One async remote on an event loop of its own (so one backend's loop machinery
    never runs in the other's rounds); its CPU time on the loop's thread is counted."""

    def __init__(self, loop: asyncio.AbstractEventLoop, remote: object, request: object) -> None:
        self.loop, self.remote, self.request = loop, remote, request
        self.cpu = 0.0
        self.calls = 0

    @classmethod
    def start(cls, config: object, backend: str, request: object) -> AsyncForm:
        from flytekit.remote import AsyncFlyteRemote
        from flytekit_core.remote_common.retry import NO_RETRIES

        async def connected() -> object:
            remote = AsyncFlyteRemote(config, backend=backend, retry=NO_RETRIES)
            await remote.client.get_task(request, timeout=60)  # the connection
            return remote

        loop = asyncio.new_event_loop()
        return cls(loop, loop.run_until_complete(connected()), request)

    def round(self) -> float:
        client = self.remote.client  # type: ignore[attr-defined]

        async def calls() -> None:
            await asyncio.gather(*(client.get_task(self.request, timeout=60) for _ in range(CONCURRENT)))

        cpu, start = time.thread_time(), time.perf_counter()
        self.loop.run_until_complete(calls())
        elapsed = time.perf_counter() - start
        self.cpu += time.thread_time() - cpu
        self.calls += CONCURRENT
        return elapsed

    @property
    def cpu_per_call(self) -> float:
        return self.cpu / self.calls

    def close(self) -> None:
        self.loop.run_until_complete(self.remote.close())  # type: ignore[attr-defined]
        self.loop.close()


class ThreadedForm(Form):
    """A blocking remote driven by a pool of threads."""

    def __init__(self, remote: object, request: object) -> None:
        self.remote, self.request = remote, request
        self.pool = ThreadPoolExecutor(THREADS)

    @classmethod
    def start(cls, config: object, backend: str, request: object) -> ThreadedForm:
        from flytekit.remote import FlyteRemote
        from flytekit_core.remote_common.retry import NO_RETRIES

        form = cls(FlyteRemote(config, backend=backend, retry=NO_RETRIES), request)
        form.remote.client.get_task(request, timeout=60)  # type: ignore[attr-defined]  # the connection
        return form

    def round(self) -> float:
        client = self.remote.client  # type: ignore[attr-defined]
        start = time.perf_counter()
        list(self.pool.map(lambda _: client.get_task(self.request, timeout=60), range(CONCURRENT)))
        return time.perf_counter() - start

    def close(self) -> None:
        self.pool.shutdown()
        self.remote.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
