"""``sync`` of executions with many node executions: a dynamic task fanning out to 1,000
and to 10,000 task nodes, run by the propeller stand-in on a local admin (in a process of
its own). Ours, on both backends, blocking and async, with bounded concurrency (``sync(...,
concurrency=16)``), against real flytekit 1.16.31's ``sync_execution(sync_nodes=True)``
in its own environment. Prints seconds and the cost per node execution.
Run: ``python benchmarks/bench_sync.py [--sizes 1000,10000]``."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FIXTURE = ROOT / "tests/fixtures/flyte-package.tgz"

REAL = """
import json, sys, time
from flytekit.configuration import Config
from flytekit.remote import FlyteRemote
endpoint, name = sys.argv[1], sys.argv[2]
remote = FlyteRemote(Config.for_endpoint(endpoint, insecure=True), default_project="flytesnacks",
                     default_domain="development")
start = time.perf_counter()
execution = remote.sync_execution(remote.fetch_execution(name=name), sync_nodes=True)
seconds = time.perf_counter() - start

def count(nodes):
    return sum(1 + count(n.subworkflow_node_executions) for n in nodes.values())

print(json.dumps({"seconds": seconds, "nodes": count(execution.node_executions)}))
"""


async def async_sync(remote: Any, execution: Any) -> tuple[float, int]:
    async with remote:
        start = time.perf_counter()
        run = await remote.sync(execution)
        return time.perf_counter() - start, sum(1 for _ in run.walk())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    sizes = [int(n) for n in parser.parse_args().sizes.split(",")]
    from benchmarks.servers import serving
    from flytekit.remote import AsyncFlyteRemote, FlyteRemote
    from flytekit_core.configuration import Config
    from flytekit_core.remote_common import backends
    from flytekit_core.testing import fixture_workflow
    from flytekit_core.testing.propeller import Propeller
    from tests import real_flytekit

    where = {"default_project": "flytesnacks", "default_domain": "development"}
    with serving("flytekit_core.local_admin") as endpoint:
        config = Config.for_endpoint(endpoint, insecure=True)
        setup = FlyteRemote(config, backend="rust", **where)
        setup.register_package(FIXTURE, version="v1")
        fan = setup.fetch_task(name="myapp.wf.fan", version="v1")
        tasks = fixture_workflow.implementations(FIXTURE)
        print("sync of an execution (a dynamic node and its children), seconds (per node execution):")
        for size in sizes:
            started = time.perf_counter()
            execution = setup.execute(fan, {"n": size}, execution_name=f"fan{size}")
            Propeller(setup, tasks).run(execution)
            made = time.perf_counter() - started
            rows: dict[str, tuple[float, int]] = {}
            for backend in [b for b in backends.BACKENDS if backends.is_available(b)]:
                with FlyteRemote(config, backend=backend, **where) as remote:
                    start = time.perf_counter()
                    run = remote.sync(execution)
                    rows[backend] = (time.perf_counter() - start, sum(1 for _ in run.walk()))
                rows[f"{backend} async"] = asyncio.run(
                    async_sync(AsyncFlyteRemote(config, backend=backend, **where), execution)
                )
            real = json.loads(real_flytekit.run(REAL, f"dns:///{endpoint}", execution.id.name, timeout=3600))
            rows["real flytekit"] = (real["seconds"], real["nodes"])
            print(f"  {size} children (made by the propeller in {made:.0f} s):")
            for name, (seconds, nodes) in rows.items():
                ratio = seconds / rows["real flytekit"][0]
                print(f"    {name:<14} {seconds:7.2f} s  {seconds / nodes * 1e3:6.3f} ms/node  {nodes} nodes  "
                      f"({ratio:.2f}x real flytekit)")  # fmt: skip
        setup.close()


if __name__ == "__main__":
    main()
