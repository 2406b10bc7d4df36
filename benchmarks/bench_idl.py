"""Benchmark: flytekit.idl (native codec) against protobuf's _pb2 classes (upb), side by side.

    python benchmarks/bench_idl.py [--quick]

Prints per-operation times for both object models and their ratio (idl / upb; below 1
means flytekit_core.idl is faster). Needs flytekit-remote's grpc extra for the _pb2 side.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).resolve().parent.parent / "tests/fixtures/flyte-package.tgz"


def fixture_task_specs() -> list[bytes]:
    with tarfile.open(FIXTURE) as archive:
        return [
            archive.extractfile(member).read()  # type: ignore[union-attr]
            for member in sorted(archive.getmembers(), key=lambda m: int(m.name.split("_")[0]))
            if member.name.endswith("_1.pb")
        ]


def task_list_bytes(count: int = 100) -> bytes:
    """A ListTasks-sized response: `count` tasks built from the fixture's task specs."""
    from flyteidl.admin import task_pb2

    specs = [task_pb2.TaskSpec.FromString(b) for b in fixture_task_specs()]
    tasks = []
    for i in range(count):
        spec = specs[i % len(specs)]
        task = task_pb2.Task()
        task.id.CopyFrom(spec.template.id)
        task.id.project, task.id.domain, task.id.version = "flytesnacks", "development", f"v{i:04d}"
        task.closure.compiled_task.template.CopyFrom(spec.template)
        task.closure.created_at.FromSeconds(1_700_000_000 + i)
        task.short_description = f"task number {i} of the benchmark"
        for key in ("owner", "team", "cost-center", "git-sha"):
            task.closure.compiled_task.template.config[key] = f"{key} value for task {i:04d} in the benchmark"
        tasks.append(task)
    return task_pb2.TaskList(tasks=tasks, token="next-page").SerializeToString()


def deep_literal_bytes(depth: int = 24, width: int = 3) -> bytes:
    """A Literal nested `depth` levels through collections and maps."""
    from flyteidl.core import literals_pb2

    literal = literals_pb2.Literal()
    literal.scalar.primitive.float_value = 1.5
    for level in range(depth):
        outer = literals_pb2.Literal()
        if level % 2:
            for j in range(width):
                outer.collection.literals.add().CopyFrom(literal if j == 0 else _leaf(literals_pb2, j))
        else:
            for j in range(width):
                outer.map.literals[f"k{j}"].CopyFrom(literal if j == 0 else _leaf(literals_pb2, j))
        literal = outer
    return literal.SerializeToString()


def _leaf(literals_pb2: Any, j: int) -> Any:
    leaf = literals_pb2.Literal()
    leaf.scalar.primitive.string_value = f"value {j}"
    return leaf


def reader(fields_of: Callable[[Any], list[tuple[str, int, bool]]]) -> Callable[[Any], int]:
    """A function that reads every field of a message tree; the same walk for both models."""

    def read_all(message: Any) -> int:
        count = 0
        for name, cardinality, is_message in fields_of(type(message)):
            value = getattr(message, name)
            count += 1
            if cardinality == 2:
                for v in value.values():
                    count += read_all(v) if is_message else 1
            elif cardinality == 1:
                for v in value:
                    count += read_all(v) if is_message else 1
            elif is_message and message.HasField(name):
                count += read_all(value)
        return count

    return read_all


def pb2_fields(cls: Any, _cache: dict[Any, Any] = {}) -> list[tuple[str, int, bool]]:  # noqa: B006
    plan = _cache.get(cls)
    if plan is None:
        plan = []
        for f in cls.DESCRIPTOR.fields:
            is_map = f.message_type is not None and f.message_type.GetOptions().map_entry
            if is_map:
                value = f.message_type.fields_by_name["value"]
                plan.append((f.name, 2, value.message_type is not None))
            else:
                repeated = f.is_repeated
                plan.append((f.name, 1 if repeated else 0, f.message_type is not None))
        _cache[cls] = plan
    return plan


def idl_fields(cls: Any, _cache: dict[Any, Any] = {}) -> list[tuple[str, int, bool]]:  # noqa: B006
    plan = _cache.get(cls)
    if plan is None:
        plan = [(f.name, f.cardinality, f.kind == "message") for f in cls.DESCRIPTOR.fields]
        _cache[cls] = plan
    return plan


