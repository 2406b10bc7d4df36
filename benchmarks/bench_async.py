"""Concurrent calls: 1,000 ``GetTask`` calls at once in one event loop, the rust
backend's async client (awaiting the native calls) against ``grpc.aio``, and against the
blocking clients driven by 32 threads. Two servers, each in a process of its own so the
clients do not share a runtime with it: the mock server (``python -m flytekit_core.testing``,
a canned reply: what the clients cost) and the local admin (SQLite behind each call).
Prints calls per second (the median of the rounds) and ratios.
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
ROUNDS = 7
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
    from flytekit.remote import AsyncFlyteRemote, FlyteRemote
    from flytekit_core.configuration import Config
    from flytekit_core.idl.flyteidl.admin import common_pb2, task_pb2
    from flytekit_core.remote_common import backends
    from flytekit_core.remote_common.retry import NO_RETRIES

    config = Config.for_endpoint(endpoint, insecure=True)
    request = common_pb2.ObjectGetRequest(id=task_id)
    with FlyteRemote(config, backend="rust") as setup:
        if server == "local admin":
            setup.client.create_task(task_pb2.TaskCreateRequest(id=task_id, spec=spec), timeout=5)
    installed = [b for b in backends.BACKENDS if backends.is_available(b)]
    rates: dict[str, float] = {}
    loop_cpu: dict[str, float] = {}
    for backend in installed:
        remote = AsyncFlyteRemote(config, backend=backend, retry=NO_RETRIES)
        rates[f"{backend} async"], loop_cpu[backend] = async_rate(remote, request)
        with FlyteRemote(config, backend=backend, retry=NO_RETRIES) as blocking:
            rates[f"{backend} sync, {THREADS} threads"] = threaded_rate(blocking, request)
    print(f"{CONCURRENT} concurrent GetTask calls, {server}, median of {ROUNDS} rounds:")
    for name, rate in rates.items():
        cpu = loop_cpu.get(name.removesuffix(" async")) if name.endswith(" async") else None
        note = f"  (event loop thread: {cpu * 1e6:.1f} us CPU per call)" if cpu is not None else ""
        print(f"  {name:<24} {rate:9.0f} calls/s{note}")
    if "grpc async" in rates:
        ratio = rates["rust async"] / rates["grpc async"]
        print(f"  rust async / grpc.aio: {ratio:.2f}x the throughput, "
              f"{loop_cpu['grpc'] / loop_cpu['rust']:.2f}x less event-loop CPU per call")  # fmt: skip
    print(f"  rust async / rust sync with threads: {rates['rust async'] / rates[f'rust sync, {THREADS} threads']:.2f}x")


def async_rate(remote: object, request: object) -> tuple[float, float]:
    """Calls per second, and the event loop's thread's CPU time per call (seconds)."""
    client = remote.client  # type: ignore[attr-defined]

    async def rounds() -> tuple[list[float], float]:
        await client.get_task(request, timeout=60)  # the connection
        times = []
        cpu = time.thread_time()
        for _ in range(ROUNDS):
            start = time.perf_counter()
            await asyncio.gather(*(client.get_task(request, timeout=60) for _ in range(CONCURRENT)))
            times.append(time.perf_counter() - start)
        cpu = (time.thread_time() - cpu) / (ROUNDS * CONCURRENT)
        await remote.close()  # type: ignore[attr-defined]
        return times, cpu

    times, cpu = asyncio.run(rounds())
    return CONCURRENT / statistics.median(times), cpu


def threaded_rate(remote: object, request: object) -> float:
    client = remote.client  # type: ignore[attr-defined]
    client.get_task(request, timeout=60)
    times = []
    with ThreadPoolExecutor(THREADS) as pool:
        for _ in range(ROUNDS):
            start = time.perf_counter()
            list(pool.map(lambda _: client.get_task(request, timeout=60), range(CONCURRENT)))
            times.append(time.perf_counter() - start)
    return CONCURRENT / statistics.median(times)


if __name__ == "__main__":
    main()
