"""Real flytekit's ``SynchronousFlyteClient`` lists, page by page with the filters and sort
keys it sends, against ours; what FlyteAdmin refuses, refused with its message; the data
proxy and launch-plan activation from either side."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.idl.flyteidl.core import identifier_pb2
from flytekit_core.testing.propeller import Propeller
from tests.interop.conftest import VERSION, RealFlytekit
from tests.interop.test_executions import fresh

# Every page of each paginated list, with the limit of 2 so that tokens are followed.
LISTS = """
from flytekit.models import filters as f
from flytekit.models.admin.common import Sort
from flytekit.models.common import NamedEntityIdentifier
from flytekit.models.core.identifier import WorkflowExecutionIdentifier

def pages(call, *a, **kw):
    items, token = [], ""
    while True:
        page, token = call(*a, limit=2, token=token, **kw)
        items.extend(page)
        if not token:
            return items

newest = Sort("created_at", Sort.Direction.DESCENDING)
oldest = Sort("created_at", Sort.Direction.ASCENDING)
where = NamedEntityIdentifier("flytesnacks", "development", "flows.pipeline.add")
eid = WorkflowExecutionIdentifier("flytesnacks", "development", args["execution"])
result = {
    "tasks": [t.id.version for t in pages(client.list_tasks_paginated, where, sort_by=newest)],
    "tasks_by_version": [t.id.version for t in pages(client.list_tasks_paginated,
        NamedEntityIdentifier("flytesnacks", "development"), filters=[f.Equal("version", args["version"])])],
    "task_ids": [t.name for t in pages(client.list_task_ids_paginated, "flytesnacks", "development")],
    "workflow_ids": [w.name for w in pages(client.list_workflow_ids_paginated, "flytesnacks", "development")],
    "launch_plans": [p.id.version for p in pages(client.list_launch_plans_paginated,
        NamedEntityIdentifier("flytesnacks", "development", "pipeline.nightly"),
        sort_by=Sort("updated_at", Sort.Direction.DESCENDING))],
    "executions": [e.id.name for e in pages(client.list_executions_paginated, "flytesnacks", "development",
        filters=[f.ValueIn("phase", ["SUCCEEDED", "FAILED"])], sort_by=newest)],
    "nodes": [n.id.node_id for n in pages(client.list_node_executions, eid, sort_by=oldest)],
    "children": [n.id.node_id for n in pages(client.list_node_executions, eid, unique_parent_id="n0",
        sort_by=oldest)],
    "projects": [p.id for p in pages(client.list_projects_paginated, sort_by=Sort("identifier",
        Sort.Direction.ASCENDING))],
}
"""


def ours(remote: FlyteRemote, execution: str) -> dict[str, list[str]]:
    newest, oldest = ("created_at", False), ("created_at", True)
    done = remote.fetch_execution("flytesnacks", "development", execution)
    task, workflow = identifier_pb2.TASK, identifier_pb2.WORKFLOW
    return {
        "tasks": [t.id.version for t in remote.iter_tasks("flows.pipeline.add", sort_by=newest)],
        "tasks_by_version": [t.id.version for t in remote.list_tasks_by_version(VERSION)],
        "task_ids": [e.name for e in remote.iter_names(task)],
        "workflow_ids": [e.name for e in remote.iter_names(workflow)],
        "launch_plans": [p.id.version for p in remote.iter_launch_plans("pipeline.nightly",
                                                                         sort_by=("updated_at", False))],
        "executions": [e.id.name for e in remote.iter_executions(filters="value_in(phase,SUCCEEDED;FAILED)",
                                                                 sort_by=newest)],
        "nodes": [n.id.node_id for n in remote.iter_node_executions(done, sort_by=oldest)],
        "children": [n.id.node_id for n in remote.iter_node_executions(done, parent="n0", sort_by=oldest)],
        "projects": [p.id for p in remote.iter_projects(sort_by=("identifier", True))],
    }  # fmt: skip


def test_paginated_lists_agree(real: RealFlytekit, remote: FlyteRemote, propeller: Propeller) -> None:
    workflow = remote.fetch_workflow(name="flows.pipeline.pipeline", version=VERSION)
    execution = propeller.run(remote.execute(workflow, {"a": 3, "n": 2}, execution_name=fresh("ls")))
    theirs = real.run(LISTS, execution=execution.id.name, version=VERSION)
    assert ours(remote, execution.id.name) == theirs
    assert theirs["nodes"][:2] == ["n0", "n1"]  # in the order they began
    assert theirs["children"] == ["n0-0-n0", "n0-0-n1"]
    assert VERSION in theirs["tasks_by_version"] and "flows.pipeline.add" in theirs["task_ids"]


REFUSED = """
from flytekit.models import filters as f
from flytekit.models.admin.common import Sort
from flytekit.models.common import NamedEntityIdentifier
where = NamedEntityIdentifier("flytesnacks", "development", "flows.pipeline.add")
try:
    client.list_tasks_paginated(where, limit=5, **eval(args["request"]))
    result = "accepted"