def best_of(fn: Callable[[], Any], repeat: int, number: int) -> float:
    """Best mean seconds per call over `repeat` rounds of `number` calls."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def import_time(statement: str, repeat: int = 5) -> float:
    """Best wall time of `statement` in a fresh interpreter (seconds), with bytecode
    caches written and used as an installed package has them."""
    code = f"import time; t=time.perf_counter(); {statement}; print(time.perf_counter()-t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs = [float(subprocess.check_output([sys.executable, "-c", code], env=env)) for _ in range(repeat + 1)]
    return min(runs[1:])


def main() -> None:
    quick = "--quick" in sys.argv
    repeat, scale = (3, 0.2) if quick else (7, 1.0)
    from flyteidl.admin import task_pb2 as upb_task
    from flyteidl.core import identifier_pb2 as upb_identifier
    from flyteidl.core import literals_pb2 as upb_literals

    from flytekit_core.idl.flyteidl.admin import task_pb2 as idl_task
    from flytekit_core.idl.flyteidl.core import identifier_pb2 as idl_identifier
    from flytekit_core.idl.flyteidl.core import literals_pb2 as idl_literals

    read_upb, read_idl = reader(pb2_fields), reader(idl_fields)
    task_list = task_list_bytes()
    literal = deep_literal_bytes()
    assert read_upb(upb_task.TaskList.FromString(task_list)) == read_idl(idl_task.TaskList.FromString(task_list))

    rows: list[tuple[str, float, float]] = []

    def compare(label: str, upb_fn: Callable[[], Any], idl_fn: Callable[[], Any], number: int) -> None:
        number = max(1, int(number * scale))
        rows.append((label, best_of(upb_fn, repeat, number), best_of(idl_fn, repeat, number)))

    def compare_codec(name: str, data: bytes, upb_cls: Any, idl_cls: Any) -> None:
        compare(f"decode + read all: {name}", lambda: read_upb(upb_cls.FromString(data)),
                lambda: read_idl(idl_cls.FromString(data)), 50)  # fmt: skip
        compare(f"decode only: {name}", lambda: upb_cls.FromString(data), lambda: idl_cls.FromString(data), 100)
        upb_obj, idl_obj = upb_cls.FromString(data), idl_cls.FromString(data)
        assert upb_obj.SerializeToString(deterministic=True) == idl_obj.SerializeToString(deterministic=True)
        compare(f"encode: {name}", upb_obj.SerializeToString, idl_obj.SerializeToString, 100)

    compare_codec(f"TaskList ({len(task_list) // 1024} KB, 100 tasks)", task_list, upb_task.TaskList, idl_task.TaskList)
    compare_codec(f"deep Literal ({len(literal) // 1024} KB)", literal, upb_literals.Literal, idl_literals.Literal)

    upb_id = upb_identifier.Identifier(resource_type=1, project="p", domain="d", name="n", version="v")
    idl_id = idl_identifier.Identifier(resource_type=1, project="p", domain="d", name="n", version="v")
    compare("attribute read (Identifier.name)", lambda: upb_id.name, lambda: idl_id.name, 200_000)
    upb_task_obj = upb_task.TaskList.FromString(task_list).tasks[0]
    idl_task_obj = idl_task.TaskList.FromString(task_list).tasks[0]
    compare("nested read (task.closure.compiled_task.template.id.name)",
            lambda: upb_task_obj.closure.compiled_task.template.id.name,
            lambda: idl_task_obj.closure.compiled_task.template.id.name, 200_000)  # fmt: skip
    compare("attribute write (Identifier.name = ...)", lambda: setattr(upb_id, "name", "x"),
            lambda: setattr(idl_id, "name", "x"), 100_000)  # fmt: skip
    compare("construct Identifier(5 fields)",
            lambda: upb_identifier.Identifier(resource_type=1, project="p", domain="d", name="n", version="v"),
            lambda: idl_identifier.Identifier(resource_type=1, project="p", domain="d", name="n", version="v"),
            50_000)  # fmt: skip

    print(f"{'operation':<62} {'upb':>11} {'idl':>11} {'idl/upb':>8}")
    for label, upb_t, idl_t in rows:
        print(f"{label:<62} {upb_t * 1e6:>9.2f}us {idl_t * 1e6:>9.2f}us {idl_t / upb_t:>7.2f}x")

    upb_import = import_time("import flyteidl.admin.task_pb2, flyteidl.admin.execution_pb2")
    idl_import = import_time(
        "import flytekit_core.idl.flyteidl.admin.task_pb2, flytekit_core.idl.flyteidl.admin.execution_pb2"
    )
    print(f"{'import admin task_pb2 + execution_pb2':<62} {upb_import * 1e3:>9.1f}ms {idl_import * 1e3:>9.1f}ms "
          f"{idl_import / upb_import:>7.2f}x")  # fmt: skip
    v2_import = import_time("import flytekit_core.remote")
    probe = (
        "import sys, flytekit_core.remote; "
        "print(sorted(m for m in sys.modules if m.startswith(('grpc', 'google.protobuf', 'flyteidl'))))"
    )
    loaded = subprocess.check_output([sys.executable, "-c", probe]).decode().strip()
    print(f"import flytekit_core.remote: {v2_import * 1e3:.1f} ms; grpc/protobuf modules loaded: {loaded}")


if __name__ == "__main__":
    main()
