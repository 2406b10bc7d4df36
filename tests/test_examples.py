"""The scripts under ``examples/`` run as a user would run them, once per backend, and print
the same thing on both."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.remote.conftest import INSTALLED

ROOT = Path(__file__).resolve().parents[1]
#: Each script, with a line its output must hold, so empty or garbled output cannot pass.
EXPECTED = {
    "register_and_browse.py": "pipeline_nightly versions, descending: ['v2', 'v1']",
    "run_pipeline.py": "outputs: {'o0': 9, 'o1': 'hi flyte 2024-01-01 5s', 'o2': {'n': 3.0, 'sum': 8.0}}",
    "signals_and_data.py": "signal values: {'approval': True, 'threshold': 7}",
    "sync_nested.py": "child execution of n1: nesting 1, inputs {'a': 5, 'name': 'x', 'xs': [1.0, 2.0]}",
}


def test_every_example_is_tested() -> None:
    assert sorted(p.name for p in (ROOT / "examples").glob("*.py")) == sorted(EXPECTED)


def run(script: str, backend: str) -> str:
    # The working tree's flytekit, as the tests import it, whatever is installed.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / script), "--backend", backend],
        capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, f"{script} --backend {backend} failed:\n{done.stderr}"
    return done.stdout


@pytest.mark.skipif(INSTALLED != ["grpc", "rust"], reason="comparing the backends needs both installed")
@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_an_example_prints_the_same_on_both_backends(script: str) -> None:
    grpc, rust = run(script, "grpc"), run(script, "rust")
    assert rust.strip() and EXPECTED[script] in rust.splitlines()
    assert grpc == rust
