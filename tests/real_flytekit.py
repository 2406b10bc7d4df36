"""Real flytekit, pinned, in a virtual environment of its own (both it and this project are
imported as ``flytekit``, so it never goes into this project's environment). Created once
and cached under ``$XDG_CACHE_HOME/flytekit-remote`` (``~/.cache/...``); its scripts run as
separate processes, isolated from this checkout."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

VERSION = "1.16.31"
#: With the agent extra, for ``pyflyte serve agent`` (the agent server's benchmark).
REQUIREMENT = f"flytekit[agent]=={VERSION}"


ROOT = Path(__file__).resolve().parent.parent
#: A flytekit-core wheel for the one environment (CI sets it to the wheel it built);
#: without it, the environment imports this checkout's flytekit_core (its native build).
ENV_CORE_WHEEL = "FLYTEKIT_CORE_WHEEL"


def venv_dir(name: str = f"real-flytekit-{VERSION}") -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path("~/.cache").expanduser())
    return cache / "flytekit-remote" / name


def python() -> Path:
    """The interpreter of real flytekit's environment (see :func:`_made`)."""
    return _made(venv_dir())


def one_environment() -> Path:
    """The interpreter of an environment holding real flytekit and flytekit-core together,
    as a Flyte user's would: flytekit-core from ``$FLYTEKIT_CORE_WHEEL`` (pip-installed, with
    its dependencies), else this checkout's ``flytekit_core`` on the path (a ``.pth`` file
    naming a directory that holds only it)."""
    interpreter = _made(venv_dir(f"real-flytekit-{VERSION}-with-core"))
    site = Path(
        subprocess.run([interpreter, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                       check=True, capture_output=True, text=True).stdout.strip()
    )  # fmt: skip
    wheel = os.environ.get(ENV_CORE_WHEEL)
    checkout = site / "flytekit-core-checkout.pth"
    marker = site / "flytekit-core-wheel.sha256"
    if wheel:
        digest = hashlib.sha256(Path(wheel).read_bytes()).hexdigest()
        if not marker.exists() or marker.read_text() != digest:
            checkout.unlink(missing_ok=True)
            pip = [interpreter, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--force-reinstall"]
            subprocess.run([*pip, wheel], check=True, timeout=600)
            marker.write_text(digest)
    else:
        if marker.exists():  # a wheel installed by an earlier run gives way to the checkout
            subprocess.run([interpreter, "-m", "pip", "uninstall", "--quiet", "--yes", "flytekit-core"], check=False,
                           capture_output=True)  # fmt: skip
            marker.unlink()
        only_core = ROOT / "target" / "one-environment"
        only_core.mkdir(parents=True, exist_ok=True)
        link = only_core / "flytekit_core"
        if not link.is_symlink():
            link.symlink_to(ROOT / "flytekit_core", target_is_directory=True)
        checkout.write_text(f"{only_core}\n")
    return interpreter


def _made(root: Path) -> Path:
    """The interpreter of the environment at ``root`` with real flytekit, made first if
    needed (a lock keeps two test processes from making it at once; a marker file says it
    is complete)."""
    marker = root / ".installed"
    if marker.exists() and marker.read_text() == REQUIREMENT:
        return root / "bin" / "python"
    root.parent.mkdir(parents=True, exist_ok=True)
    with open(root.parent / f"{root.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not marker.exists():
            shutil.rmtree(root, ignore_errors=True)
            subprocess.run([sys.executable, "-m", "venv", str(root)], check=True)
        if not marker.exists() or marker.read_text() != REQUIREMENT:
            # (an environment made before the extra was asked for gains it in place)
            subprocess.run(
                [root / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                 REQUIREMENT],
                check=True,
                timeout=1200,
            )  # fmt: skip
            marker.write_text(REQUIREMENT)
    return root / "bin" / "python"


def _isolated(env: dict[str, str] | None) -> tuple[Path, dict[str, str]]:
    """Where real flytekit's scripts run (outside this checkout) and their environment."""
    scratch = Path(os.environ.get("TMPDIR", "/tmp"))
    return scratch, {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", str(scratch)), **(env or {})}


def run(script: str, *args: str, env: dict[str, str] | None = None, timeout: float = 120) -> str:
    """Runs ``script`` with real flytekit (isolated: ``-I``, outside this checkout) and returns
    its standard output; raises with its standard error if it fails."""
    cwd, environ = _isolated(env)
    done = subprocess.run(
        [str(python()), "-I", "-c", script, *args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise AssertionError(f"real flytekit's script failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return done.stdout


@contextmanager
def serving(script: str, *args: str) -> Iterator[subprocess.Popen[str]]:
    """``script`` running with real flytekit (isolated as for :func:`run`) until the block
    ends, its standard input and output as line-buffered text pipes: a process that
    answers requests, one line each."""
    cwd, environ = _isolated(None)
    process = subprocess.Popen(
        [str(python()), "-I", "-c", script, *args],
        cwd=cwd, env=environ, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
    )  # fmt: skip
    try:
        yield process
    finally:
        process.kill()
        process.wait()
