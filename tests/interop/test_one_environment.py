"""The one-environment mode of the interop suite: real flytekit 1.16.31 and flytekit-core in
one environment and one process (see ``one_environment/check.py`` for what each case
does); with ``$FLYTEKIT_CORE_WHEEL``, flytekit-core is that wheel, pip-installed."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests import real_flytekit

CHECK = Path(__file__).parent / "one_environment" / "check.py"


@pytest.fixture(scope="module")
def interpreter() -> Path:
    return real_flytekit.one_environment()


def run(interpreter: Path, *args: str) -> subprocess.CompletedProcess[str]:
    scratch = Path(os.environ.get("TMPDIR", "/tmp"))
    env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", str(scratch)),
           "FLYTE_SDK_LOGGING_LEVEL": "40"}  # fmt: skip
    return subprocess.run([str(interpreter), "-I", *args], cwd=scratch, env=env, capture_output=True, text=True,
                          timeout=600)  # fmt: skip


def case(interpreter: Path, name: str) -> dict[str, object]:
    done = run(interpreter, str(CHECK), name)
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def test_both_import_in_one_process_and_pip_is_content(interpreter: Path) -> None:
    done = run(interpreter, "-c", "import flytekit, flytekit_core, flytekit_core.remote; "
               "print(flytekit.__version__, flytekit_core.__version__)")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0] == real_flytekit.VERSION
    if os.environ.get(real_flytekit.ENV_CORE_WHEEL):  # (pip knows flytekit-core only when it installed it)
        check = run(interpreter, "-m", "pip", "check")
        assert check.returncode == 0, check.stdout


def test_conversion_between_real_flytekit_and_flytekit_core_objects(interpreter: Path) -> None:
    assert case(interpreter, "convert")["values"] == {"a": [1.5, 2.0], "b": [], "c": [-3.25]}


def test_flytekit_core_registers_a_pyflyte_package_archive(interpreter: Path) -> None:
    registered = case(interpreter, "package")["registered"]
    assert set(registered) >= {"one_env_flows.measure", "one_env_flows.report", "one_env_flows.summary"}


def test_entities_serialized_in_process_register_execute_and_read_back(interpreter: Path) -> None:
    seen = case(interpreter, "serialized")
    assert seen["total"] == 3 * len("flyterustpy")
    assert seen["registered"][-1] == "one_env_flows.summary"  # the launch plan last
