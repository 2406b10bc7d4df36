"""FlyteRemote's user-level registry methods against the embedded local FlyteAdmin, on both
backends, with FlyteAdmin's rules and the error paths."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core import exceptions
from flytekit_core.idl.flyteidl.admin import common_pb2, project_pb2, task_pb2, workflow_pb2
from flytekit_core.idl.flyteidl.core import identifier_pb2
from flytekit_core.remote_common import user_api
from flytekit_core.remote_common.user_api import PackageError, read_package
from tests.remote.conftest import INSTALLED

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/flyte-package.tgz"
TASK_NAMES = ["myapp.wf.add", "myapp.wf.greet", "myapp.wf.stats", "myapp.wf.fan"]


@pytest.fixture
def remote(backend: str) -> Any:
    with FlyteRemote.local(backend=backend) as remote:
        yield remote


def task_id(name: str = "wf.t", version: str = "v1") -> identifier_pb2.Identifier:
    return identifier_pb2.Identifier(
        resource_type=identifier_pb2.ResourceType.TASK, project="flytesnacks", domain="development",
        name=name, version=version,
    )  # fmt: skip


def task_spec(image: str = "img:1") -> task_pb2.TaskSpec:
    return task_pb2.TaskSpec(template={"type": "python-task", "container": {"image": image}})


def test_register_package_in_order_and_again(remote: Any) -> None:
    report = remote.register_package(FIXTURE, version="v1")
    assert report.ok
    kinds = [i.resource_type for i in report.registered]
    assert kinds == [1] * 5 + [2] + [3] * 2  # tasks, then the workflow, then launch plans
    assert all((i.project, i.domain, i.version) == ("flytesnacks", "development", "v1") for i in report.registered)
    again = remote.register_package(FIXTURE, version="v1")
    assert again.ok and len(again.registered) == 8  # identical re-registration is accepted

    workflow = remote.fetch_workflow(name="myapp.wf.pipeline")
    assert type(workflow) is workflow_pb2.Workflow
    compiled = workflow.closure.compiled_workflow
    names = {t.template.id.name for t in compiled.tasks}
    assert set(TASK_NAMES) <= names
    assert any(name.endswith("-arraynode") for name in names)  # the mapped task, inside an array node
    # References inside the workflow were given the package's project, domain and version.
    node_ids = [n.task_node.reference_id for n in compiled.primary.template.nodes if n.HasField("task_node")]
    assert node_ids and all(i.version == "v1" and i.project == "flytesnacks" for i in node_ids)


def test_conflicting_re_registration_is_reported_per_entity(remote: Any) -> None:
    remote.register_task(task_id("myapp.wf.add", "v2"), task_spec("someone-else:1"))
    report = remote.register_package(FIXTURE, version="v2")
    assert [i.name for i, _ in report.failed] == ["myapp.wf.add"]
    [(_, error)] = report.failed
    assert isinstance(error, exceptions.FlyteEntityAlreadyExistsException)
    assert len(report.registered) == 7 and not report.ok


def test_register_and_fetch_versions(remote: Any) -> None:
    for version, image in (("v1", "a"), ("v3", "c"), ("v2", "b")):
        task = remote.register_task(task_id(version=version), task_spec(image))
        assert type(task) is task_pb2.Task and task.closure.compiled_task.template.container.image == image
    assert remote.register_task(task_id(version="v1"), task_spec("a")).id.version == "v1"  # identical: fine
    with pytest.raises(exceptions.FlyteEntityAlreadyExistsException):
        remote.register_task(task_id(version="v1"), task_spec("changed"))
    assert remote.fetch_task(name="wf.t").id.version == "v2"  # the latest registered
    assert remote.fetch_task(name="wf.t", version="v3").closure.compiled_task.template.container.image == "c"
    with pytest.raises(exceptions.FlyteEntityNotExistException):
        remote.fetch_task(name="wf.t", version="v9")
    with pytest.raises(exceptions.FlyteEntityNotExistException, match=r"no task named wf\.nope"):
        remote.fetch_task(name="wf.nope")


def test_iterators_follow_pages_filter_and_sort(remote: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(user_api, "PAGE_SIZE", 2)
    for i in range(5):
        remote.register_task(task_id(version=f"v{i}"), task_spec(str(i)))
    assert [t.id.version for t in remote.iter_tasks("wf.t")] == ["v4", "v3", "v2", "v1", "v0"]
    ascending = remote.iter_tasks("wf.t", sort_by=("version", True), filters="ne(version,v2)")
    assert [t.id.version for t in ascending] == ["v0", "v1", "v3", "v4"]
    assert [t.id.version for t in remote.iter_tasks("wf.t", filters="value_in(version,v1;v4)")] == ["v4", "v1"]
    with pytest.raises(exceptions.FlyteInvalidInputException, match=r"'t\.image' is invalid filter"):
        list(remote.iter_tasks("wf.t", filters="eq(image,x)"))
    with pytest.raises(exceptions.FlyteSystemException, match=r"UNIMPLEMENTED.*ListTasks on digest"):
        list(remote.iter_tasks("wf.t", filters="eq(digest,x)"))
    remote.register_task(task_id("wf.u", "v1"), task_spec())
    assert sorted(t.id.name for t in remote.list_tasks_by_version("v1")) == ["wf.t", "wf.u"]


def test_a_workflow_needs_its_tasks(remote: Any) -> None:
    entries = read_package(FIXTURE)
    [(_, workflow)] = [(k, r) for k, r in entries if k == 2]
    user_api.hydrate(workflow, "flytesnacks", "development", "v1")
    with pytest.raises(exceptions.FlyteInvalidInputException, match="is not registered"):
        remote.register_workflow(workflow.id, workflow.spec)


def test_launch_plans_have_one_active_version(remote: Any) -> None:
    remote.register_package(FIXTURE, version="v1")
    remote.register_package(FIXTURE, version="v2")
    assert remote.fetch_active_launchplan(name="pipeline_nightly") is None
    v1 = remote.fetch_launch_plan(name="pipeline_nightly", version="v1")
    v2 = remote.fetch_launch_plan(name="pipeline_nightly", version="v2")
    remote.activate_launchplan(v1.id)
    assert remote.fetch_active_launchplan(name="pipeline_nightly").id.version == "v1"
    remote.activate_launchplan(v2.id)
    active = remote.fetch_active_launchplan(name="pipeline_nightly")
    assert active.id.version == "v2" and active.closure.state == 1
    assert remote.fetch_launch_plan(name="pipeline_nightly", version="v1").closure.state == 0
    remote.deactivate_launchplan(v2.id)
    assert remote.fetch_active_launchplan(name="pipeline_nightly") is None


def test_projects_and_domains(remote: Any) -> None:
    assert [p.id for p in remote.list_projects()] == ["flytesnacks"]
    assert [d.id for d in remote.get_domains()] == ["development", "staging", "production"]
    remote.client.register_project(project_pb2.ProjectRegisterRequest(project={"id": "ml", "name": "ML"}))
    assert [p.id for p in remote.list_projects()] == ["flytesnacks", "ml"]
    with pytest.raises(exceptions.FlyteEntityAlreadyExistsException):
        remote.client.register_project(project_pb2.ProjectRegisterRequest(project={"id": "ml"}))
    with pytest.raises(exceptions.FlyteInvalidInputException, match=r"project \[nope\] not found"):
        remote.register_task(task_id().__class__(resource_type=1, project="nope", domain="development",
                                                 name="t", version="v"), task_spec())  # fmt: skip
    assert remote.register_package(FIXTURE, version="v1", project="ml", domain="staging").ok


def broken_archives(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    paths["not an archive"] = tmp_path / "notes.tgz"
    paths["not an archive"].write_text("hello")
    foreign = tmp_path / "foreign.tgz"
    with tarfile.open(foreign, "w:gz") as archive:
        info = tarfile.TarInfo("README.md")
        info.size = 5
        archive.addfile(info, io.BytesIO(b"hello"))
    paths["foreign member"] = foreign
    corrupt = tmp_path / "corrupt.tgz"
    with tarfile.open(FIXTURE) as source, tarfile.open(corrupt, "w:gz") as archive:
        for member in source.getmembers():
            data = source.extractfile(member).read()  # type: ignore[union-attr]
            if member.name.startswith("5_"):
                data = data[: len(data) // 2]  # a truncated workflow
            member.size = len(data)
            archive.addfile(member, io.BytesIO(data))
    paths["truncated member"] = corrupt
    return paths


@pytest.mark.parametrize("case", ["not an archive", "foreign member", "truncated member"])
def test_a_broken_archive_names_the_file_and_registers_nothing(remote: Any, tmp_path: Path, case: str) -> None:
    path = broken_archives(tmp_path)[case]
    with pytest.raises(PackageError, match=path.name) as raised:
        remote.register_package(path, version="v1")
    if case == "truncated member":
        assert "5_myapp.wf.pipeline_2.pb" in str(raised.value)
    with pytest.raises(exceptions.FlyteEntityNotExistException):
        remote.fetch_task(name="myapp.wf.add")


def test_project_and_domain_are_required(backend: str) -> None:
    with FlyteRemote.local(backend=backend, default_project="", default_domain="") as remote:
        with pytest.raises(ValueError, match="project and domain are required"):
            remote.fetch_task(name="x")


def scenario(remote: Any) -> list[bytes]:
    """A user script: register the package, look around, activate a launch plan."""
    out: list[Any] = [remote.register_package(FIXTURE, version="v1").registered]
    out.append(remote.fetch_task(name="myapp.wf.add"))
    out.append(remote.fetch_workflow(name="myapp.wf.pipeline", version="v1"))
    plan = remote.fetch_launch_plan(name="pipeline_nightly")
    remote.activate_launchplan(plan.id)
    out.append(remote.fetch_active_launchplan(name="pipeline_nightly"))
    out.extend(remote.list_projects())
    out.append(remote.list_tasks_by_version("v1"))
    flat = []
    for item in out:
        for message in item if isinstance(item, list) else [item]:
            if "closure" in message.DESCRIPTOR.fields_by_name:
                for stamp in ("created_at", "updated_at"):  # the only things that differ between runs
                    if stamp in message.closure.DESCRIPTOR.fields_by_name:
                        message.closure.ClearField(stamp)
            flat.append(message.SerializeToString(deterministic=True))
    return flat


@pytest.mark.skipif(INSTALLED != ["grpc", "rust"], reason="needs both backends")
def test_the_same_script_gives_the_same_results_on_both_backends() -> None:
    results = {}
    for backend in INSTALLED:
        with FlyteRemote.local(backend=backend) as remote:
            results[backend] = scenario(remote)
    assert len(results["rust"]) == 17
    assert results["grpc"] == results["rust"]


def test_named_entities_keep_their_state_across_a_restart(tmp_path: Path, backend: str) -> None:
    database = tmp_path / "admin.db"
    where = {"project": "flytesnacks", "domain": "development"}
    pipeline = {"resource_type": 2, "id": {**where, "name": "myapp.wf.pipeline"}}

    def listed(remote: Any, filters: str = "") -> list[str]:
        request = common_pb2.NamedEntityListRequest(resource_type=2, limit=10, filters=filters, **where)
        return [e.id.name for e in remote.client.list_named_entities(request).entities]

    with FlyteRemote.local(backend=backend, database=database) as remote:
        remote.register_package(FIXTURE, version="v1")
        assert listed(remote) == ["myapp.wf.pipeline"]
        entity = remote.client.get_named_entity(common_pb2.NamedEntityGetRequest(**pipeline))
        assert entity.metadata.state == common_pb2.NAMED_ENTITY_ACTIVE
        archive = {"description": "superseded", "state": common_pb2.NAMED_ENTITY_ARCHIVED}
        remote.client.update_named_entity(common_pb2.NamedEntityUpdateRequest(metadata=archive, **pipeline))
        with pytest.raises(exceptions.FlyteEntityNotExistException, match="no entity named"):
            missing = {"resource_type": 2, "id": {**where, "name": "nope"}}
            remote.client.update_named_entity(common_pb2.NamedEntityUpdateRequest(metadata=archive, **missing))
    with FlyteRemote.local(backend=backend, database=database) as remote:
        entity = remote.client.get_named_entity(common_pb2.NamedEntityGetRequest(**pipeline))
        assert (entity.metadata.state, entity.metadata.description) == (common_pb2.NAMED_ENTITY_ARCHIVED, "superseded")
        assert listed(remote, "eq(state,0)") == []
        assert listed(remote, "eq(state,1)") == ["myapp.wf.pipeline"]


def test_every_list_endpoint_has_an_iterator_over_its_pages(remote: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(user_api, "PAGE_SIZE", 1)  # so every listing below takes several pages
    for project in ("p1", "p2"):
        remote.client.register_project(project_pb2.ProjectRegisterRequest(project={"id": project, "name": project}))
    assert [p.id for p in remote.iter_projects()] == ["flytesnacks", "p1", "p2"]
    descending = remote.iter_projects(sort_by=("identifier", False), filters="ne(identifier,p1)")
    assert [p.id for p in descending] == ["p2", "flytesnacks"]
    remote.register_package(FIXTURE, version="v1")
    remote.register_package(FIXTURE, version="v2")
    names = [e.name for e in remote.iter_names(identifier_pb2.ResourceType.TASK)]
    assert names[:2] == ["myapp.wf.add", "myapp.wf.fan"] and len(names) == 5
    greet = remote.iter_named_entities(identifier_pb2.ResourceType.TASK, filters="contains(name,gre)")
    assert [e.id.name for e in greet] == ["myapp.wf.greet"]
    with pytest.raises(ValueError, match="resource_type"):
        remote.iter_names(7)
    workflows = remote.iter_named_entities(identifier_pb2.ResourceType.WORKFLOW, sort_by=("name", False))
    assert [(e.id.name, e.metadata.state) for e in workflows] == [("myapp.wf.pipeline", 0)]
    for version in ("v1", "v2"):
        remote.activate_launchplan(remote.fetch_launch_plan(name="myapp.wf.pipeline", version=version).id)
    remote.activate_launchplan(remote.fetch_launch_plan(name="pipeline_nightly", version="v1").id)
    active = [(p.id.name, p.id.version) for p in remote.iter_active_launch_plans(sort_by=("name", True))]
    assert active == [("myapp.wf.pipeline", "v2"), ("pipeline_nightly", "v1")]


def test_user_level_replies_are_decoded_once_into_idl_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    # On the grpc backend too: the reply's bytes go straight into flytekit_core.idl objects,
    # never through _pb2 objects first.
    if "grpc" not in INSTALLED:
        pytest.skip("the grpc backend is not installed")
    from flytekit.remote import grpc_transport

    decoded: list[str] = []
    original = grpc_transport.GrpcTransport._decoder
    monkeypatch.setattr(
        grpc_transport.GrpcTransport, "_decoder", lambda self, rpc: decoded.append(rpc.endpoint) or original(self, rpc)
    )
    with FlyteRemote.local(backend="grpc") as remote:
        remote.register_task(task_id(version="v1"), task_spec())
        decoded.clear()  # (a registration's empty reply is not the caller's)
        task = remote.fetch_task(name="wf.t", version="v1")
        assert type(task) is task_pb2.Task and task.id.version == "v1"
        assert decoded == []  # no _pb2 decoding on the user-level path
        remote.client.get_task(common_pb2.ObjectGetRequest(id=task.id))  # the raw client: _pb2, as before
        assert decoded == ["get_task"]
