"""The tasks of the ``myapp/wf.py`` workflow whose ``pyflyte package`` output the project
bundles (``tests/fixtures/flyte-package.tgz``), as Python implementations for the
propeller stand-in (:class:`flytekit.testing.propeller.Propeller`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from flytekit.remote.user_api import read_package


def add(a: int, b: int) -> int:
    return a + b


def greet(name: str, when: dt.datetime, d: dt.timedelta) -> str:
    return f"hi {name} {when:%Y-%m-%d} {d.total_seconds():g}s"


def stats(xs: list[float]) -> dict[str, float]:
    return {"n": float(len(xs)), "sum": sum(xs)}


def fan(n: int) -> list[int]:
    # A dynamic workflow of add(a=i, b=i) for i < n, computed directly.
    return [add(i, i) for i in range(n)]


def implementations(archive: Path) -> dict[str, Any]:
    """Task name -> implementation, for the entities in ``archive`` (the map task's name
    carries a hash that the archive tells)."""
    tasks = {"myapp.wf.add": add, "myapp.wf.greet": greet, "myapp.wf.stats": stats, "myapp.wf.fan": fan}
    for kind, request in read_package(archive):
        name = request.id.name
        if kind == 1 and name.startswith("myapp.wf.map_add") and name.endswith("-arraynode"):
            tasks[name] = add
    return tasks
