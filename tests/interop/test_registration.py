"""Registration by real flytekit (``pyflyte register``, fast and not, ``pyflyte package``)
and by us (``register_package``), each read back by the other, equal as bytes (in the
deterministic serialization, which orders map entries: protobuf leaves their order open)."""

from __future__ import annotations

from pathlib import Path

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.idl.flyteidl.admin import common_pb2
from tests.interop.conftest import VERSION, RealFlytekit, unb64

# Real FlyteRemote fetches (by version, or the latest); the bytes are what its raw client
# reads for that id (flytekit's models keep only the fields they know).
FETCH = """
from flytekit.clients.raw import RawSynchronousFlyteClient as Raw
from flyteidl.admin import common_pb2
kind, name, version = args["kind"], args["name"], args["version"]
fetch = {"task": remote.fetch_task, "workflow": remote.fetch_workflow, "launch_plan": remote.fetch_launch_plan}[kind]
entity = fetch(name=name, version=version)
get = {"task": Raw.get_task, "workflow": Raw.get_workflow, "launch_plan": Raw.get_launch_plan}[kind]
raw = get(client, common_pb2.ObjectGetRequest(id=entity.id.to_flyte_idl()))
result = {"id": [entity.id.name, entity.id.version], "bytes": pb(raw)}
"""
ENTITIES = [
    ("task", "flows.pipeline.add"),
    ("task", "flows.types_flow.echo"),
    ("workflow", "flows.pipeline.pipeline"),
    ("workflow", "flows.gates.gated"),
    ("launch_plan", "pipeline.nightly"),
    ("launch_plan", "pipeline.inner_lp"),
]


def ours(remote: FlyteRemote, kind: str, name: str, version: str | None) -> bytes:
    fetch = {"task": remote.fetch_task, "workflow": remote.fetch_workflow, "launch_plan": remote.fetch_launch_plan}
    entity = fetch[kind](name=name, version=version)
    get = {"task": remote.client.get_task, "workflow": remote.client.get_workflow,
           "launch_plan": remote.client.get_launch_plan}[kind]  # fmt: skip
    return get(common_pb2.ObjectGetRequest(id=entity.id)).SerializeToString(deterministic=True)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("kind", "name"), ENTITIES)
def test_registered_by_pyflyte_read_back_equal(real: RealFlytekit, remote: FlyteRemote, kind: str, name: str) -> None:
    theirs = real.run(FETCH, kind=kind, name=name, version=VERSION)
    assert theirs["id"] == [name, VERSION]
    assert ours(remote, kind, name, VERSION) == unb64(theirs["bytes"])
    # The latest version (whichever test registered it): the same for both.
    latest = real.run(FETCH, kind=kind, name=name, version=None)
    assert ours(remote, kind, name, None) == unb64(latest["bytes"])


def test_fast_registration_uploaded_the_code(real: RealFlytekit, remote: FlyteRemote, admin_data: Path) -> None:
    task = remote.fetch_task(name="flows.pipeline.add", version=VERSION)
    args = list(task.closure.compiled_task.template.container.args)
    # pyflyte-fast-execute --additional-distribution <the uploaded archive> ... as flytekit writes it
    archive = args[args.index("--additional-distribution") + 1]
    assert archive.endswith(".tar.gz")
    stored = [p for p in admin_data.rglob("*.tar.gz") if p.name == archive.rsplit("/", 1)[-1]]
    assert len(stored) == 1 and stored[0].stat().st_size > 0


def test_non_fast_registration(real: RealFlytekit, remote: FlyteRemote) -> None:
    real.pyflyte("register", "--copy", "none", "--version", "nf1", "flows")
    task = remote.fetch_task(name="flows.pipeline.add", version="nf1")
    args = list(task.closure.compiled_task.template.container.args)
    assert args[0] == "pyflyte-execute" and "--additional-distribution" not in args
    theirs = real.run(FETCH, kind="task", name="flows.pipeline.add", version="nf1")
    assert ours(remote, "task", "flows.pipeline.add", "nf1") == unb64(theirs["bytes"])


def test_package_registered_by_us_read_by_real_flytekit(
    real: RealFlytekit, remote: FlyteRemote, tmp_path: Path, backend: str
) -> None:
    archive = tmp_path / "flows.tgz"
    real.pyflyte("--pkgs", "flows", "package", "--image", "ghcr.io/flyteorg/flytekit:py3.11-1.16.31",
                 "--output", str(archive), "--force")  # fmt: skip
    version = f"pkg-{backend}"
    report = remote.register_package(archive, version=version)
    assert not report.failed and len(report.registered) == 21
    for kind, name in ENTITIES:
        theirs = real.run(FETCH, kind=kind, name=name, version=version)
        assert theirs["id"] == [name, version]
        assert ours(remote, kind, name, version) == unb64(theirs["bytes"])
