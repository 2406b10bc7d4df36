"""The two distributions built from this repository: flytekit-core stands alone (it imports
nothing from ``flytekit``), flytekit-remote re-exports it under the earlier module names,
and each says what to reinstall when the versions disagree or when real flytekit shares
the ``flytekit`` directory. Each case runs in a fresh interpreter (imports are the subject)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import tomllib

import flytekit
import flytekit_core
from flytekit import _layer
from flytekit_core import _flyrs

ROOT = Path(__file__).resolve().parent.parent


def python(code: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, timeout=120, cwd=cwd
    )


def test_every_version_is_the_same() -> None:
    cargo = tomllib.loads((ROOT / "Cargo.toml").read_text())["workspace"]["package"]["version"]
    layer = tomllib.loads((ROOT / "packages/flytekit-remote/pyproject.toml").read_text())["project"]
    assert flytekit_core.__version__ == _flyrs.__version__ == cargo
    assert layer["version"] == _layer.CORE_VERSION == flytekit.__version__ == cargo
    assert layer["dependencies"] == [f"flytekit-core=={cargo}"]


def test_flytekit_core_imports_nothing_from_flytekit(tmp_path: Path) -> None:
    # Every module of flytekit-core, then a call through its remote: `flytekit` never loads.
    done = python(
        """
        import pkgutil, sys, flytekit_core
        for module in pkgutil.walk_packages(flytekit_core.__path__, "flytekit_core."):
            if not module.name.endswith("__main__"):
                __import__(module.name)
        from flytekit_core.remote import FlyteRemote
        with FlyteRemote.local() as remote:
            assert [p.id for p in remote.list_projects()] == ["flytesnacks"]
        from flytekit_core.remote_common import backends
        try:
            backends.require("grpc")
        except backends.BackendUnavailableError as e:
            print(e)
        print(sorted(m for m in sys.modules if m == "flytekit" or m.startswith("flytekit.")))
        """,
        cwd=tmp_path,  # not the checkout's root, whose directories are importable
    )
    assert done.returncode == 0, done.stderr
    unavailable, loaded = done.stdout.splitlines()[-2:]
    assert loaded == "[]"
    assert "flytekit-remote[grpc]'" in unavailable


def test_the_earlier_module_names_are_the_same_modules() -> None:
    from flytekit.idl.flyteidl.admin import task_pb2
    from flytekit.remote_v2 import FlyteRemote
    from flytekit_core.idl.flyteidl.admin import task_pb2 as core_task_pb2
    from flytekit_core.remote import FlyteRemote as CoreRemote

    assert task_pb2 is core_task_pb2 and FlyteRemote is CoreRemote
    done = python("import flytekit.testing.propeller as p, flytekit_core.testing.propeller as q; print(p is q)")
    assert done.stdout.strip() == "True", done.stderr


def test_the_commands_run_under_their_earlier_names() -> None:
    for command in ("flytekit.local_admin", "flytekit_core.local_admin", "flytekit.testing"):
        done = subprocess.run([sys.executable, "-m", command, "--help"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, (command, done.stderr)
        assert "usage: python -m flytekit_core." in done.stdout


@pytest.mark.parametrize("what", ["native", "python"])
def test_a_flytekit_core_of_another_version_is_refused_at_import(what: str) -> None:
    target = "flytekit_core._flyrs" if what == "native" else "flytekit_core"
    done = python(
        f"""
        import importlib
        importlib.import_module("{target}").__version__ = "9.9.9"
        import flytekit
        """
    )
    assert done.returncode == 1
    [message] = [line for line in done.stderr.splitlines() if line.startswith("ImportError")]
    assert "is 9.9.9" in message
    assert f"pip install --force-reinstall 'flytekit-core=={_layer.CORE_VERSION}'" in message


def real_flytekit_metadata(site: Path) -> None:
    metadata = site / "flytekit-1.16.31.dist-info"
    metadata.mkdir(parents=True)
    (metadata / "METADATA").write_text("Metadata-Version: 2.1\nName: flytekit\nVersion: 1.16.31\n")


def test_real_flytekit_in_the_same_directory_is_refused_at_import(tmp_path: Path) -> None:
    # What pip leaves when both distributions are installed: real flytekit's metadata beside
    # this package, in one site directory (their files overwrite each other in `flytekit/`).
    site = tmp_path / "site-packages"
    real_flytekit_metadata(site)
    (site / "flytekit").symlink_to(Path(flytekit.__file__).parent, target_is_directory=True)
    done = python(f"import sys; sys.path.insert(0, {str(site)!r}); import flytekit")
    assert done.returncode == 1
    [message] = [line for line in done.stderr.splitlines() if line.startswith("ImportError")]
    assert "flytekit 1.16.31 and flytekit-remote are both installed" in message
    assert re.search(r"pip uninstall -y flytekit-remote flytekit && pip install 'flytekit==1\.16\.31' "
                     r"'flytekit-core==[0-9.]+'", message), message  # fmt: skip


def test_real_flytekit_in_another_site_directory_is_not_this_package(tmp_path: Path) -> None:
    # (say, the system's, under a virtual environment with --system-site-packages)
    real_flytekit_metadata(tmp_path / "elsewhere")
    done = python(f"import sys; sys.path.append({str(tmp_path / 'elsewhere')!r}); import flytekit.idl")
    assert done.returncode == 0, done.stderr
