"""Real flytekit and flytekit-core in one process (run in an environment holding both, as
``python check.py CASE...``; ``all`` for every case): each case asserts, then prints one
JSON line of what it saw.

- ``convert``: real flytekit's ``_pb2`` messages and ``flytekit.models`` objects to
  flytekit-core IDL objects by bytes, and back, values read by real flytekit's TypeEngine;
- ``package``: a ``pyflyte package`` archive (made by real pyflyte, here) registered by
  flytekit-core's remote;
- ``serialized``: entities serialized in-process by real flytekit, registered by
  flytekit-core's remote, executed with Python values (the propeller runs real flytekit's
  task functions), outputs read as real flytekit's TypeEngine gives them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def convert() -> dict[str, Any]:
    from flyteidl.core import literals_pb2 as real_literals
    from flytekit.core.context_manager import FlyteContextManager
    from flytekit.core.type_engine import TypeEngine
    from flytekit.models.literals import Literal as LiteralModel

    from flytekit_core.idl import pb2
    from flytekit_core.idl.flyteidl.core import literals_pb2, types_pb2
    from flytekit_core.remote_common.literals import from_literal, to_literal

    # _pb2 -> flytekit-core -> _pb2, by bytes; and through flytekit_core.idl.pb2's helpers.
    real = real_literals.Literal(
        collection=real_literals.LiteralCollection(
            literals=[real_literals.Literal(scalar={"primitive": {"integer": i}}) for i in (1, 2, 3)]
        )
    )
    ours = literals_pb2.Literal.FromString(real.SerializeToString())
    assert [item.scalar.primitive.integer for item in ours.collection.literals] == [1, 2, 3]
    assert real_literals.Literal.FromString(ours.SerializeToString()) == real
    assert pb2.from_pb2(real) == ours and pb2.to_pb2(ours) == real

    # flytekit.models (TypeEngine's literals) -> flytekit-core's Python values, and back.
    ctx = FlyteContextManager.current_context()
    values = {"a": [1.5, 2.0], "b": [], "c": [-3.25]}
    python_type = dict[str, list[float]]
    model = TypeEngine.to_literal(ctx, values, python_type, TypeEngine.to_literal_type(python_type))
    ours = literals_pb2.Literal.FromString(model.to_flyte_idl().SerializeToString())
    assert from_literal(ours) == values
    literal_type = TypeEngine.to_literal_type(python_type).to_flyte_idl().SerializeToString()
    ours = to_literal({"x": [0.5]}, types_pb2.LiteralType.FromString(literal_type), "value")
    back = LiteralModel.from_flyte_idl(real_literals.Literal.FromString(ours.SerializeToString()))
    assert TypeEngine.to_python_value(ctx, back, python_type) == {"x": [0.5]}
    return {"case": "convert", "values": values}


def package() -> dict[str, Any]:
    from flytekit_core.remote import FlyteRemote

    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch)
        (project / "one_env_flows.py").write_text((HERE / "one_env_flows.py").read_text())
        archive = project / "flyte-package.tgz"
        pyflyte = "import sys; from flytekit.clis.sdk_in_container.pyflyte import main; sys.argv[0] = 'pyflyte'; main()"
        subprocess.run(
            [sys.executable, "-c", pyflyte, "--pkgs", "one_env_flows", "package", "--image", "python:3.11",
             "--output", str(archive), "--force"],
            cwd=project, check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        with FlyteRemote.local() as remote:
            report = remote.register_package(archive, version="v1")
            assert report.ok, report.failed
            plan = remote.fetch_launch_plan(name="one_env_flows.summary", version="v1")
            inputs = sorted(plan.closure.expected_inputs.parameters)
    names = sorted({i.name for i in report.registered})
    assert "one_env_flows.measure" in names and inputs == ["names", "scale"], (names, inputs)
    return {"case": "package", "registered": names}


def serialized() -> dict[str, Any]:
    import one_env_flows
    from flytekit import LaunchPlan
    from flytekit.configuration import ImageConfig, SerializationSettings
    from flytekit.core.context_manager import FlyteContextManager
    from flytekit.core.type_engine import TypeEngine
    from flytekit.models.literals import LiteralMap
    from flytekit.tools.translator import get_serializable
    from flyteidl.core import literals_pb2 as real_literals

    from flytekit_core.remote import FlyteRemote
    from flytekit_core.testing.propeller import Propeller

    settings = SerializationSettings(
        image_config=ImageConfig.auto_default_image(), project="flytesnacks", domain="development", version="v1"
    )
    entities: OrderedDict[Any, Any] = OrderedDict()
    get_serializable(entities, settings, LaunchPlan.get_or_create(one_env_flows.summary))
    tasks = {t.name: t.task_function for t in (one_env_flows.measure, one_env_flows.report, one_env_flows.by_name)}
    with FlyteRemote.local() as remote:
        registered = []
        for model in entities.values():  # tasks, then the workflow, then its launch plan
            kind = type(model).__name__
            if kind == "TaskSpec":
                registered.append(remote.register_task(model.template.id, model).id.name)
            elif kind == "WorkflowSpec":
                registered.append(remote.register_workflow(model.template.id, model).id.name)
            elif kind == "LaunchPlan":
                registered.append(remote.register_launch_plan(model.id, model.spec).id.name)
        plan = remote.fetch_launch_plan(name="one_env_flows.summary", version="v1")
        execution = remote.execute(plan, {"names": ["flyte", "rust", "py"], "scale": 3})
        Propeller(remote, tasks).run(execution)
        data = remote.get_execution_data(remote.wait(execution, timeout=60))
    # The outputs as real flytekit's TypeEngine reads them, from flytekit-core's literals.
    literals = LiteralMap.from_flyte_idl(real_literals.LiteralMap.FromString(data.output_literals.SerializeToString()))
    types = {"o0": one_env_flows.Report, "o1": dict[str, float], "o2": list[int]}
    read = TypeEngine.literal_map_to_kwargs(FlyteContextManager.current_context(), literals, types)
    expected = one_env_flows.summary(names=["flyte", "rust", "py"], scale=3)  # real flytekit, run locally
    assert (read["o0"], read["o1"], read["o2"]) == expected, (read, expected)
    assert data.outputs["o2"] == expected[2]
    return {"case": "serialized", "registered": registered, "total": read["o0"].total}


CASES = {"convert": convert, "package": package, "serialized": serialized}

if __name__ == "__main__":
    for case in CASES if sys.argv[1:] == ["all"] else sys.argv[1:]:
        print(json.dumps(CASES[case]()), flush=True)