except Exception as error:
    result = repr(error.__cause__ or error)
"""


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        ('{"filters": [f.Equal("image", "x")]}', "'t.image' is invalid filter"),
        ('{"filters": [f.Equal("execution.phase", "x")]}', "'e' entity is not allowed in filters"),
        ('{"sort_by": Sort("nope", Sort.Direction.ASCENDING)}', "invalid sort key 'nope'"),
        ('{"token": "x"}', "invalid pagination token x for ListTasks"),
        ('{"filters": [f.Equal("digest", "x")]}', "the local admin does not filter or sort ListTasks on digest"),
    ],
)
def test_refusals_reach_real_flytekit_with_flyteadmins_message(real: RealFlytekit, request_: str, message: str) -> None:
    assert message in real.run(REFUSED, request=request_)


UNIMPLEMENTED = """
from flyteidl.admin import project_domain_attributes_pb2 as attributes
from flytekit.clients.raw import RawSynchronousFlyteClient as Raw
try:
    Raw.get_project_domain_attributes(client, attributes.ProjectDomainAttributesGetRequest(
        project="flytesnacks", domain="development", resource_type=1))
    result = "answered"
except Exception as error:
    result = repr(error.__cause__ or error)
"""


def test_an_rpc_the_local_admin_lacks_is_unimplemented_and_named(real: RealFlytekit) -> None:
    answer = real.run(UNIMPLEMENTED)
    assert "UNIMPLEMENTED" in answer and "GetProjectDomainAttributes" in answer


UPLOAD = """
import pathlib
md5, url = remote.upload_file(pathlib.Path(args["path"]))
result = {"md5": md5.hex(), "url": url}
"""


def test_upload_file_through_the_data_proxy(real: RealFlytekit, remote: FlyteRemote, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"uploaded by real flytekit\n")
    theirs = real.run(UPLOAD, path=str(path))
    assert remote.download_file(theirs["url"]) == path.read_bytes()
    assert theirs["md5"] == hashlib.md5(path.read_bytes()).hexdigest()
    _, url = remote.upload_file(path, filename_root=f"ours-{theirs['md5'][:6]}")
    assert real.run(DOWNLOAD, url=url) == path.read_text()


DOWNLOAD = """
import urllib.request
from flyteidl.service import dataproxy_pb2
from flytekit.clients.raw import RawSynchronousFlyteClient as Raw
link = Raw.create_download_location(client, dataproxy_pb2.CreateDownloadLocationRequest(native_url=args["url"]))
result = urllib.request.urlopen(link.signed_url).read().decode()
"""

ACTIVATE = """
from flytekit.models.core.identifier import Identifier, ResourceType
plan = remote.fetch_launch_plan(name="pipeline.nightly", version=args["version"])
remote.activate_launchplan(plan.id)
active = remote.fetch_active_launchplan(name="pipeline.nightly")
result = active.id.version if active else None
"""
ACTIVE = """
active = remote.fetch_active_launchplan(name="pipeline.nightly")
result = active.id.version if active else None
"""


def test_launch_plan_activation_either_side(real: RealFlytekit, remote: FlyteRemote) -> None:
    assert real.run(ACTIVATE, version=VERSION) == VERSION
    active = remote.fetch_active_launchplan(name="pipeline.nightly")
    assert active is not None and active.id.version == VERSION
    remote.deactivate_launchplan(active.id)
    assert real.run(ACTIVE) is None
    assert remote.fetch_active_launchplan(name="pipeline.nightly") is None
