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
from types import ModuleType
from typing import Any

#: The flytekit-core release this package is built with (its pyproject pins the same).
CORE_VERSION = "0.1.0"

#: ``flytekit.<name>`` for flytekit-core's modules, as earlier releases named them.
MOVED = {
    "_flyrs": "_flyrs",
    "_serving": "_serving",
    "agent": "agent",
    "auth": "auth",
    "configuration": "configuration",
    "exceptions": "exceptions",
    "extend": "extend",
    "idl": "idl",
    "local_admin": "local_admin",
    "remote_common": "remote_common",
    "remote_v2": "remote",
    "testing": "testing",
}

_REINSTALL = f"pip install --force-reinstall 'flytekit-core=={CORE_VERSION}'"


def check_not_shared() -> None:
    """Raises ImportError when real flytekit is installed too: the two packages overwrite
    each other's files in ``flytekit/``, and neither works as it should."""
    try:
        real = importlib.metadata.version("flytekit")
    except importlib.metadata.PackageNotFoundError:
        return
    raise ImportError(
        f"flytekit {real} and flytekit-remote are both installed in this environment and both install the "
        "import package 'flytekit', so each has overwritten the other's files. Beside real flytekit, use "
        "flytekit-core (import flytekit_core) instead: pip uninstall -y flytekit-remote flytekit && "
        f"pip install 'flytekit=={real}' 'flytekit-core=={CORE_VERSION}'"
    )


def check_core() -> None:
    """Raises ImportError, naming what to reinstall, unless flytekit-core and its native
    module are the version this package expects."""
    try:
        import flytekit_core
        from flytekit_core import _flyrs
    except ImportError as e:
        raise ImportError(f"flytekit-remote needs flytekit-core {CORE_VERSION} ({e}): {_REINSTALL}") from e
    found = {"flytekit-core": getattr(flytekit_core, "__version__", None), "its native module": _flyrs.__version__}
    for what, version in found.items():
        if version != CORE_VERSION:
            raise ImportError(
                f"flytekit-remote {CORE_VERSION} needs flytekit-core {CORE_VERSION}, but {what} is {version}: "
                f"{_REINSTALL}"
            )


class _MovedModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """``flytekit.<old>...`` resolves to the very module object ``flytekit_core.<new>...``
    (not a second copy: classes and isinstance checks stay one)."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        parts = fullname.split(".")
        if len(parts) < 2 or parts[0] != "flytekit" or parts[1] not in MOVED:
            return None
        home = ".".join(["flytekit_core", MOVED[parts[1]], *parts[2:]])
        found = importlib.util.find_spec(home)
        if found is None:
            return None
        spec = importlib.util.spec_from_loader(fullname, self, is_package=found.submodule_search_locations is not None)
        if spec is not None:
            spec.loader_state = home
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(spec.loader_state)

    def exec_module(self, module: ModuleType) -> None:
        pass  # imported by create_module

    def get_code(self, fullname: str) -> Any:
        # For ``python -m flytekit.local_admin`` and the like (runpy runs the code itself).
        spec = self.find_spec(fullname)
        home = importlib.util.find_spec(spec.loader_state) if spec is not None else None
        loader = getattr(home, "loader", None)
        return None if loader is None else loader.get_code(home.name)  # type: ignore[union-attr]


def install_moved_modules() -> None:
    if not any(isinstance(finder, _MovedModules) for finder in sys.meta_path):
        sys.meta_path.insert(0, _MovedModules())
