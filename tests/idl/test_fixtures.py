"""Real serialized entities, as ``pyflyte package`` (flytekit 1.16.31, flyteidl 1.16.8) wrote them.

Each ``.pb`` entry of ``tests/fixtures/flyte-package.tgz`` is named ``<n>_<name>_<kind>.pb``,
kind 1 = ``flyteidl.admin.TaskSpec``, 2 = ``flyteidl.admin.WorkflowSpec``, 3 =
``flyteidl.admin.LaunchPlan``. The new model must decode each, read every field as pb2 does,
and re-encode to pb2's bytes.
"""

from __future__ import annotations

import copy
import pickle
import random
import re
import tarfile
from pathlib import Path

import pytest

from flytekit_core.idl import pb2 as idl_pb2

from . import strategies as strat

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARCHIVE = FIXTURES / "flyte-package.tgz"
KINDS = {1: "flyteidl.admin.TaskSpec", 2: "flyteidl.admin.WorkflowSpec", 3: "flyteidl.admin.LaunchPlan"}
NAME = re.compile(r"^(\d+)_(.+)_([123])\.pb$")


def _entries() -> list[tuple[str, str, bytes]]:
    with tarfile.open(ARCHIVE, "r:gz") as tar:
        found = []
        for member in tar.getmembers():
            if not member.isfile() or not member.name.endswith(".pb"):
                continue
            match = NAME.match(Path(member.name).name)
            assert match, f"unexpected entry name {member.name!r}"
            data = tar.extractfile(member).read()  # type: ignore[union-attr]
            found.append((member.name, KINDS[int(match.group(3))], data))
    return sorted(found, key=lambda e: int(NAME.match(Path(e[0]).name).group(1)))  # type: ignore[union-attr]


ENTRIES = _entries()


def test_archive_contents():
    kinds = [kind for _, kind, _ in ENTRIES]
    assert len(ENTRIES) == 8
    assert set(kinds) == set(KINDS.values())
    orders = [int(NAME.match(Path(name).name).group(1)) for name, _, _ in ENTRIES]  # type: ignore[union-attr]
    assert orders == list(range(len(ENTRIES)))


@pytest.mark.parametrize(("entry", "full_name", "data"), ENTRIES, ids=[e[0] for e in ENTRIES])
def test_entry(entry, full_name, data):
    d = strat.descriptor_by_name()[full_name]
    pb_cls, cls = strat.pb2_class(d), strat.new_class(d)
    pb = pb_cls.FromString(data)
    new = cls.FromString(data)

    strat.assert_same(pb, new)
    assert new.SerializeToString(deterministic=True) == pb.SerializeToString(deterministic=True)
    if not strat.has_map_entries(pb):  # upb's plain encoding orders map entries by its hash table
        assert new.SerializeToString() == pb.SerializeToString()
    assert pb_cls.FromString(new.SerializeToString()) == pb
    assert new.ByteSize() == pb.ByteSize()
    # the new model keeps map entries in wire order, so it re-encodes what pyflyte wrote unchanged
    assert new.SerializeToString() == data
    # conversions and copies
    assert idl_pb2.to_pb2(new) == pb
    assert idl_pb2.from_pb2(pb) == new
    assert pickle.loads(pickle.dumps(new)) == new
    assert copy.deepcopy(new) == new
    # fields read after a round trip through the API agree too
    built = strat.to_new(pb, random.Random(entry))
    assert built == new
    strat.assert_same(pb, built)


def test_task_spec_fields():
    """Spot checks of values in the fixtures, through the new model's attributes."""
    by_kind: dict[str, list] = {}
    for _, full_name, data in ENTRIES:
        cls = strat.new_class(strat.descriptor_by_name()[full_name])
        by_kind.setdefault(full_name, []).append(cls.FromString(data))
    tasks = by_kind["flyteidl.admin.TaskSpec"]
    assert all(t.template.id.resource_type == 1 for t in tasks)  # TASK
    names = {t.template.id.name for t in tasks}
    assert "myapp.wf.add" in names
    for t in tasks:
        assert t.HasField("template")
        assert t.template.WhichOneof("target") in ("container", "k8s_pod", "sql", None)
    workflows = by_kind["flyteidl.admin.WorkflowSpec"]
    assert all(w.template.id.resource_type == 2 for w in workflows)  # WORKFLOW
    plans = by_kind["flyteidl.admin.LaunchPlan"]
    assert all(p.id.resource_type == 3 for p in plans)  # LAUNCH_PLAN
