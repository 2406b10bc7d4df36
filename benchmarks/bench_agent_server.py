"""The native agent server (``python -m flytekit_core.agent serve``) against real flytekit
1.16.31's ``pyflyte serve agent`` (grpcio, in its own environment), both running the
same agent (``benchmarks/agents/bench_agent.py``) and called by the same client (the
rust backend): server RSS at rest and under load, server CPU per call, CreateTask and
GetTask latency (p50, p99), and 100 tasks in flight at once (CreateTask then GetTask
each). Prints figures and ratios (native / pyflyte).
Run: ``python benchmarks/bench_agent_server.py [--calls N]``."""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
AGENTS = ROOT / "benchmarks" / "agents"
IN_FLIGHT = 100
ROUNDS = 10


def process_usage(pid: int) -> tuple[float, int]:
    """(CPU seconds, resident bytes) of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    status = Path(f"/proc/{pid}/status").read_text()
    rss_kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
    return cpu, rss_kib * 1024


def command(name: str, port: int) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of the server ``name`` on ``port``."""
    if name == "native":
        native = [sys.executable, "-m", "flytekit_core.agent", "serve", "--host", "127.0.0.1", "--port", str(port),
                  "--modules", "bench_agent"]  # fmt: skip
        return native, {**os.environ, "PYTHONPATH": str(AGENTS)}
    from benchmarks.servers import free_port
    from tests import real_flytekit

    launcher = (f"import sys; sys.path.insert(0, {str(AGENTS)!r}); sys.argv[0] = 'pyflyte'; "
                "from flytekit.clis.sdk_in_container.pyflyte import main; main()")  # fmt: skip
    real = [str(real_flytekit.python()), "-I", "-c", launcher, "serve", "agent", "--port", str(port),
            "--modules", "bench_agent", "--prometheus_port", str(free_port())]  # fmt: skip
    return real, {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp")}


def measure(endpoint: str, pid: int, calls: int) -> dict[str, float]:
    from flytekit.remote import AsyncFlyteRemote, FlyteRemote
    from flytekit_core.configuration import Config
    from flytekit_core.idl.flyteidl.admin import agent_pb2
    from flytekit_core.remote_common.retry import NO_RETRIES

    config = Config.for_endpoint(endpoint, insecure=True)
    remote = FlyteRemote(config, backend="rust", retry=NO_RETRIES)
    agent = remote.client.async_agent
    create = agent_pb2.CreateTaskRequest(template={"type": "bench", "id": {"name": "job"}})
    meta = agent.create_task(create, timeout=30).resource_meta
    get = agent_pb2.GetTaskRequest(task_category={"name": "bench"}, resource_meta=meta)
    agent.get_task(get, timeout=30)
    time.sleep(0.5)
    _, rest_rss = process_usage(pid)
    cpu_before, _ = process_usage(pid)
    latencies: dict[str, list[float]] = {"create": [], "get": []}
    for _ in range(calls):
        for name, call, request in (("create", agent.create_task, create), ("get", agent.get_task, get)):
            start = time.perf_counter()
            call(request, timeout=30)
            latencies[name].append(time.perf_counter() - start)
    cpu_after, _ = process_usage(pid)
    remote.close()

    async def in_flight() -> tuple[float, int]:
        async with AsyncFlyteRemote(config, backend="rust", retry=NO_RETRIES) as aremote:
            client = aremote.client.async_agent

            async def task(i: int) -> None:
                request = agent_pb2.CreateTaskRequest(template={"type": "bench", "id": {"name": f"t{i}"}})
                created = await client.create_task(request, timeout=60)
                meta = created.resource_meta
                await client.get_task(agent_pb2.GetTaskRequest(task_category={"name": "bench"}, resource_meta=meta))

            times, peak = [], 0
            for _ in range(ROUNDS):
                start = time.perf_counter()
                await asyncio.gather(*(task(i) for i in range(IN_FLIGHT)))
                times.append(time.perf_counter() - start)
                peak = max(peak, process_usage(pid)[1])
            return statistics.median(times), peak

    round_time, load_rss = asyncio.run(in_flight())

    def quantile(values: list[float], q: float) -> float:
        return sorted(values)[min(len(values) - 1, int(q * len(values)))]

    return {
        "rss at rest (MiB)": rest_rss / 2**20,
        "rss under load (MiB)": load_rss / 2**20,
        "cpu per call (us)": (cpu_after - cpu_before) / (2 * calls) * 1e6,
        "CreateTask p50 (us)": quantile(latencies["create"], 0.5) * 1e6,
        "CreateTask p99 (us)": quantile(latencies["create"], 0.99) * 1e6,
        "GetTask p50 (us)": quantile(latencies["get"], 0.5) * 1e6,
        "GetTask p99 (us)": quantile(latencies["get"], 0.99) * 1e6,
        f"{IN_FLIGHT} tasks in flight (ms)": round_time * 1e3,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    from benchmarks.servers import free_port, running

    results: dict[str, dict[str, float]] = {}
    for name in ("native", "pyflyte serve agent"):
        port = free_port()
        argv, env = command(name, port)
        with running(argv, port, env) as server:
            results[name] = measure(f"127.0.0.1:{port}", server.pid, args.calls)
    native, real = results["native"], results["pyflyte serve agent"]
    print(f"agent servers running the same agent, called by the rust client ({args.calls} calls each):")
    print(f"  {'':<28} {'native':>10} {'pyflyte':>10}  native/pyflyte")
    for metric in native:
        print(f"  {metric:<28} {native[metric]:>10.1f} {real[metric]:>10.1f}  {native[metric] / real[metric]:.2f}x")


if __name__ == "__main__":
    main()
