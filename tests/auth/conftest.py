"""Fixtures: a real OAuth2 authorization server (``oauth_server.AuthorizationServer``) on loopback."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from flytekit_core.local_admin import LocalAdmin
from flytekit_core.remote_common import backends

from .oauth_server import CLIENT_CREDENTIALS_CLIENT_ID, AuthorizationServer


@pytest.fixture(scope="module")
def authorization_server() -> Iterator[AuthorizationServer]:
    """One server with the default options per test module (about a second to start)."""
    with AuthorizationServer() as server:
        yield server


@pytest.fixture
def authorization_server_factory() -> Iterator[Callable[..., AuthorizationServer]]:
    """``factory(**options)`` starts a server with ``AuthorizationServer``'s options (short-lived tokens, say);
    each is stopped at the test's teardown."""
    servers: list[AuthorizationServer] = []

    def start(**options: Any) -> AuthorizationServer:
        server = AuthorizationServer(**options).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


INSTALLED = [b for b in backends.BACKENDS if backends.is_available(b)]


@pytest.fixture(params=INSTALLED)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def secured_admin() -> Iterator[Callable[..., LocalAdmin]]:
    """``secured_admin(server, **options)``: a local admin requiring ``server``'s tokens (its
    public client config names the client-credentials app unless told otherwise)."""
    admins: list[LocalAdmin] = []

    def start(server: AuthorizationServer, **options: Any) -> LocalAdmin:
        options.setdefault("auth_client_id", CLIENT_CREDENTIALS_CLIENT_ID)
        admin = LocalAdmin(auth_issuer=server.issuer, auth_audience=server.audience, **options)
        admins.append(admin)
        return admin

    yield start
    for admin in admins:
        admin.stop()


@pytest.fixture(autouse=True)
def _private_token_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Token files go to a directory of the test's, never the user's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    for name in list(os.environ):
        if name.startswith(("FLYTE_CREDENTIALS_", "FLYTE_PLATFORM_")) or name == "BROWSER":
            monkeypatch.delenv(name)
