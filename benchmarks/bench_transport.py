"""Benchmark: the two backends' raw clients, side by side, against the native mock server.

    python benchmarks/bench_transport.py [--quick]

The server runs in its own process (``python -m flytekit_core.testing``) so the client's CPU
time is the client's alone. Prints, per backend, and the ratio rust / grpc (below 1 means
the Rust backend is faster or cheaper):

- unary ``GetTask`` (one fixture task): p50 latency and client CPU per call (process
  time of all the client's threads);
- ``ListTasks`` returning 100 tasks, end to end: the call, decoding, and reading every field;
- two threads calling in parallel against one: the throughput gained, against a server
  that answers at once (bound by CPU: client and server share this machine's cores) and
  against one that takes 1 ms to answer (bound by waiting: what the GIL release buys);
- the import time of each backend (what one ``GetTask`` call needs), in a fresh interpreter.

Needs flytekit-remote's grpc extra for the grpcio side.
"""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_idl

from flytekit.remote import FlyteRemote
from flytekit_core.configuration import Config

BACKENDS = ("grpc", "rust")


def start_server(replies: dict[str, bytes], workdir: Path, delay: float = 0.0) -> tuple[subprocess.Popen[str], str]:
    args = [sys.executable, "-m", "flytekit_core.testing", "--port", "0", "--delay", str(delay)]
    for endpoint, data in replies.items():
        path = workdir / f"{endpoint}.bin"
        path.write_bytes(data)
        args += ["--reply", f"{endpoint}={path}"]
    server = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    line = server.stdout.readline()
    if not line.startswith("serving"):
        server.kill()
        raise SystemExit(f"the mock server did not start: {line!r}")
    return server, line.rsplit(" ", 1)[1].strip()


def timed_calls(call: Callable[[], Any], count: int) -> tuple[list[float], float]:
    """Per-call wall times, and the process CPU time per call."""
    times = []
    cpu = time.process_time()
    for _ in range(count):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return times, (time.process_time() - cpu) / count


def throughput(call: Callable[[], Any], threads: int, per_thread: int) -> float:
    """Calls per second with ``threads`` threads each making ``per_thread`` calls."""
    barrier = threading.Barrier(threads + 1)

    def work() -> None:
        barrier.wait()
        for _ in range(per_thread):
            call()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    barrier.wait()
    start = time.perf_counter()
    for w in workers:
        w.join()
    return threads * per_thread / (time.perf_counter() - start)


