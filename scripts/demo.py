"""Demo: the bundled `pyflyte package` archive through both IDL object models, then through
both remote backends on the embedded local FlyteAdmin, then against the mock server.

1. Every spec is decoded by protobuf's `_pb2` classes and by `flytekit_core.idl`, read,
   re-encoded and compared.
2. On the embedded local FlyteAdmin (Rust, in this process), for `backend="grpc"` and
   `backend="rust"`: register the archive, launch its nightly launch plan, drive the run to
   success with the propeller stand-in, and fetch the outputs. Results are compared and
   the timings printed side by side.
3. Authenticated: a real OAuth2 authorization server (django-oauth-toolkit, on loopback)
   and a local FlyteAdmin requiring its tokens; both backends sign in with ClientSecret
   and call it, side by side; without a token the call is refused.
4. The mock server serves 100 fixture tasks; both backends list and fetch them, and a
   NOT_FOUND raises the same exception in both.
5. The side-by-side benchmarks run (pass --quick for short ones).
"""

from __future__ import annotations

import asyncio
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

KINDS = {"1": "TaskSpec", "2": "WorkflowSpec", "3": "LaunchPlan"}


def main() -> None:
    from flyteidl.admin import launch_plan_pb2 as upb_lp
    from flyteidl.admin import task_pb2 as upb_task
    from flyteidl.admin import workflow_pb2 as upb_wf

    from flytekit_core.idl.flyteidl.admin import launch_plan_pb2, task_pb2, workflow_pb2

    classes = {
        "TaskSpec": (upb_task.TaskSpec, task_pb2.TaskSpec),
        "WorkflowSpec": (upb_wf.WorkflowSpec, workflow_pb2.WorkflowSpec),
        "LaunchPlan": (upb_lp.LaunchPlan, launch_plan_pb2.LaunchPlan),
    }
    archive_path = ROOT / "tests/fixtures/flyte-package.tgz"
    print(f"{archive_path.name}: round trip through _pb2 (upb) and flytekit_core.idl (native codec)\n")
    print(f"{'entry':<62} {'kind':<13} {'bytes':>6}  {'identical':>9}")
    first_task = None
    with tarfile.open(archive_path) as archive:
        members = sorted(archive.getmembers(), key=lambda m: int(m.name.split("_")[0]))
        for member in members:
            data = archive.extractfile(member).read()  # type: ignore[union-attr]
            kind = KINDS[member.name.rsplit("_", 1)[1].removesuffix(".pb")]
            upb_cls, idl_cls = classes[kind]
            upb_msg, idl_msg = upb_cls.FromString(data), idl_cls.FromString(data)
            same = upb_msg.SerializeToString(deterministic=True) == idl_msg.SerializeToString(deterministic=True)
            print(f"{member.name:<62} {kind:<13} {len(data):>6}  {'yes' if same else 'NO':>9}")
            if not same:
                raise SystemExit(f"{member.name}: the two object models disagree")
            if kind == "TaskSpec" and first_task is None:
                first_task = idl_msg
    assert first_task is not None
    template = first_task.template
    print(f"\nfirst task: {template.id.name} ({template.type}), image {template.container.image}")
    print(f"  interface inputs: {sorted(template.interface.inputs.variables)}")
    print(f"  retries={template.metadata.retries.retries} cache={template.metadata.discoverable}\n")
    import bench_idl
    import bench_transport

    local_admin_demo(archive_path)
    agent_demo()
    authenticated_demo()
    remote_demo(bench_idl.task_list_bytes(100))
    start = time.perf_counter()
    bench_idl.main()
    print()
    bench_transport.main()
    print(f"\nbenchmarks took {time.perf_counter() - start:.1f} s")


