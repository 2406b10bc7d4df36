"""The user-level methods of ``FlyteRemote`` that need only the registry: projects and
domains, fetching and listing tasks, workflows and launch plans, registering them (one by
one, or the ``flyte-package.tgz`` that ``pyflyte package`` writes), and activating launch
plans.

They are written once, as steps (:mod:`flytekit_core.remote_common.steps`) that both the
blocking and the asyncio remote drive, against :mod:`flytekit_core.idl` objects, and behave
the same on both backends: requests are built as ``flytekit_core.idl`` objects (the grpc
backend converts them through bytes) and each reply is decoded once, into the
``flytekit_core.idl`` object returned, whichever backend carried it.
"""

from __future__ import annotations

import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from flytekit_core.exceptions import FlyteEntityNotExistException, FlyteSystemException
from flytekit_core.idl import DecodeError, Message
from flytekit_core.idl import services as rpcs
from flytekit_core.idl.flyteidl.admin import common_pb2, launch_plan_pb2, project_pb2, task_pb2, workflow_pb2
from flytekit_core.idl.flyteidl.core import identifier_pb2
from flytekit_core.idl.rpc import Rpc
from flytekit_core.remote_common.steps import Call, Item, Step, collect, listing, operation

M = TypeVar("M", bound=Message)

TASK, WORKFLOW, LAUNCH_PLAN = (
    identifier_pb2.ResourceType.TASK,
    identifier_pb2.ResourceType.WORKFLOW,
    identifier_pb2.ResourceType.LAUNCH_PLAN,
)
#: Page size of the iterators over list endpoints.
PAGE_SIZE = 100
#: Sorting a list: ``(field, ascending)``.
SortBy = tuple[str, bool]


def as_idl(message: Any, cls: type[M]) -> M:
    """``message`` as a :mod:`flytekit_core.idl` object: a ``_pb2`` one goes through bytes,
    and so does one of real flytekit's ``flytekit.models`` objects (through its ``_pb2``)."""
    if isinstance(message, cls):
        return message
    to_flyte_idl = getattr(message, "to_flyte_idl", None)
    if to_flyte_idl is not None:
        message = to_flyte_idl()
    return cls.FromString(message.SerializeToString())


class PackageError(ValueError):
    """An archive is not a ``pyflyte package`` output; the message names the file (and the
    member) at fault. Nothing was registered."""


