"""Demo: the bundled `pyflyte package` archive through both IDL object models.

Every spec is decoded by protobuf's `_pb2` classes and by `flytekit.idl`, read, re-encoded
and compared; then the side-by-side benchmark runs (pass --quick for a short one).
"""

from __future__ import annotations

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

    from flytekit.idl.flyteidl.admin import launch_plan_pb2, task_pb2, workflow_pb2

    classes = {
        "TaskSpec": (upb_task.TaskSpec, task_pb2.TaskSpec),
        "WorkflowSpec": (upb_wf.WorkflowSpec, workflow_pb2.WorkflowSpec),
        "LaunchPlan": (upb_lp.LaunchPlan, launch_plan_pb2.LaunchPlan),
    }
    archive_path = ROOT / "tests/fixtures/flyte-package.tgz"
    print(f"{archive_path.name}: round trip through _pb2 (upb) and flytekit.idl (native codec)\n")
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

    start = time.perf_counter()
    bench_idl.main()
    print(f"\nbenchmark took {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