def local_admin_demo(archive: Path) -> None:
    from flytekit.remote import FlyteRemote
    from flytekit_core.testing import fixture_workflow
    from flytekit_core.testing.propeller import Propeller

    print("The archive on the embedded local FlyteAdmin, through both backends\n")
    print(f"{'backend':<8} {'register':>8} {'execute':>8} {'run':>8} {'read':>8} {'sync':>8} {'nodes':>5}  outputs")
    results = {}
    for backend in ("grpc", "rust"):  # warm up: imports and the first connection
        with FlyteRemote.local(backend=backend) as remote:
            remote.list_projects()
    for backend in ("grpc", "rust"):
        with FlyteRemote.local(backend=backend) as remote:
            times = []
            start = time.perf_counter()
            report = remote.register_package(archive, version="v1")
            times.append(time.perf_counter() - start)
            plan = remote.fetch_launch_plan(name="pipeline_nightly")
            start = time.perf_counter()
            execution = remote.execute(plan, {"name": "flyte", "xs": [1.5, 2.5]}, execution_name="demo")
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            done = Propeller(remote, fixture_workflow.implementations(archive)).run(execution)
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            outputs = remote.get_execution_data(done).outputs
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            nodes = sum(1 for _ in remote.sync(done).walk())  # every node, nested ones too
            times.append(time.perf_counter() - start)
            if not report.ok or done.closure.phase != 4:  # SUCCEEDED
                raise SystemExit(f"{backend}: the run did not succeed")
            ms = " ".join(f"{t * 1e3:>6.1f}ms" for t in times)
            print(f"{backend:<8} {ms} {nodes:>5}  {outputs}")
            results[backend] = (outputs, nodes)
    if results["grpc"] != results["rust"]:
        raise SystemExit("the two backends disagree")
    print(f"\n{len(report.registered)} entities registered; the same outputs from both backends")
    for backend in ("grpc", "rust"):
        async_outputs = asyncio.run(async_run(archive, backend))
        if async_outputs != results[backend][0]:
            raise SystemExit(f"{backend}: the async remote disagrees")
    print("and from AsyncFlyteRemote on both (the same steps on an event loop)\n")


async def async_run(archive: Path, backend: str) -> dict[str, object]:
    """The archive registered, run and read back through AsyncFlyteRemote; the propeller,
    a blocking client, runs on a thread while the event loop waits for the execution."""
    from flytekit.remote import AsyncFlyteRemote, FlyteRemote
    from flytekit_core.testing import fixture_workflow
    from flytekit_core.testing.propeller import Propeller

    async with AsyncFlyteRemote.local(backend=backend) as remote:
        await remote.register_package(archive, version="v1")
        plan = await remote.fetch_launch_plan(name="pipeline_nightly")
        execution = await remote.execute(plan, {"name": "flyte", "xs": [1.5, 2.5]}, execution_name="demo")
        with FlyteRemote(remote.config, backend=backend) as blocking:
            propeller = Propeller(blocking, fixture_workflow.implementations(archive))
            await asyncio.gather(asyncio.to_thread(propeller.run, execution), remote.wait(execution, timeout=60))
        done = await remote.fetch_execution(execution.id.project, execution.id.domain, execution.id.name)
        return (await remote.get_execution_data(done)).outputs


