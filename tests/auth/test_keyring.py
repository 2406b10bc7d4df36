"""Tokens of interactive flows in the OS keyring (the ``keyring`` package), and the token file
when the keyring fails: one log line, never a broken client."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked

from flytekit_core import auth
from flytekit_core.local_admin import LocalAdmin

from .clients import Approver, projects, remote
from .oauth_server import AuthorizationServer
from .test_client_auth import device


class MemoryKeyring(KeyringBackend):
    """A keyring backend holding passwords in memory (the tests' stand-in for the OS's)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")


@pytest.fixture
def backend_keyring() -> Iterator[Callable[[KeyringBackend], None]]:
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


def test_device_tokens_go_to_the_keyring(
    backend: str,
    authorization_server: AuthorizationServer,
    secured_admin: Callable[..., LocalAdmin],
    backend_keyring: Callable[[KeyringBackend], None],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    store = MemoryKeyring()
    backend_keyring(store)
    admin = secured_admin(authorization_server)
    monkeypatch.setattr(sys, "stderr", Approver(authorization_server))
    options = device(authorization_server, token_cache="keyring", token_cache_dir=str(tmp_path / "files"))
    assert projects(remote(backend, admin.endpoint, **options)) == ["flytesnacks"]
    [(service, _)] = store.passwords
    assert service == auth.KEYRING_SERVICE
    assert not (tmp_path / "files").exists()
    # Another client signs in from the keyring, without a device code.
    monkeypatch.setattr(sys, "stderr", Approver(authorization_server, approve=False))
    before = authorization_server.stats()["token_requests"]
    assert projects(remote(backend, admin.endpoint, **options)) == ["flytesnacks"]
    assert authorization_server.stats()["token_requests"] == before


def test_a_locked_keyring_falls_back_to_the_file_with_one_log_line(
    backend: str,
    authorization_server: AuthorizationServer,
    secured_admin: Callable[..., LocalAdmin],
    backend_keyring: Callable[[KeyringBackend], None],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    backend_keyring(LockedKeyring())
    admin = secured_admin(authorization_server)
    monkeypatch.setattr(sys, "stderr", Approver(authorization_server))
    options = device(authorization_server, token_cache="keyring", token_cache_dir=str(tmp_path / "files"))
    with caplog.at_level(logging.WARNING, logger="flytekit_core.auth"):
        r = remote(backend, admin.endpoint, **options)  # creating the client never fails
        assert projects(r) == ["flytesnacks"]
        assert projects(r) == ["flytesnacks"]
    [line] = [record.getMessage() for record in caplog.records if record.name == "flytekit_core.auth"]
    assert line == f"the OS keyring raised KeyringLocked; keeping tokens in files in {tmp_path / 'files'} instead"
    assert len(list((tmp_path / "files").iterdir())) == 1
