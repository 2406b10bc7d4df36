"""Where the remote connects, read as flytekit reads it.

``Config.auto()`` reads, in order of precedence:

1. the environment: ``FLYTE_PLATFORM_URL``, ``FLYTE_PLATFORM_INSECURE``,
   ``FLYTE_PLATFORM_CA_CERT_FILE_PATH``;
2. a YAML file: the ``config_file`` argument, else ``$FLYTECTL_CONFIG``, else
   ``~/.flyte/config.yaml`` if it exists; keys ``admin.endpoint`` (a ``dns:///`` prefix is
   stripped), ``admin.insecure`` and ``admin.caCertFilePath``;
3. the defaults of :class:`PlatformConfig`.

Errors (a missing or malformed file, a value of the wrong type) raise
:class:`ConfigError` naming the file or variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ENV_URL = "FLYTE_PLATFORM_URL"
ENV_INSECURE = "FLYTE_PLATFORM_INSECURE"
ENV_CA_CERT = "FLYTE_PLATFORM_CA_CERT_FILE_PATH"
ENV_CONFIG = "FLYTECTL_CONFIG"
DEFAULT_CONFIG_FILE = Path("~/.flyte/config.yaml")

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class ConfigError(ValueError):
    """The configuration cannot be read or makes no sense; the message says where."""


@dataclass(frozen=True)
class PlatformConfig:
    """How to reach FlyteAdmin."""

    endpoint: str = "localhost:30080"
    insecure: bool = False
    ca_cert_file_path: str | None = None

    def ca_cert_pem(self) -> bytes | None:
        """The CA file's contents, or None to trust the default roots."""
        if self.ca_cert_file_path is None:
            return None
        try:
            return Path(self.ca_cert_file_path).expanduser().read_bytes()
        except OSError as error:
            raise ConfigError(f"cannot read the CA certificate file {self.ca_cert_file_path!r}: {error}") from None


@dataclass(frozen=True)
class Config:
    """The remote's configuration (flytekit's ``Config``, the platform part)."""

    platform: PlatformConfig = field(default_factory=PlatformConfig)

    @classmethod
    def for_endpoint(cls, endpoint: str, insecure: bool = False) -> Config:
        """A configuration for ``endpoint``, ignoring files and the environment."""
        return cls(platform=PlatformConfig(endpoint=_strip_dns(endpoint), insecure=insecure))

    @classmethod
    def auto(cls, config_file: str | os.PathLike[str] | None = None) -> Config:
        """The configuration from the environment, a config file and the defaults."""
        platform = PlatformConfig()
        path = _config_file(config_file)
        if path is not None:
            platform = _from_yaml(path, platform)
        return cls(platform=_from_env(platform))


def _strip_dns(endpoint: str) -> str:
    return endpoint[len("dns:///") :] if endpoint.startswith("dns:///") else endpoint


def _config_file(explicit: str | os.PathLike[str] | None) -> Path | None:
    if explicit is not None:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"config file {str(explicit)!r} does not exist")
        return path
    from_env = os.environ.get(ENV_CONFIG)
    if from_env:
        path = Path(from_env).expanduser()
        if not path.is_file():
            raise ConfigError(f"{ENV_CONFIG} names {from_env!r}, which does not exist")
        return path
    default = DEFAULT_CONFIG_FILE.expanduser()
    return default if default.is_file() else None


def _from_yaml(path: Path, platform: PlatformConfig) -> PlatformConfig:
    import yaml

    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ConfigError(f"cannot read config file {str(path)!r}: {error}") from None
    if document is None:
        return platform
    if not isinstance(document, dict):
        raise ConfigError(f"config file {str(path)!r}: expected a mapping at the top level")
    admin = document.get("admin") or {}
    if not isinstance(admin, dict):
        raise ConfigError(f"config file {str(path)!r}: 'admin' must be a mapping")
    where = f"config file {str(path)!r}"
    changes: dict[str, Any] = {}
    if "endpoint" in admin:
        changes["endpoint"] = _strip_dns(_text(admin["endpoint"], f"{where}: admin.endpoint"))
    if "insecure" in admin:
        changes["insecure"] = _flag(admin["insecure"], f"{where}: admin.insecure")
    if "caCertFilePath" in admin:
        ca = admin["caCertFilePath"]
        changes["ca_cert_file_path"] = None if ca in (None, "") else _text(ca, f"{where}: admin.caCertFilePath")
    return replace(platform, **changes)


def _from_env(platform: PlatformConfig) -> PlatformConfig:
    changes: dict[str, Any] = {}
    if url := os.environ.get(ENV_URL):
        changes["endpoint"] = _strip_dns(url)
    if (insecure := os.environ.get(ENV_INSECURE)) is not None:
        changes["insecure"] = _flag(insecure, ENV_INSECURE)
    if ca := os.environ.get(ENV_CA_CERT):
        changes["ca_cert_file_path"] = ca
    return replace(platform, **changes)


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where} must be a non-empty string, got {value!r}")
    return value


def _flag(value: object, where: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ConfigError(f"{where} must be true or false, got {value!r}")
