"""The user-level API against real flytekit 1.16.31's client, side by side on one local
admin: fetching each of 100 task versions once (real flytekit caches ``get_task``, so a
first fetch is what compares), and listing a task's 100 versions, on both our backends
and with real flytekit's ``SynchronousFlyteClient`` (in its own environment, timed in
that process). The admin runs in a process of its own, as for real flytekit's client.
Median per call, and each as a ratio to real flytekit.
Run: ``python benchmarks/bench_user_api.py``."""

from __future__ import annotations

import inspect
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VERSIONS = 100
CALLS = 300
NAME = "bench.task"

# Run in real flytekit's environment, after this project's timing module (its own source).
REAL = """
import json, statistics, sys, time
from flytekit.clients.friendly import SynchronousFlyteClient
from flytekit.configuration import PlatformConfig
from flytekit.models.common import NamedEntityIdentifier
from flytekit.models.core.identifier import Identifier, ResourceType
endpoint, name, calls = sys.argv[1], sys.argv[2], int(sys.argv[3])
client = SynchronousFlyteClient(PlatformConfig(endpoint=endpoint, insecure=True))

def each_version():
    # get_task is lru_cached in flytekit: each version is fetched once, as a first fetch is.
    times = []
    for version in range(100):
        task = Identifier(ResourceType.TASK, "flytesnacks", "development", name, f"v{version}")
        start = time.perf_counter()
        client.get_task(task)
        times.append(time.perf_counter() - start)
    return statistics.median(times)

where = NamedEntityIdentifier("flytesnacks", "development", name)
listed = lambda: client.list_tasks_paginated(where, limit=100)
assert len(listed()[0]) == 100
print(json.dumps({"fetch": each_version(), "list": median_seconds(listed, calls)}))
"""


def each_version(remote: object) -> float:
    """The median of fetching each version once (a first fetch: real flytekit caches)."""
    times = []
    for version in range(VERSIONS):
        start = time.perf_counter()
        remote.fetch_task(name=NAME, version=f"v{version}")  # type: ignore[attr-defined]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from benchmarks import timing
    from benchmarks.servers import serving
    from benchmarks.timing import median_seconds
    from flytekit.remote import FlyteRemote
    from flytekit_core.configuration import Config
    from flytekit_core.idl.flyteidl.admin import task_pb2
    from flytekit_core.idl.flyteidl.core import identifier_pb2
    from flytekit_core.remote_common import backends, user_api
    from tests import real_flytekit

    with serving("flytekit_core.local_admin") as endpoint:
        config = Config.for_endpoint(endpoint, insecure=True)
        where = {"default_project": "flytesnacks", "default_domain": "development"}
        setup = FlyteRemote(config, backend="rust", **where)
        spec = task_pb2.TaskSpec(template={"type": "python-task", "interface": {}, "container": {"image": "i"}})
        for version in range(VERSIONS):
            task_id = identifier_pb2.Identifier(
                resource_type=1, project="flytesnacks", domain="development", name=NAME, version=f"v{version}"
            )
            setup.register_task(task_id, spec)
        user_api.PAGE_SIZE = 100  # one page, as real flytekit's list_tasks_paginated(limit=100)
        rows = {}
        for backend in [b for b in backends.BACKENDS if backends.is_available(b)]:
            remote = FlyteRemote(config, backend=backend, **where)
            assert len(list(remote.iter_tasks(NAME))) == VERSIONS
            rows[backend] = {
                "fetch": each_version(remote),
                "list": median_seconds(lambda r=remote: list(r.iter_tasks(NAME)), CALLS),  # type: ignore[misc]
            }
            remote.close()
        script = inspect.getsource(timing) + REAL
        rows["real flytekit"] = json.loads(
            real_flytekit.run(script, f"dns:///{endpoint}", NAME, str(CALLS), timeout=600)
        )
        setup.close()
    real = rows["real flytekit"]
    print(f"user-level calls against one local admin, median of {CALLS} (ratio to real flytekit 1.16.31)")
    for what, label in (("fetch", "fetch_task (each version once)"), ("list", f"list {VERSIONS} versions")):
        cells = ", ".join(
            f"{name} {row[what] * 1e6:.0f} us ({row[what] / real[what]:.2f}x)" for name, row in rows.items()
        )
        print(f"  {label}: {cells}")


if __name__ == "__main__":
    main()
