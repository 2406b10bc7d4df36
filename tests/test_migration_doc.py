"""migration.md's RPC table is generated from the code; it must not go stale."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_rpc_table_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("render_migration", ROOT / "tools/render_migration.py")
    assert spec is not None and spec.loader is not None
    render = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render)
    current = (ROOT / "migration.md").read_text()
    assert render.rendered(current) == current, "migration.md is stale: run python tools/render_migration.py"
    assert current.count("| yes | yes | yes |") == 77
