"""Authentication shared by both backends: the native authenticator of a platform config.

The authenticator (:class:`flytekit_core._flyrs.Authenticator`, from the Rust core) does all the
work, the same for both backends: discovery through ``AuthMetadataService``, the OAuth2
grants (``ClientSecret``, ``Pkce``, ``DeviceFlow``) and ``ExternalCommand``, the
``proxy-authorization`` header of ``proxyCommand``, renewal before expiry and once on
UNAUTHENTICATED. The Rust channel takes it as its call credentials; the grpc backend asks
it for each call's headers. This module only builds it from a :class:`PlatformConfig` and
gives it a token store: the OS keyring (optional ``keyring`` package) backed by a token
file, or the file alone.

Every failure raises :class:`flytekit_core.exceptions.FlyteAuthenticationException` with a
message that says what to fix and holds no secret.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flytekit_core import _flyrs
from flytekit_core.configuration import ConfigError, PlatformConfig

#: The keyring service tokens are kept under (the name earlier releases used, kept so
#: stored tokens stay found).
KEYRING_SERVICE = "flytekit-remote"
TOKEN_CACHES = ("keyring", "file", "memory")


class KeyringStore:
    """Tokens in the OS keyring. Its exceptions (a locked keyring, no backend) are left to
    the native side, which logs one line and falls back to the token file."""

    def __init__(self, keyring: Any) -> None:
        self._keyring = keyring

    def load(self, key: str) -> str | None:
        value: str | None = self._keyring.get_password(KEYRING_SERVICE, key)
        return value

    def save(self, key: str, value: str) -> None:
        self._keyring.set_password(KEYRING_SERVICE, key, value)

    def delete(self, key: str) -> None:
        try:
            self._keyring.delete_password(KEYRING_SERVICE, key)
        except Exception as error:  # a missing entry is not a failure
            if type(error).__name__ != "PasswordDeleteError":
                raise

    def __repr__(self) -> str:
        return "KeyringStore()"


def _keyring_store() -> KeyringStore | None:
    """The keyring, where the package is installed with a usable backend."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return KeyringStore(keyring)


def default_token_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path("~/.config").expanduser())
    return Path(base) / "flytekit" / "tokens"


def authenticator(platform: PlatformConfig, connect_timeout: float = 10.0) -> _flyrs.Authenticator | None:
    """The authenticator ``platform`` asks for, or None when it sends no credentials."""
    # A secret file or variable may make the mode ClientSecret (decided natively, where
    # the secret is read).
    sources = (platform.auth_type, platform.client_secret_location, platform.client_secret_env_var)
    if not any(sources) and not platform.proxy_command:
        return None
    if platform.token_cache not in TOKEN_CACHES:
        raise ConfigError(f"token_cache must be one of {', '.join(TOKEN_CACHES)}, got {platform.token_cache!r}")
    cache_dir = None
    keyring = None
    if platform.token_cache != "memory":
        cache_dir = platform.token_cache_dir or str(default_token_dir())
    if platform.token_cache == "keyring":
        keyring = _keyring_store()
    identity = platform.client_identity_pem()
    return _flyrs.Authenticator(
        platform.endpoint,
        insecure=platform.insecure,
        ca_cert_pem=platform.ca_cert_pem(),
        client_cert_pem=None if identity is None else identity[0],
        client_key_pem=None if identity is None else identity[1],
        auth_type=platform.auth_type,
        client_id=platform.client_id,
        client_secret=platform.client_secret,
        client_secret_location=platform.client_secret_location,
        client_secret_env_var=platform.client_secret_env_var,
        scopes=list(platform.scopes),
        audience=platform.audience,
        command=list(platform.command),
        proxy_command=list(platform.proxy_command),
        http_proxy_url=platform.http_proxy_url,
        callback_timeout=platform.pkce_timeout,
        open_browser=platform.open_browser,
        cache_dir=cache_dir,
        keyring=keyring,
        connect_timeout=connect_timeout,
        insecure_skip_verify=platform.insecure_skip_verify and not platform.insecure,
    )