def main() -> None:
    quick = "--quick" in sys.argv
    calls = 300 if quick else 2000
    rounds = 2 if quick else 4
    list_calls = 10 if quick else 40
    task_list = bench_idl.task_list_bytes(100)

    from flyteidl.admin import task_pb2

    task = task_pb2.TaskList.FromString(task_list).tasks[0].SerializeToString()
    with tempfile.TemporaryDirectory() as workdir:
        server, endpoint = start_server({"get_task": task, "list_tasks": task_list}, Path(workdir))
        slow_server, slow_endpoint = start_server({"get_task": task}, Path(workdir), delay=0.001)
        try:
            results = run(endpoint, calls, rounds, list_calls)
            for backend, (one, two) in scaling(slow_endpoint, calls // 4).items():
                results[backend].update(slow_one=one, slow_two=two)
        finally:
            for process in (server, slow_server):
                process.terminate()
                process.wait()
    imports = {
        "grpc": bench_idl.import_time(
            "import flytekit.remote.grpc_transport, flytekit_core.remote_common.raw_client, flyteidl.admin.task_pb2"
        ),
        "rust": bench_idl.import_time(
            "import flytekit_core.remote.transport, flytekit_core.remote_common.raw_client, "
            "flytekit_core.idl.flyteidl.admin.task_pb2"
        ),
    }
    report(results, imports, task_bytes=len(task), list_bytes=len(task_list))


def run(endpoint: str, calls: int, rounds: int, list_calls: int) -> dict[str, dict[str, float]]:
    config = Config.for_endpoint(endpoint, insecure=True)
    remotes = {b: FlyteRemote(config, backend=b) for b in BACKENDS}
    requests = {}
    for backend in BACKENDS:
        if backend == "grpc":
            from flyteidl.admin import common_pb2
        else:
            from flytekit_core.idl.flyteidl.admin import common_pb2  # type: ignore[no-redef]
        requests[backend] = (
            common_pb2.ObjectGetRequest(id={"resource_type": 1, "project": "flytesnacks", "name": "t", "version": "v"}),
            common_pb2.ResourceListRequest(id={"project": "flytesnacks", "domain": "development"}, limit=100),
        )
    readers = {"grpc": bench_idl.reader(bench_idl.pb2_fields), "rust": bench_idl.reader(bench_idl.idl_fields)}
    latencies: dict[str, list[float]] = {b: [] for b in BACKENDS}
    cpu: dict[str, list[float]] = {b: [] for b in BACKENDS}
    listing: dict[str, list[float]] = {b: [] for b in BACKENDS}
    for backend in BACKENDS:  # warm up: connect, caches
        client = remotes[backend].client
        for _ in range(200):
            client.get_task(requests[backend][0])
    # Rounds alternate between the backends so drift on a shared machine hits both.
    for _ in range(rounds):
        for backend in BACKENDS:
            client, (get, lst) = remotes[backend].client, requests[backend]
            gc.collect()
            times, per_call_cpu = timed_calls(lambda client=client, get=get: client.get_task(get), calls // rounds)
            latencies[backend] += times
            cpu[backend].append(per_call_cpu)
            read_all = readers[backend]
            times, _ = timed_calls(
                lambda client=client, lst=lst, read_all=read_all: read_all(client.list_tasks(lst)), list_calls
            )
            listing[backend] += times
    results: dict[str, dict[str, float]] = {}
    for backend in BACKENDS:
        client, get = remotes[backend].client, requests[backend][0]
        one = throughput(lambda client=client, get=get: client.get_task(get), 1, calls)
        two = throughput(lambda client=client, get=get: client.get_task(get), 2, calls)
        results[backend] = {
            "p50": statistics.median(latencies[backend]),
            "p99": statistics.quantiles(latencies[backend], n=100)[98],
            "cpu": statistics.median(cpu[backend]),
            "list": statistics.median(listing[backend]),
            "one": one,
            "two": two,
        }
    for remote in remotes.values():
        remote.close()
    return results


def scaling(endpoint: str, calls: int) -> dict[str, tuple[float, float]]:
    """Throughput with 1 and 2 threads per backend against ``endpoint``."""
    config = Config.for_endpoint(endpoint, insecure=True)
    out = {}
    for backend in BACKENDS:
        with FlyteRemote(config, backend=backend) as remote:
            if backend == "grpc":
                from flyteidl.admin import common_pb2
            else:
                from flytekit_core.idl.flyteidl.admin import common_pb2  # type: ignore[no-redef]
            client, get = remote.client, common_pb2.ObjectGetRequest()
            for _ in range(50):
                client.get_task(get)
            out[backend] = (
                throughput(lambda client=client, get=get: client.get_task(get), 1, calls),
                throughput(lambda client=client, get=get: client.get_task(get), 2, calls),
            )
    return out


def report(results: dict[str, dict[str, float]], imports: dict[str, float], task_bytes: int, list_bytes: int) -> None:
    g, r = results["grpc"], results["rust"]
    us = 1e6
    print("transport benchmark: both backends against the native mock server (another process)\n")
    print(f"{'measure':<46} {'grpc':>11} {'rust':>11} {'rust/grpc':>10}  target")
    rows = [
        (f"GetTask p50 ({task_bytes} B reply), us", g["p50"] * us, r["p50"] * us, "<= 0.50x"),
        ("GetTask p99, us", g["p99"] * us, r["p99"] * us, ""),
        ("GetTask client CPU per call, us", g["cpu"] * us, r["cpu"] * us, "<= 0.33x"),
        (f"ListTasks 100 tasks ({list_bytes // 1024} KB) + read all, ms", g["list"] * 1e3, r["list"] * 1e3, ""),
        ("GetTask calls/s, 1 thread", g["one"], r["one"], ""),
        ("GetTask calls/s, 2 threads", g["two"], r["two"], ""),
        ("import for one call, ms", imports["grpc"] * 1e3, imports["rust"] * 1e3, ""),
    ]
    for label, gv, rv, target in rows:
        print(f"{label:<46} {gv:>11.1f} {rv:>11.1f} {rv / gv:>9.2f}x  {target}")
    print()
    print("2 threads against 1, throughput:")
    for backend in ("grpc", "rust"):
        busy = results[backend]["two"] / results[backend]["one"]
        waiting = results[backend]["slow_two"] / results[backend]["slow_one"]
        target = "  (target >= 1.7x)" if backend == "rust" else ""
        print(f"  {backend}: {busy:.2f}x with an instant server, {waiting:.2f}x with a 1 ms server{target}")


if __name__ == "__main__":
    main()
