"""Where the remote connects and how it authenticates, read as flytekit reads it.

``Config.auto()`` reads, in order of precedence:

1. the environment (``FLYTE_PLATFORM_*``, ``FLYTE_CREDENTIALS_*``; see :data:`SETTINGS`);
2. a YAML file: the ``config_file`` argument, else ``$FLYTECTL_CONFIG``, else
   ``~/.flyte/config.yaml`` if it exists; the ``admin.*`` keys of :data:`SETTINGS`
   (``admin.endpoint`` loses a ``dns:///`` prefix);
3. the defaults of :class:`PlatformConfig`.

Lists (``scopes``, ``command``, ``proxyCommand``) are YAML lists, or comma-separated in the
environment, as flytekit reads them. A secret that can be read from ``clientSecretEnvVar`` or
``clientSecretLocation`` makes the mode ``ClientSecret`` whatever ``authType`` says, as in
flytekit.

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

#: (PlatformConfig field, admin.* YAML key, environment variable, kind) for every setting
#: read from files and the environment. Kinds: text, flag, list.
SETTINGS: tuple[tuple[str, str, str | None, str], ...] = (
    ("endpoint", "endpoint", ENV_URL, "text"),
    ("insecure", "insecure", ENV_INSECURE, "flag"),
    ("ca_cert_file_path", "caCertFilePath", ENV_CA_CERT, "text"),
    ("insecure_skip_verify", "insecureSkipVerify", "FLYTE_PLATFORM_INSECURE_SKIP_VERIFY", "flag"),
    ("auth_type", "authType", "FLYTE_CREDENTIALS_AUTH_MODE", "text"),
    ("client_id", "clientId", "FLYTE_CREDENTIALS_CLIENT_ID", "text"),
    # flytekit reads the secret itself only from the environment, never from the YAML file.
    ("client_secret", "", "FLYTE_CREDENTIALS_CLIENT_SECRET", "text"),
    ("client_secret_location", "clientSecretLocation", "FLYTE_CREDENTIALS_CLIENT_SECRET_LOCATION", "text"),
    ("client_secret_env_var", "clientSecretEnvVar", "FLYTE_CREDENTIALS_CLIENT_SECRET_ENV_VAR", "text"),
    ("scopes", "scopes", "FLYTE_CREDENTIALS_SCOPES", "list"),
    ("audience", "audience", "FLYTE_CREDENTIALS_AUDIENCE", "text"),
    ("command", "command", "FLYTE_CREDENTIALS_COMMAND", "list"),
    ("proxy_command", "proxyCommand", "FLYTE_CREDENTIALS_PROXY_COMMAND", "list"),
    ("http_proxy_url", "httpProxyURL", "FLYTE_PLATFORM_HTTP_PROXY_URL", "text"),
)


class ConfigError(ValueError):
    """The configuration cannot be read or makes no sense; the message says where."""


@dataclass(frozen=True)
class PlatformConfig:
    """How to reach FlyteAdmin and authenticate to it (flytekit's ``PlatformConfig``).

    ``auth_type`` is flytekit's ``admin.authType``: ``ClientSecret``, ``Pkce``,
    ``DeviceFlow`` or ``ExternalCommand`` (case-insensitive, with flytekit's aliases), or
    None to send no token. ``client_secret`` never shows in a repr.
    """

    endpoint: str = "localhost:30080"
    insecure: bool = False
    ca_cert_file_path: str | None = None
    #: Trust whatever certificate the server presents (on first use): for tests only.
    insecure_skip_verify: bool = False
    auth_type: str | None = None
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    client_secret_location: str | None = None
    client_secret_env_var: str | None = None
    scopes: tuple[str, ...] = ()
    audience: str | None = None
    command: tuple[str, ...] = ()
    proxy_command: tuple[str, ...] = ()
    #: Not in reprs: a proxy URL may carry a password.
    http_proxy_url: str | None = field(default=None, repr=False)
    #: A client certificate and its key (PEM files), for servers that ask for one.
    client_cert_file_path: str | None = None
    client_key_file_path: str | None = None
    #: How long PKCE waits for the browser, and whether it opens one (else prints the URL).
    pkce_timeout: float = 300.0
    open_browser: bool = True
    #: Where PKCE and device-flow tokens are kept: ``"keyring"`` (the OS keyring where the
    #: ``keyring`` package has a backend, else a file), ``"file"`` (a 0600 file under
    #: ``token_cache_dir``, default ``$XDG_CONFIG_HOME/flytekit/tokens``), ``"memory"``.
    token_cache: str = "keyring"
    token_cache_dir: str | None = None

    def ca_cert_pem(self) -> bytes | None:
        """The CA file's contents, or None to trust the default roots."""
        return _read(self.ca_cert_file_path, "the CA certificate file")

    def client_identity_pem(self) -> tuple[bytes, bytes] | None:
        """The client certificate and key, or None."""
        cert = _read(self.client_cert_file_path, "the client certificate file")
        key = _read(self.client_key_file_path, "the client key file")
        if (cert is None) != (key is None):
            raise ConfigError("client_cert_file_path and client_key_file_path go together: give both or neither")
        return None if cert is None or key is None else (cert, key)


def _read(path: str | None, what: str) -> bytes | None:
    if path is None:
        return None
    try:
        return Path(path).expanduser().read_bytes()
    except OSError as error:
        raise ConfigError(f"cannot read {what} {path!r}: {error}") from None


@dataclass(frozen=True)
class Config:
    """The remote's configuration (flytekit's ``Config``, the platform part)."""

    platform: PlatformConfig = field(default_factory=PlatformConfig)

    @classmethod
    def for_endpoint(cls, endpoint: str, insecure: bool = False, **platform: Any) -> Config:
        """A configuration for ``endpoint``, ignoring files and the environment; other
        :class:`PlatformConfig` fields (``auth_type=...``) as keywords."""
        return cls(platform=PlatformConfig(endpoint=_strip_dns(endpoint), insecure=insecure, **platform))

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
    changes: dict[str, Any] = {}
    for name, key, _, kind in SETTINGS:
        if key and key in admin:
            changes[name] = _value(admin[key], kind, f"config file {str(path)!r}: admin.{key}")
    return replace(platform, **_cleaned(changes))


def _from_env(platform: PlatformConfig) -> PlatformConfig:
    changes: dict[str, Any] = {}
    for name, _, variable, kind in SETTINGS:
        text = os.environ.get(variable) if variable else None
        # An empty variable is unset, except for flags (FLYTE_PLATFORM_INSECURE= is false).
        if text is None or (text == "" and kind != "flag"):
            continue
        if kind == "list":
            changes[name] = tuple(part.strip() for part in text.split(",") if part.strip())
        else:
            changes[name] = _value(text, kind, variable)
    return replace(platform, **_cleaned(changes))


def _cleaned(changes: dict[str, Any]) -> dict[str, Any]:
    if isinstance(changes.get("endpoint"), str):
        changes["endpoint"] = _strip_dns(changes["endpoint"])
    return changes


def _value(value: object, kind: str, where: str) -> Any:
    if kind == "flag":
        return _flag(value, where)
    if kind == "list":
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where} must be a list of strings, got {value!r}")
        return tuple(value)
    if value in (None, "") and not where.endswith("admin.endpoint"):
        return None
    return _text(value, where)


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
