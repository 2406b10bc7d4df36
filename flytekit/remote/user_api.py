"""The user-level methods of ``FlyteRemote`` that need only the registry: projects and
domains, fetching and listing tasks, workflows and launch plans, registering them (one by
one, or the ``flyte-package.tgz`` that ``pyflyte package`` writes), and activating launch
plans.

They are written once against :mod:`flytekit.idl` objects and behave the same on both
backends: requests are built as ``flytekit.idl`` objects (the grpc backend converts them
through bytes) and responses come back as ``flytekit.idl`` objects whichever backend
served them.
"""

from __future__ import annotations

import tarfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from flytekit.exceptions import FlyteEntityNotExistException, FlyteSystemException
from flytekit.idl import DecodeError, Message
from flytekit.idl.flyteidl.admin import common_pb2, launch_plan_pb2, project_pb2, task_pb2, workflow_pb2
from flytekit.idl.flyteidl.core import identifier_pb2
from flytekit.idl.services import BY_ENDPOINT

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
    """``message`` as a :mod:`flytekit.idl` object (a ``_pb2`` one goes through bytes)."""
    if isinstance(message, cls):
        return message
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
    """Mixed into ``FlyteRemote``, which provides ``client``, ``backend`` and the defaults."""

    client: Any
    backend: str
    default_project: str | None
    default_domain: str | None

    # -- helpers ---------------------------------------------------------------------------

    def _call(self, method: Callable[..., Any], request: Message, cls: type[M]) -> M:
        """``method`` (a raw client method) on ``request``, its reply decoded once, into
        ``cls``: through the transport's bytes, not the backend's objects."""
        rpc = BY_ENDPOINT.get(getattr(method, "__name__", ""))
        unary_bytes = getattr(self, "_unary_bytes", None)
        if rpc is None or unary_bytes is None or getattr(method, "__self__", None) is not self.client:
            return as_idl(method(request), cls)
        return cls.FromString(unary_bytes(rpc, request, None))

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

    def _pages(self, method: Callable[..., Any], request: Any, cls: type[M], items: str) -> Iterator[Any]:
        """Every item of a list endpoint, following page tokens."""
        while True:
            response = self._call(method, request, cls)
            yield from getattr(response, items)
            if not response.token:
                return
            request.token = response.token

    # -- projects and domains --------------------------------------------------------------

    def iter_projects(self, *, filters: str = "", sort_by: SortBy | None = None) -> Iterator[project_pb2.Project]:
        """Every project, by id unless ``sort_by``; ``filters`` on FlyteAdmin's columns
        ``identifier``, ``name``, ``description`` or ``state``."""
        request = project_pb2.ProjectListRequest(filters=filters)
        return self._list(self.client.list_projects, request, project_pb2.Projects, "projects", sort_by)

    def list_projects(self) -> list[project_pb2.Project]:
        return list(self.iter_projects())

    def get_domains(self) -> list[project_pb2.Domain]:
        return list(
            self._call(self.client.get_domains, project_pb2.GetDomainRequest(), project_pb2.GetDomainsResponse).domains
        )

    # -- listing ---------------------------------------------------------------------------

    def _list(
        self, method: Callable[..., Any], request: Any, cls: type[M], items: str, sort_by: SortBy | None
    ) -> Iterator[Any]:
        """Every item of a list endpoint, page by page, sorted as ``sort_by`` says."""
        request.limit = PAGE_SIZE
        if sort_by is not None:
            key, ascending = sort_by
            request.sort_by.key = key
            request.sort_by.direction = common_pb2.Sort.ASCENDING if ascending else common_pb2.Sort.DESCENDING
        return self._pages(method, request, cls, items)

    def _iter_list(
        self, method: Callable[..., Any], cls: type[M], items: str, project: str | None, domain: str | None,
        name: str, filters: str, sort_by: SortBy | None,
    ) -> Iterator[Any]:  # fmt: skip
        project, domain = self._where(project, domain)
        request = common_pb2.ResourceListRequest(
            id={"project": project, "domain": domain, "name": name}, filters=filters
        )
        return self._list(method, request, cls, items, sort_by)

    def iter_names(
        self, resource_type: int, project: str | None = None, domain: str | None = None, *,
        sort_by: SortBy | None = None,
    ) -> Iterator[common_pb2.NamedEntityIdentifier]:  # fmt: skip
        """The names registered for a resource type (TASK, WORKFLOW or LAUNCH_PLAN), by
        name. FlyteAdmin ignores filters on these lists, so there are none here: filter
        names with :meth:`iter_named_entities`."""
        project, domain = self._where(project, domain)
        methods = {TASK: self.client.list_task_ids, WORKFLOW: self.client.list_workflow_ids,
                   LAUNCH_PLAN: self.client.list_launch_plan_ids}  # fmt: skip
        if resource_type not in methods:
            raise ValueError(f"resource_type must be TASK, WORKFLOW or LAUNCH_PLAN, not {resource_type!r}")
        request = common_pb2.NamedEntityIdentifierListRequest(project=project, domain=domain)
        return self._list(methods[resource_type], request, common_pb2.NamedEntityIdentifierList, "entities", sort_by)

    def iter_named_entities(
        self, resource_type: int, project: str | None = None, domain: str | None = None, *, filters: str = "",
        sort_by: SortBy | None = None,
    ) -> Iterator[common_pb2.NamedEntity]:  # fmt: skip
        """The named entities of a resource type with their metadata (description, state:
        active or archived), by name; ``filters`` on ``name`` or ``state``."""
        project, domain = self._where(project, domain)
        request = common_pb2.NamedEntityListRequest(
            resource_type=resource_type, project=project, domain=domain, filters=filters
        )
        return self._list(self.client.list_named_entities, request, common_pb2.NamedEntityList, "entities", sort_by)

    def iter_active_launch_plans(
        self, project: str | None = None, domain: str | None = None, *, sort_by: SortBy | None = None
    ) -> Iterator[launch_plan_pb2.LaunchPlan]:
        """The active version of each launch plan that has one, newest first unless
        ``sort_by``."""
        project, domain = self._where(project, domain)
        request = launch_plan_pb2.ActiveLaunchPlanListRequest(project=project, domain=domain)
        return self._list(
            self.client.list_active_launch_plans, request, launch_plan_pb2.LaunchPlanList, "launch_plans", sort_by
        )

    def iter_tasks(
        self, name: str, project: str | None = None, domain: str | None = None, *, filters: str = "",
        sort_by: SortBy | None = None,
    ) -> Iterator[task_pb2.Task]:  # fmt: skip
        """Every version of the task ``name``, newest first unless ``sort_by=(key, ascending)``;
        ``filters`` in FlyteAdmin's syntax (``eq(version,v1)+...``)."""
        return self._iter_list(
            self.client.list_tasks, task_pb2.TaskList, "tasks", project, domain, name, filters, sort_by
        )

    def iter_workflows(
        self, name: str, project: str | None = None, domain: str | None = None, *, filters: str = "",
        sort_by: SortBy | None = None,
    ) -> Iterator[workflow_pb2.Workflow]:  # fmt: skip
        return self._iter_list(
            self.client.list_workflows, workflow_pb2.WorkflowList, "workflows", project, domain, name, filters, sort_by
        )

    def iter_launch_plans(
        self, name: str, project: str | None = None, domain: str | None = None, *, filters: str = "",
        sort_by: SortBy | None = None,
    ) -> Iterator[launch_plan_pb2.LaunchPlan]:  # fmt: skip
        return self._iter_list(
            self.client.list_launch_plans, launch_plan_pb2.LaunchPlanList, "launch_plans", project, domain, name,
            filters, sort_by,
        )  # fmt: skip

    def list_tasks_by_version(
        self, version: str, project: str | None = None, domain: str | None = None
    ) -> list[task_pb2.Task]:
        """Every task registered with ``version``, by name."""
        project, domain = self._where(project, domain)
        names = self.iter_names(TASK, project, domain)
        tasks = []
        for entity in list(names):
            tasks.extend(self.iter_tasks(entity.name, project, domain, filters=f"eq(version,{version})"))
        return tasks

    # -- fetching --------------------------------------------------------------------------

    def _fetch(
        self, kind: int, get: Callable[..., Any], versions: Callable[..., Iterator[Any]], cls: type[M],
        project: str | None, domain: str | None, name: str, version: str | None,
    ) -> M:  # fmt: skip
        if version is None:
            # The latest version, as flytekit finds it: the newest by creation time.
            latest = next(versions(name, project, domain, sort_by=("created_at", False)), None)
            if latest is None:
                where = "/".join(self._where(project, domain))
                noun = {TASK: "task", WORKFLOW: "workflow", LAUNCH_PLAN: "launch plan"}[kind]
                raise FlyteEntityNotExistException(f"no {noun} named {name} in {where}", code=5, code_name="NOT_FOUND")
            return latest  # type: ignore[no-any-return]
        request = common_pb2.ObjectGetRequest(id=self._id(kind, project, domain, name, version))
        return self._call(get, request, cls)

    def fetch_task(
        self, project: str | None = None, domain: str | None = None, name: str = "", version: str | None = None
    ) -> task_pb2.Task:
        """A task version; the latest one when ``version`` is None. Raises
        FlyteEntityNotExistException for an unknown task."""
        return self._fetch(TASK, self.client.get_task, self.iter_tasks, task_pb2.Task, project, domain, name, version)

    def fetch_workflow(
        self, project: str | None = None, domain: str | None = None, name: str = "", version: str | None = None
    ) -> workflow_pb2.Workflow:
        return self._fetch(
            WORKFLOW,
            self.client.get_workflow,
            self.iter_workflows,
            workflow_pb2.Workflow,
            project,
            domain,
            name,
            version,
        )

    def fetch_launch_plan(
        self, project: str | None = None, domain: str | None = None, name: str = "", version: str | None = None
    ) -> launch_plan_pb2.LaunchPlan:
        return self._fetch(
            LAUNCH_PLAN, self.client.get_launch_plan, self.iter_launch_plans, launch_plan_pb2.LaunchPlan,
            project, domain, name, version,
        )  # fmt: skip

    def fetch_active_launchplan(
        self, project: str | None = None, domain: str | None = None, name: str = ""
    ) -> launch_plan_pb2.LaunchPlan | None:
        """The active version of a launch plan, or None if no version is active."""
        project, domain = self._where(project, domain)
        request = launch_plan_pb2.ActiveLaunchPlanRequest(id={"project": project, "domain": domain, "name": name})
        try:
            return self._call(self.client.get_active_launch_plan, request, launch_plan_pb2.LaunchPlan)
        except FlyteEntityNotExistException:
            return None

    # -- registering -----------------------------------------------------------------------

    def register_task(self, id: Any, spec: Any) -> task_pb2.Task:
        """Registers a task version; the identical spec again is accepted. Raises
        FlyteEntityAlreadyExistsException for another spec under the same identifier."""
        request = task_pb2.TaskCreateRequest(
            id=as_idl(id, identifier_pb2.Identifier), spec=as_idl(spec, task_pb2.TaskSpec)
        )
        self.client.create_task(request)
        return self.fetch_task(id.project, id.domain, id.name, id.version)

    def register_workflow(self, id: Any, spec: Any) -> workflow_pb2.Workflow:
        """Registers a workflow version; its tasks, launch plans and sub-workflows must be
        registered first (else FlyteInvalidInputException)."""
        request = workflow_pb2.WorkflowCreateRequest(
            id=as_idl(id, identifier_pb2.Identifier), spec=as_idl(spec, workflow_pb2.WorkflowSpec)
        )
        self.client.create_workflow(request)
        return self.fetch_workflow(id.project, id.domain, id.name, id.version)

    def register_launch_plan(self, id: Any, spec: Any) -> launch_plan_pb2.LaunchPlan:
        request = launch_plan_pb2.LaunchPlanCreateRequest(
            id=as_idl(id, identifier_pb2.Identifier), spec=as_idl(spec, launch_plan_pb2.LaunchPlanSpec)
        )
        self.client.create_launch_plan(request)
        return self.fetch_launch_plan(id.project, id.domain, id.name, id.version)

    def activate_launchplan(self, id: Any) -> None:
        self._set_state(id, launch_plan_pb2.LaunchPlanState.ACTIVE)

    def deactivate_launchplan(self, id: Any) -> None:
        self._set_state(id, launch_plan_pb2.LaunchPlanState.INACTIVE)

    def _set_state(self, id: Any, state: int) -> None:
        request = launch_plan_pb2.LaunchPlanUpdateRequest(id=as_idl(id, identifier_pb2.Identifier), state=state)
        self.client.update_launch_plan(request)

    def register_package(
        self, path: str | Path, version: str, project: str | None = None, domain: str | None = None
    ) -> PackageReport:
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
        create = {TASK: self.client.create_task, WORKFLOW: self.client.create_workflow,
                  LAUNCH_PLAN: self.client.create_launch_plan}  # fmt: skip
        for kind, request in entries:
            hydrate(request, project, domain, version)
            try:
                create[kind](request)
            except FlyteSystemException as error:
                report.failed.append((request.id, error))
            else:
                report.registered.append(request.id)
        return report


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
