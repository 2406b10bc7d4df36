"""What ``import flytekit`` checks and sets up, once: that flytekit-core is the version this
package was built with, that no other distribution's ``flytekit`` shares this directory
(real flytekit and this package both install the import package ``flytekit``), and the
old module names (``flytekit.idl``, ``flytekit.auth``, ...) for flytekit-core's modules."""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.metadata
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

#: The flytekit-core release this package is built with (its pyproject pins the same).
CORE_VERSION = "0.1.0"

#: ``flytekit.<name>`` for flytekit-core's modules, as earlier releases named them.
_SAME_NAME = ("_flyrs", "_serving", "agent", "auth", "configuration", "exceptions", "extend", "idl", "local_admin",
              "remote_common", "testing")  # fmt: skip
MOVED = {**{name: name for name in _SAME_NAME}, "remote_v2": "remote"}

_REINSTALL = f"pip install --force-reinstall 'flytekit-core=={CORE_VERSION}'"


def check_not_shared() -> None:
    """Raises ImportError when real flytekit's files are in this very directory: both
    distributions install the import package ``flytekit``, so each has overwritten some
    of the other's files, and neither works as it should."""
    try:
        real = importlib.metadata.distribution("flytekit")
    except importlib.metadata.PackageNotFoundError:
        return
    if Path(str(real.locate_file("flytekit"))).resolve() != Path(__file__).resolve().parent:
        return  # real flytekit elsewhere on the path (another site directory): this one comes first
    raise ImportError(
        f"flytekit {real.version} and flytekit-remote are both installed in this environment and both install "
        "the import package 'flytekit', so each has overwritten the other's files. Beside real flytekit, use "
        "flytekit-core (import flytekit_core) instead: pip uninstall -y flytekit-remote flytekit && "
        f"pip install 'flytekit=={real.version}' 'flytekit-core=={CORE_VERSION}'"
    )


def check_core() -> None:
    """Raises ImportError, naming what to reinstall, unless flytekit-core and its native
    module are the version this package expects."""
    try:
        import flytekit_core
        from flytekit_core import _flyrs
    except ImportError as e:
        raise ImportError(f"flytekit-remote needs flytekit-core {CORE_VERSION} ({e}): {_REINSTALL}") from e
    found = {
        "flytekit-core": getattr(flytekit_core, "__version__", None),
        "its native module": getattr(_flyrs, "__version__", None),
    }
    for what, version in found.items():
        if version != CORE_VERSION:
            raise ImportError(
                f"flytekit-remote {CORE_VERSION} needs flytekit-core {CORE_VERSION}, but {what} is {version}: "
                f"{_REINSTALL}"
            )


class _MovedModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """``flytekit.<old>...`` resolves to the very module object ``flytekit_core.<new>...``
    (not a second copy: classes and isinstance checks stay one). The module keeps its own
    spec (the import system sets the alias's on it; :meth:`exec_module` puts it back), so
    ``reload`` and ``find_spec`` of the core name work as before."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        home = _home(fullname)
        if home is None:
            return None
        found = importlib.util.find_spec(home)
        if found is None:
            return None
        spec = importlib.util.spec_from_loader(fullname, self, is_package=found.submodule_search_locations is not None)
        if spec is not None:
            spec.loader_state = [home, None]
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        module = importlib.import_module(spec.loader_state[0])
        spec.loader_state[1] = module.__spec__  # before the import system sets the alias's
        return module

    def exec_module(self, module: ModuleType) -> None:
        # Imported by create_module; only its own spec needs putting back.
        module.__spec__ = module.__spec__.loader_state[1]  # type: ignore[union-attr]

    def get_code(self, fullname: str) -> Any:
        # For ``python -m flytekit.local_admin`` and the like (runpy runs the code itself).
        home = _home(fullname)
        found = None if home is None else importlib.util.find_spec(home)
        loader = getattr(found, "loader", None)
        if loader is None or loader is self or not hasattr(loader, "get_code"):
            raise ImportError(f"no code for {fullname}")
        return loader.get_code(home)


def _home(fullname: str) -> str | None:
    """The flytekit-core name of ``fullname``, if it is one of the moved modules."""
    parts = fullname.split(".")
    if len(parts) < 2 or parts[0] != "flytekit" or parts[1] not in MOVED:
        return None
    return ".".join(["flytekit_core", MOVED[parts[1]], *parts[2:]])


def install_moved_modules() -> None:
    if not any(isinstance(finder, _MovedModules) for finder in sys.meta_path):
        sys.meta_path.insert(0, _MovedModules())