def agent_demo() -> None:
    """A workflow whose task an agent runs: the example SQLite agent, served by the native
    agent server; the propeller sends it the task and reports what it answers."""
    import importlib.util
    import sqlite3
    import tempfile

    from flytekit.remote import FlyteRemote
    from flytekit_core.agent import AgentServer
    from flytekit_core.testing import fixture_workflow
    from flytekit_core.testing.propeller import Propeller

    spec = importlib.util.spec_from_file_location("sqlite_agent", ROOT / "examples/agents/sqlite_agent.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules["sqlite_agent"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # registers the agent
    print("An agent task on the embedded local FlyteAdmin: the SQLite agent, on the native agent server\n")
    with tempfile.TemporaryDirectory() as scratch, AgentServer() as agents:
        database = Path(scratch) / "shop.db"
        with sqlite3.connect(database) as connection:
            connection.execute("create table orders (id integer, item text, price real)")
            connection.executemany("insert into orders values (?, ?, ?)", [(1, "tea", 3.5), (2, "cake", 4.0)])
        for backend in ("grpc", "rust"):
            with FlyteRemote.local(backend=backend) as remote:
                workflow = fixture_workflow.register_agent_workflow(remote, "v1", str(database))
                execution = remote.execute(workflow, {"least": 3.9})
                propeller = Propeller(remote, {}, agents={"sqlite_query": agents.endpoint}, output_prefix=scratch)
                done = propeller.run(execution)
                if done.closure.phase != 4:  # SUCCEEDED
                    raise SystemExit(f"{backend}: the agent task did not succeed: {done.closure.error.message}")
                print(f"{backend:<8} {remote.get_execution_data(done).outputs}")
    print()


def authenticated_demo() -> None:
    import statistics

    from flytekit.remote import FlyteRemote
    from flytekit_core.configuration import Config
    from flytekit_core.exceptions import FlyteAuthenticationException
    from flytekit_core.local_admin import LocalAdmin

    sys.path.insert(0, str(ROOT))
    from tests.auth.oauth_server import CLIENT_CREDENTIALS_CLIENT_ID, AuthorizationServer

    print("Authenticated: a local FlyteAdmin requiring JWTs from django-oauth-toolkit, ClientSecret on both\n")
    with AuthorizationServer() as server, LocalAdmin(auth_issuer=server.issuer, auth_audience=server.audience) as admin:
        print(f"issuer {server.issuer}, admin {admin.endpoint} (tokens in the flyte-authorization header)")
        try:
            FlyteRemote(Config.for_endpoint(admin.endpoint, insecure=True), backend="rust").list_projects()
        except FlyteAuthenticationException as error:
            print(f"without a token: {type(error).__name__}: {error.message}\n")
        config = Config.for_endpoint(
            admin.endpoint,
            insecure=True,
            auth_type="ClientSecret",
            client_id=CLIENT_CREDENTIALS_CLIENT_ID,
            client_secret=server.client_secret,
            token_cache="memory",
        )
        print(f"{'backend':<8} {'sign-in + 1st call':>18} {'call p50':>10}  {'token requests':>14}  projects")
        p50s = {}
        for backend in ("grpc", "rust"):
            before = server.stats()["token_requests"].get("client_credentials", 0)
            with FlyteRemote(config, backend=backend) as remote:
                start = time.perf_counter()
                projects = [p.id for p in remote.list_projects()]
                first = time.perf_counter() - start
                times = []
                for _ in range(200):
                    start = time.perf_counter()
                    remote.list_projects()
                    times.append(time.perf_counter() - start)
            requests = server.stats()["token_requests"].get("client_credentials", 0) - before
            p50s[backend] = statistics.median(times)
            print(f"{backend:<8} {first * 1e3:>15.1f} ms {p50s[backend] * 1e6:>7.0f} us  {requests:>14}  {projects}")
        print(f"\nauthenticated call p50, rust / grpc: {p50s['rust'] / p50s['grpc']:.2f}x (one token each)\n")


def remote_demo(task_list: bytes) -> None:
    import statistics

    from flytekit.remote import FlyteRemote
    from flytekit_core.configuration import Config
    from flytekit_core.exceptions import FlyteEntityNotExistException
    from flytekit_core.testing import MockServer

    print("FlyteRemote on both backends against the native mock server (100 fixture tasks)\n")
    print(f"{'backend':<8} {'objects from':<38} {'tasks':>5} {'first task':<20} {'GetTask p50':>12} {'ListTasks':>10}")
    results = {}
    with MockServer() as server:
        server.reply("list_tasks", task_list)
        config = Config.for_endpoint(server.endpoint, insecure=True)
        for backend in ("grpc", "rust"):
            with FlyteRemote(config, backend=backend) as remote:
                if backend == "grpc":
                    from flyteidl.admin import common_pb2
                else:
                    from flytekit_core.idl.flyteidl.admin import common_pb2  # type: ignore[no-redef]
                listing = common_pb2.ResourceListRequest(id={"project": "flytesnacks", "domain": "development"})
                start = time.perf_counter()
                tasks = remote.client.list_tasks(listing, timeout=10)
                list_ms = (time.perf_counter() - start) * 1e3
                first = tasks.tasks[0]
                server.reply("get_task", first)
                get = common_pb2.ObjectGetRequest(id=first.id)
                times = []
                for _ in range(200):
                    start = time.perf_counter()
                    remote.client.get_task(get, timeout=10)
                    times.append(time.perf_counter() - start)
                server.fail("get_task", 5, f"task {first.id.name} not found")
                try:
                    remote.client.get_task(get, timeout=10)
                except FlyteEntityNotExistException as error:
                    raised = f"{type(error).__name__}({error})"
                results[backend] = (tasks.SerializeToString(deterministic=True), raised)
                p50 = statistics.median(times) * 1e6
                module = type(tasks).__module__
                name = first.id.name
                print(f"{backend:<8} {module:<38} {len(tasks.tasks):>5} {name:<20} {p50:>9.0f} us {list_ms:>7.1f} ms")
    if results["grpc"] != results["rust"]:
        raise SystemExit("the two backends disagree")
    print(f"\nsame tasks (byte-identical) and the same error from both: {results['rust'][1]}\n")


if __name__ == "__main__":
    main()
