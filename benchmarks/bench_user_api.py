"""The user-level API against real flytekit 1.16.31's client, side by side on one local
admin: fetching each of 300 task versions (3 tasks of 100) once (real flytekit caches
``get_task``, so a first fetch is what compares), and listing a task's 100 versions, on
both our backends and with real flytekit's ``SynchronousFlyteClient`` (in its own
environment, timed in that process). The admin runs in a process of its own, as for real flytekit's client.

The forms take turns call by call (real flytekit's process times a call when told to),
so a slow spell of this shared machine slows each alike. Prints the median per call, and
each form's ratio to real flytekit: the median of the ratios of calls made side by side.
Run: ``python benchmarks/bench_user_api.py``."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VERSIONS = 100
CALLS = 300
NAME = "bench.task"
#: The tasks fetched, VERSIONS each (the first is the one listed): more calls to take the
#: median of than one task's versions.
FETCHED = (NAME, f"{NAME}.b", f"{NAME}.c")

# Runs in real flytekit's environment: each line read ("fetch NAME VERSION" or "list") is
# one call, answered with its seconds.
REAL = """
import sys, time
from flytekit.clients.friendly import SynchronousFlyteClient
from flytekit.configuration import PlatformConfig
from flytekit.models.common import NamedEntityIdentifier
from flytekit.models.core.identifier import Identifier, ResourceType
endpoint, name = sys.argv[1], sys.argv[2]
client = SynchronousFlyteClient(PlatformConfig(endpoint=endpoint, insecure=True))
where = NamedEntityIdentifier("flytesnacks", "development", name)
assert len(client.list_tasks_paginated(where, limit=100)[0]) == 100  # the connection
print("ready", flush=True)
for line in sys.stdin:
    what, *version = line.split()
    start = time.perf_counter()
    if what == "fetch":
        client.get_task(Identifier(ResourceType.TASK, "flytesnacks", "development", *version))
    else:
        client.list_tasks_paginated(where, limit=100)
    print(time.perf_counter() - start, flush=True)
"""


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def fetching(remote: Any) -> Callable[[str], float]:
    def fetch(task: str) -> float:
        name, version = task.split()
        return timed(lambda: remote.fetch_task(name=name, version=version))

    return fetch


def listing(remote: Any) -> Callable[[str], float]:
    return lambda _: timed(lambda: list(remote.iter_tasks(NAME)))


class RealClient:
    """Real flytekit's client in its process (see ``REAL``): ``call(line)`` is its seconds."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        if process.stdin is None or process.stdout is None:
            raise RuntimeError("real flytekit's client needs pipes")
        self._to, self._from = process.stdin, process.stdout
        if self._from.readline().strip() != "ready":
            raise RuntimeError("real flytekit's client did not start")

    def call(self, line: str) -> float:
        self._to.write(line + "\n")
        answer = self._from.readline()
        if not answer:
            raise RuntimeError(f"real flytekit's client exited at {line!r}")
        return float(answer)


def main() -> None:
    from benchmarks.servers import serving
    from benchmarks.timing import side_by_side
    from flytekit.remote import FlyteRemote
    from flytekit_core.configuration import Config
    from flytekit_core.idl.flyteidl.admin import task_pb2
    from flytekit_core.idl.flyteidl.core import identifier_pb2
    from flytekit_core.remote_common import backends, user_api
    from tests import real_flytekit

    with serving("flytekit_core.local_admin") as endpoint:
        config = Config.for_endpoint(endpoint, insecure=True)
        where = {"default_project": "flytesnacks", "default_domain": "development"}
        with FlyteRemote(config, backend="rust", **where) as setup:
            spec = task_pb2.TaskSpec(template={"type": "python-task", "interface": {}, "container": {"image": "i"}})
            for name in FETCHED:
                for version in range(VERSIONS):
                    task_id = identifier_pb2.Identifier(
                        resource_type=1, project="flytesnacks", domain="development", name=name, version=f"v{version}"
                    )
                    setup.register_task(task_id, spec)
        user_api.PAGE_SIZE = 100  # one page, as real flytekit's list_tasks_paginated(limit=100)
        remotes = {b: FlyteRemote(config, backend=b, **where) for b in backends.BACKENDS if backends.is_available(b)}
        for remote in remotes.values():
            assert len(list(remote.iter_tasks(NAME))) == VERSIONS  # the connection
        with real_flytekit.serving(REAL, f"dns:///{endpoint}", NAME) as process:
            real = RealClient(process)
            forms = {name: fetching(remote) for name, remote in remotes.items()}
            forms["real flytekit"] = lambda task: real.call(f"fetch {task}")
            fetch = rounds(forms, [f"{name} v{v}" for name in FETCHED for v in range(VERSIONS)])
            forms = {name: listing(remote) for name, remote in remotes.items()}
            forms["real flytekit"] = lambda _: real.call("list")
            lists = rounds(forms, [""] * CALLS)
        for remote in remotes.values():
            remote.close()
    print("user-level calls against one local admin, the forms taking turns call by call")
    print("(median per call; ratio to real flytekit 1.16.31: the median of side-by-side ratios)")
    fetched = len(FETCHED) * VERSIONS
    labels = (f"fetch_task (each of {fetched} versions once)", f"list {VERSIONS} versions, {CALLS} times")
    for label, times in zip(labels, (fetch, lists), strict=True):
        real_times = times["real flytekit"]
        cells = ", ".join(
            f"{name} {statistics.median(each) * 1e6:.0f} us ({side_by_side(each, real_times)[1]:.3f}x)"
            for name, each in times.items()
        )
        print(f"  {label}: {cells}")


def rounds(forms: dict[str, Callable[[str], float]], arguments: list[str]) -> dict[str, list[float]]:
    """Each form called once per argument, in an order that rotates round by round."""
    names = list(forms)
    times: dict[str, list[float]] = {name: [] for name in names}
    for i, argument in enumerate(arguments):
        for name in names[i % len(names) :] + names[: i % len(names)]:
            times[name].append(forms[name](argument))
    return times


if __name__ == "__main__":
    main()