@dataclass
class PackageReport:
    """What ``register_package`` did, entity by entity, in the archive's order."""

    registered: list[identifier_pb2.Identifier] = field(default_factory=list)
    failed: list[tuple[identifier_pb2.Identifier, FlyteSystemException]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


class UserApi:
    """The registry half of the user-level API, as steps (see
    :mod:`flytekit_core.remote_common.steps`); mixed into the remotes, which provide the
    driver, ``backend`` and the defaults."""

    backend: str
    default_project: str | None
    default_domain: str | None

    # -- helpers ---------------------------------------------------------------------------

    def _where(self, project: str | None, domain: str | None) -> tuple[str, str]:
        project = project or self.default_project
        domain = domain or self.default_domain
        if not project or not domain:
            raise ValueError("project and domain are required (or set default_project and default_domain)")
        return project, domain

    def _id(
        self, kind: int, project: str | None, domain: str | None, name: str, version: str
    ) -> identifier_pb2.Identifier:
        project, domain = self._where(project, domain)
        return identifier_pb2.Identifier(resource_type=kind, project=project, domain=domain, name=name, version=version)

    def _list(self, rpc: Rpc, request: Any, items: str, sort_by: SortBy | None) -> Step[Any]:
        """Every item of a list endpoint, page by page (a listing step), sorted as
        ``sort_by`` says."""
        request.limit = PAGE_SIZE
        if sort_by is not None:
            key, ascending = sort_by
            request.sort_by.key = key
            request.sort_by.direction = common_pb2.Sort.ASCENDING if ascending else common_pb2.Sort.DESCENDING
        return _pages(rpc, request, items)

    def _list_versions(
        self, rpc: Rpc, items: str, project: str | None, domain: str | None, name: str, filters: str,
        sort_by: SortBy | None,
    ) -> Step[Any]:  # fmt: skip
        project, domain = self._where(project, domain)
        request = common_pb2.ResourceListRequest(
            id={"project": project, "domain": domain, "name": name}, filters=filters
        )
        return self._list(rpc, request, items, sort_by)

    # -- projects and domains --------------------------------------------------------------

    @listing
    def iter_projects(self, *, filters: str = "", sort_by: SortBy | None = None) -> Step[project_pb2.Project]:
        """Every project, by id unless ``sort_by``; ``filters`` on FlyteAdmin's columns
        ``identifier``, ``name``, ``description`` or ``state``."""
        request = project_pb2.ProjectListRequest(filters=filters)
        return self._list(rpcs.LIST_PROJECTS, request, "projects", sort_by)

    @operation
    def list_projects(self) -> Step[list[project_pb2.Project]]:
        return (yield from collect(self.iter_projects.step()))

    @operation
    def get_domains(self) -> Step[list[project_pb2.Domain]]:
        reply = yield Call(rpcs.GET_DOMAINS, project_pb2.GetDomainRequest())
        return list(reply.domains)

    # -- listing ---------------------------------------------------------------------------

    @listing
    def iter_names(
        self, resource_type: int, project: str | None = None, domain: str | None = None, *,
        sort_by: SortBy | None = None,
    ) -> Step[common_pb2.NamedEntityIdentifier]:  # fmt: skip
        """The names registered for a resource type (TASK, WORKFLOW or LAUNCH_PLAN), by
        name. FlyteAdmin ignores filters on these lists, so there are none here: filter
        names with :meth:`iter_named_entities`."""
        project, domain = self._where(project, domain)
        lists = {TASK: rpcs.LIST_TASK_IDS, WORKFLOW: rpcs.LIST_WORKFLOW_IDS, LAUNCH_PLAN: rpcs.LIST_LAUNCH_PLAN_IDS}
        if resource_type not in lists:
            raise ValueError(f"resource_type must be TASK, WORKFLOW or LAUNCH_PLAN, not {resource_type!r}")
        request = common_pb2.NamedEntityIdentifierListRequest(project=project, domain=domain)
        return self._list(lists[resource_type], request, "entities", sort_by)

    @listing
    def iter_named_entities(
        self, resource_type: int, project: str | None = None, domain: str | None = None, *, filters: str = "",
        sort_by: SortBy | None = None,
    ) -> Step[common_pb2.NamedEntity]:  # fmt: skip
        """The named entities of a resource type with their metadata (description, state:
        active or archived), by name; ``filters`` on ``name`` or ``state``."""
        project, domain = self._where(project, domain)
        request = common_pb2.NamedEntityListRequest(
            resource_type=resource_type, project=project, domain=domain, filters=filters
        )
        return self._list(rpcs.LIST_NAMED_ENTITIES, request, "entities", sort_by)

    @listing
    def iter_active_launch_plans(
        self, project: str | None = None, domain: str | None = None, *, sort_by: SortBy | None = None
    ) -> Step[launch_plan_pb2.LaunchPlan]:
        """The active version of each launch plan that has one, newest first unless
        ``sort_by``."""
        project, domain = self._where(project, domain)
        request = launch_plan_pb2.ActiveLaunchPlanListRequest(project=project, domain=domain)
        return self._list(rpcs.LIST_ACTIVE_LAUNCH_PLANS, request, "launch_plans", sort_by)

    @listing
    def iter_tasks(
        self, name: str, project: str | None = None, domain: str | None = None, *, filters: str = "",
        sort_by: SortBy | None = None,
    ) -> Step[task_pb2.Task]:  # fmt: skip
        """Every version of the task ``name``, newest first unless ``sort_by=(key, ascending)``;
        ``filters`` in FlyteAdmin's syntax (``eq(version,v1)+...``)."""
        return self._list_versions(rpcs.LIST_TASKS, "tasks", project, domain, name, filters, sort_by)

    @listing
    def iter_workflows(
        self, name: str, project: str | None = None, domain: str | None = None, *, filters: str = "",
        sort_by: SortBy | None = None,
    ) -> Step[workflow_pb2.Workflow]:  # fmt: skip
        return self._list_versions(rpcs.LIST_WORKFLOWS, "workflows", project, domain, name, filters, sort_by)

    @listing
    def iter_launch_plans(
        self, name: str, project: str | None = None, domain: str | None = None, *, filters: str = "",
        sort_by: SortBy | None = None,
    ) -> Step[launch_plan_pb2.LaunchPlan]:  # fmt: skip
        return self._list_versions(
            rpcs.LIST_LAUNCH_PLANS, "launch_plans", project, domain, name,
            filters, sort_by,
        )  # fmt: skip

    @operation
    def list_tasks_by_version(
        self, version: str, project: str | None = None, domain: str | None = None
    ) -> Step[list[task_pb2.Task]]:
        """Every task registered with ``version``, by name."""
        project, domain = self._where(project, domain)
        names = yield from collect(self.iter_names.step(TASK, project, domain))
        tasks = []
        for entity in names:
            tasks.extend((yield from collect(self.iter_tasks.step(entity.name, project, domain,
                                                                  filters=f"eq(version,{version})"))))  # fmt: skip
        return tasks

    # -- fetching --------------------------------------------------------------------------

    def _fetch(
        self, kind: int, get: Rpc, versions: str, project: str | None, domain: str | None, name: str,
        version: str | None,
    ) -> Step[M]:  # fmt: skip
        """``version`` of ``name``, or its latest version, found with the listing method named
        ``versions`` (looked up only then: binding a method costs every fetch a microsecond)."""
        if version is None:
            # The latest version, as flytekit finds it: the newest by creation time.
            listed = getattr(self, versions).step(name, project, domain, sort_by=("created_at", False))
            latest = yield from collect(listed, limit=1)
            if not latest:
                where = "/".join(self._where(project, domain))
                noun = {TASK: "task", WORKFLOW: "workflow", LAUNCH_PLAN: "launch plan"}[kind]
                raise FlyteEntityNotExistException(f"no {noun} named {name} in {where}", code=5, code_name="NOT_FOUND")
            return latest[0]  # type: ignore[no-any-return]
        request = common_pb2.ObjectGetRequest(id=self._id(kind, project, domain, name, version))
        return (yield Call(get, request))  # type: ignore[no-any-return]

    @operation
    def fetch_task(
        self, project: str | None = None, domain: str | None = None, name: str = "", version: str | None = None
    ) -> Step[task_pb2.Task]:
        """A task version; the latest one when ``version`` is None. Raises
        FlyteEntityNotExistException for an unknown task."""
        return self._fetch(TASK, rpcs.GET_TASK, "iter_tasks", project, domain, name, version)

    @operation
    def fetch_workflow(
        self, project: str | None = None, domain: str | None = None, name: str = "", version: str | None = None
    ) -> Step[workflow_pb2.Workflow]:
        return self._fetch(WORKFLOW, rpcs.GET_WORKFLOW, "iter_workflows", project, domain, name, version)

    @operation
    def fetch_launch_plan(
        self, project: str | None = None, domain: str | None = None, name: str = "", version: str | None = None
    ) -> Step[launch_plan_pb2.LaunchPlan]:
        return self._fetch(
            LAUNCH_PLAN, rpcs.GET_LAUNCH_PLAN, "iter_launch_plans",
            project, domain, name, version,
        )  # fmt: skip

    @operation
    def fetch_active_launchplan(
        self, project: str | None = None, domain: str | None = None, name: str = ""
    ) -> Step[launch_plan_pb2.LaunchPlan | None]:
        """The active version of a launch plan, or None if no version is active."""
        project, domain = self._where(project, domain)
        request = launch_plan_pb2.ActiveLaunchPlanRequest(id={"project": project, "domain": domain, "name": name})
        try:
            return (yield Call(rpcs.GET_ACTIVE_LAUNCH_PLAN, request))  # type: ignore[no-any-return]
        except FlyteEntityNotExistException:
            return None

    # -- registering -----------------------------------------------------------------------

    def _register(self, create: Rpc, request: Any, fetch: Any) -> Step[Any]:
        """Creates an entity, then fetches it as registered."""
        yield Call(create, request)
        id = request.id
        return (yield from fetch.step(id.project, id.domain, id.name, id.version))

    @operation
    def register_task(self, id: Any, spec: Any) -> Step[task_pb2.Task]:
        """Registers a task version; the identical spec again is accepted. Raises
        FlyteEntityAlreadyExistsException for another spec under the same identifier."""
        request = task_pb2.TaskCreateRequest(
            id=as_idl(id, identifier_pb2.Identifier), spec=as_idl(spec, task_pb2.TaskSpec)
        )
        return self._register(rpcs.CREATE_TASK, request, self.fetch_task)

    @operation
    def register_workflow(self, id: Any, spec: Any) -> Step[workflow_pb2.Workflow]:
        """Registers a workflow version; its tasks, launch plans and sub-workflows must be
        registered first (else FlyteInvalidInputException)."""
        request = workflow_pb2.WorkflowCreateRequest(
            id=as_idl(id, identifier_pb2.Identifier), spec=as_idl(spec, workflow_pb2.WorkflowSpec)
        )
        return self._register(rpcs.CREATE_WORKFLOW, request, self.fetch_workflow)

    @operation
    def register_launch_plan(self, id: Any, spec: Any) -> Step[launch_plan_pb2.LaunchPlan]:
        request = launch_plan_pb2.LaunchPlanCreateRequest(
            id=as_idl(id, identifier_pb2.Identifier), spec=as_idl(spec, launch_plan_pb2.LaunchPlanSpec)
        )
        return self._register(rpcs.CREATE_LAUNCH_PLAN, request, self.fetch_launch_plan)

    @operation
    def activate_launchplan(self, id: Any) -> Step[None]:
        return self._set_state(id, launch_plan_pb2.LaunchPlanState.ACTIVE)

    @operation
    def deactivate_launchplan(self, id: Any) -> Step[None]:
        return self._set_state(id, launch_plan_pb2.LaunchPlanState.INACTIVE)

    def _set_state(self, id: Any, state: int) -> Step[None]:
        request = launch_plan_pb2.LaunchPlanUpdateRequest(id=as_idl(id, identifier_pb2.Identifier), state=state)
        yield Call(rpcs.UPDATE_LAUNCH_PLAN, request)

    @operation
    def register_package(
        self, path: str | Path, version: str, project: str | None = None, domain: str | None = None
    ) -> Step[PackageReport]:
        """Registers the entities of a ``pyflyte package`` archive in its order (tasks,
        workflows, launch plans), under ``project``, ``domain`` and ``version``.

        The whole archive is read and checked first: a corrupt or foreign file raises
        PackageError naming it, and nothing is registered. Then each entity is registered;
        identical re-registration succeeds, and an entity that fails (another spec under
        the same identifier, say) is reported in ``failed`` while the rest go on.
        """
        project, domain = self._where(project, domain)
        entries = read_package(Path(path))
        report = PackageReport()
        create = {TASK: rpcs.CREATE_TASK, WORKFLOW: rpcs.CREATE_WORKFLOW, LAUNCH_PLAN: rpcs.CREATE_LAUNCH_PLAN}
        for kind, request in entries:
            hydrate(request, project, domain, version)
            try:
                yield Call(create[kind], request)
            except FlyteSystemException as error:
                report.failed.append((request.id, error))
            else:
                report.registered.append(request.id)
        return report


def _pages(rpc: Rpc, request: Any, items: str) -> Step[Any]:
    """Every item of a list endpoint, following page tokens: a page is asked for when the
    items before it have been taken."""
    while True:
        response = yield Call(rpc, request)
        for item in getattr(response, items):
            yield Item(item)
        if not response.token:
            return
        request.token = response.token


def read_package(path: Path) -> list[tuple[int, Message]]:
    """The create requests of a ``pyflyte package`` archive, in its order. Members are
    ``<index>_<name>_<kind>.pb`` with kind 1 (TaskSpec), 2 (WorkflowSpec) or 3 (LaunchPlan)."""
    try:
        with tarfile.open(path, "r:*") as archive:
            members = [m for m in archive.getmembers() if m.isfile()]
            contents = {m.name: archive.extractfile(m).read() for m in members}  # type: ignore[union-attr]
    except (OSError, tarfile.TarError, EOFError) as error:
        raise PackageError(f"{path}: not a pyflyte package archive: {error}") from None
    if not contents:
        raise PackageError(f"{path}: the archive holds no entities")
    entries: list[tuple[int, int, Message]] = []
    for name, data in contents.items():
        stem, _, kind = Path(name).name.removesuffix(".pb").rpartition("_")
        index = stem.split("_", 1)[0]
        if not name.endswith(".pb") or kind not in ("1", "2", "3") or not index.isdigit():
            raise PackageError(f"{path}: {name} is not a pyflyte package entry (<index>_<name>_<1|2|3>.pb)")
        try:
            if kind == "1":
                spec = task_pb2.TaskSpec.FromString(data)
                request: Message = task_pb2.TaskCreateRequest(id=spec.template.id, spec=spec)
            elif kind == "2":
                workflow = workflow_pb2.WorkflowSpec.FromString(data)
                request = workflow_pb2.WorkflowCreateRequest(id=workflow.template.id, spec=workflow)
            else:
                plan = launch_plan_pb2.LaunchPlan.FromString(data)
                request = launch_plan_pb2.LaunchPlanCreateRequest(id=plan.id, spec=plan.spec)
        except DecodeError as error:
            raise PackageError(f"{path}: {name} cannot be decoded: {error}") from None
        entries.append((int(index), int(kind), request))
    entries.sort(key=lambda entry: entry[0])
    return [(kind, request) for _, kind, request in entries]


def hydrate(message: Message, project: str, domain: str, version: str) -> None:
    """Fills the project, domain and version of every identifier in ``message`` that lacks
    them, as ``pyflyte register`` does for a package's entities and their references."""
    for field_info, value in message.ListFields():
        if field_info.kind != "message":
            continue
        values = value.values() if field_info.cardinality == 2 else value if field_info.cardinality == 1 else [value]
        for item in values:
            if field_info.type_name == "flyteidl.core.Identifier":
                item.project = item.project or project
                item.domain = item.domain or domain
                item.version = item.version or version
            else:
                hydrate(item, project, domain, version)
