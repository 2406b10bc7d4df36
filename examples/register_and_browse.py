"""Register a `pyflyte package` archive and look around the registry: the per-entity
report, projects and domains, versions listed with a filter and a sort, and the active
launch plan switched over and off.

    python examples/register_and_browse.py --backend rust [--package flyte-package.tgz]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from flytekit.remote import FlyteRemote
from flytekit_core.remote_common.literals import from_literal

PACKAGE = Path(__file__).resolve().parent.parent / "tests/fixtures/flyte-package.tgz"
KINDS = {1: "task", 2: "workflow", 3: "launch plan"}
PLAN = "pipeline_nightly"


def active_version(remote: FlyteRemote) -> str:
    plan = remote.fetch_active_launchplan(name=PLAN)
    return "none" if plan is None else plan.id.version


def main() -> None:
    parser = argparse.ArgumentParser(description="Register a package and browse the registry.")
    parser.add_argument("--backend", choices=["grpc", "rust"], required=True)
    parser.add_argument("--package", type=Path, default=PACKAGE, help="a `pyflyte package` archive")
    args = parser.parse_args()

    with FlyteRemote.local(backend=args.backend) as remote:  # in memory; project flytesnacks exists
        report = remote.register_package(args.package, version="v1")
        print(f"{args.package.name} as v1: {len(report.registered)} registered, {len(report.failed)} failed")
        for entity in report.registered:
            print(f"  {KINDS[entity.resource_type]:<12} {entity.name}")
        for version in ("v2", "v1"):  # a new version, then v1 again: identical specs are accepted
            report = remote.register_package(args.package, version=version)
            print(f"{args.package.name} as {version}: {len(report.registered)} registered, {len(report.failed)} failed")

        print("\nprojects:", ", ".join(sorted(p.id for p in remote.list_projects())))
        print("domains:", ", ".join(d.id for d in remote.get_domains()))

        tasks = remote.iter_tasks("myapp.wf.add", sort_by=("version", True))
        print("\nmyapp.wf.add versions, ascending:", [t.id.version for t in tasks])
        workflows = remote.iter_workflows("myapp.wf.pipeline", filters="ne(version,v1)")
        print("myapp.wf.pipeline versions other than v1:", [w.id.version for w in workflows])
        plans = remote.iter_launch_plans(PLAN, sort_by=("version", False))
        print(f"{PLAN} versions, descending:", [p.id.version for p in plans])
        print("tasks of v1:", sorted(t.id.name for t in remote.list_tasks_by_version("v1")))

        plan = remote.fetch_launch_plan(name=PLAN)  # the latest version
        print(f"\n{PLAN} latest: {plan.id.version}, cron {plan.spec.entity_metadata.schedule.cron_schedule.schedule!r}")
        defaults = {k: from_literal(p.default) for k, p in plan.closure.expected_inputs.parameters.items()}
        print("  inputs with defaults:", dict(sorted(defaults.items())))
        print("  active version:", active_version(remote))
        remote.activate_launchplan(plan.id)
        print("  after activating v2:", active_version(remote))
        remote.activate_launchplan(remote.fetch_launch_plan(name=PLAN, version="v1").id)
        print("  after activating v1 (one active version per name):", active_version(remote))
        remote.deactivate_launchplan(remote.fetch_launch_plan(name=PLAN, version="v1").id)
        print("  after deactivating v1:", active_version(remote))


if __name__ == "__main__":
    main()
