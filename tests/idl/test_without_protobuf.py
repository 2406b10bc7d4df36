"""``flytekit.idl`` works where ``protobuf``, ``grpc`` and ``flyteidl`` cannot be imported.

A subprocess installs, before anything else, a ``sys.meta_path`` finder that refuses those
packages, then uses the IDL classes and checks that none of them was imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys

    BLOCKED = ("google.protobuf", "grpc", "flyteidl")
    attempts = []

    def blocked(name):
        return any(name == b or name.startswith(b + ".") for b in BLOCKED)

    class Refuse:
        def find_spec(self, name, path=None, target=None):
            if blocked(name):
                attempts.append(name)
                raise ImportError(f"{name} is blocked in this test")
            return None

    sys.meta_path.insert(0, Refuse())
    assert not [m for m in sys.modules if blocked(m)], "imported before the finder"

    try:
        import google.protobuf  # noqa: F401
    except ImportError:
        pass
    else:
        raise AssertionError("the finder does not block google.protobuf")
    attempts.clear()

    import flytekit.idl
    from flytekit.idl import DecodeError
    from flytekit.idl.flyteidl.core import identifier_pb2, interface_pb2, literals_pb2, tasks_pb2, types_pb2
    from flytekit.idl.flyteidl.admin import task_pb2, execution_pb2, launch_plan_pb2
    from flytekit.idl.google.protobuf import struct_pb2, timestamp_pb2

    # a Literal: nested messages, oneofs, a map, repeated fields
    lit = literals_pb2.Literal(
        collection=literals_pb2.LiteralCollection(
            literals=[
                literals_pb2.Literal(scalar=literals_pb2.Scalar(primitive=literals_pb2.Primitive(integer=42))),
                literals_pb2.Literal(scalar={"primitive": {"string_value": "héllo \\U0001f600"}}),
            ]
        ),
        metadata={"k": "v"},
    )
    lit.collection.literals.add().scalar.primitive.datetime.seconds = 1700000000
    lit.metadata["other"] = "x"
    data = lit.SerializeToString()
    back = literals_pb2.Literal.FromString(data)
    assert back == lit, (back, lit)
    assert back.WhichOneof("value") == "collection"
    assert back.collection.literals[0].scalar.primitive.integer == 42
    assert back.collection.literals[1].scalar.primitive.string_value == "héllo \\U0001f600"
    assert back.collection.literals[2].scalar.primitive.HasField("datetime")
    assert dict(back.metadata) == {"k": "v", "other": "x"}
    assert back.metadata.get("missing") is None

    lmap = literals_pb2.LiteralMap()
    lmap.literals["a"].scalar.primitive.boolean = True
    assert literals_pb2.LiteralMap.FromString(lmap.SerializeToString()).literals["a"].scalar.primitive.boolean

    # a Task
    task_id = identifier_pb2.Identifier(
        resource_type=identifier_pb2.ResourceType.TASK, project="p", domain="d", name="t", version="v1"
    )
    template = tasks_pb2.TaskTemplate(id=task_id, type="python-task")
    template.container.image = "ghcr.io/flyteorg/flytekit:latest"
    template.container.args.extend(["pyflyte-execute", "--inputs", "{{.input}}"])
    template.container.resources.requests.add(name="CPU", value="1")
    template.interface.inputs.variables["x"].type.simple = types_pb2.SimpleType.INTEGER
    template.custom.fields["key"].string_value = "value"
    template.metadata.retries.retries = 3
    template.metadata.tags["team"] = "ml"
    task = task_pb2.Task(id=task_id, closure=task_pb2.TaskClosure(compiled_task={"template": template}))
    blob = task.SerializeToString(deterministic=True)
    again = task_pb2.Task.FromString(blob)
    assert again == task
    assert again.SerializeToString(deterministic=True) == blob
    t = again.closure.compiled_task.template
    assert t.container.args[1:] == ["--inputs", "{{.input}}"]
    assert t.container.resources.requests[0].name == tasks_pb2.Resources.ResourceName.CPU
    assert t.interface.inputs.variables["x"].type.simple == types_pb2.SimpleType.INTEGER
    assert t.custom.fields["key"].string_value == "value"
    assert t.metadata.tags == {"team": "ml"}
    assert types_pb2.SimpleType.Name(t.interface.inputs.variables["x"].type.simple) == "INTEGER"

    # errors without protobuf
    try:
        literals_pb2.Literal.FromString(b"\\x0a\\x05")
    except DecodeError:
        pass
    else:
        raise AssertionError("truncated bytes decoded")

    bad = sorted(m for m in sys.modules if blocked(m))
    assert not bad, bad
    print("OK", len(attempts))
    """
)


def test_idl_without_protobuf_grpc_flyteidl():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK"), result.stdout + result.stderr


def test_pb2_interop_module_is_the_only_protobuf_user():
    """``flytekit.idl.pb2`` (conversion to ``_pb2``) is the one module that needs protobuf; importing
    ``flytekit.idl`` alone must not import it."""
    script = textwrap.dedent(
        """
        import sys
        import flytekit.idl
        from flytekit.idl.flyteidl.admin import execution_pb2  # noqa: F401
        top = ("grpc", "flyteidl")
        bad = sorted(m for m in sys.modules if m.split(".")[0] in top or m.startswith("google.protobuf"))
        assert not bad, bad
        assert "flytekit.idl.pb2" not in sys.modules
        print("OK")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
