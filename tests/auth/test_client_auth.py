"""Both backends authenticating to a local admin that requires tokens from a real
authorization server (django-oauth-toolkit on loopback): every mode, renewal, and failures."""

from __future__ import annotations

import asyncio
import gc
import io
import os
import re
import stat
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import AsyncFlyteRemote, FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.exceptions import FlyteAuthenticationException
from flytekit_core.idl.flyteidl.admin import project_pb2
from flytekit_core.local_admin import LocalAdmin

from .clients import Approver, free_port, mock_admin, projects, remote
from .oauth_server import CLIENT_CREDENTIALS_CLIENT_ID, DEVICE_CLIENT_ID, PKCE_CLIENT_ID, AuthorizationServer

HERE = Path(__file__).parent
#: A bound on every failure: no test waits on a hang.
FAILS_WITHIN = 20.0


def client_secret(server: AuthorizationServer, **more: Any) -> dict[str, Any]:
    secret = server.client_secret
    return {"auth_type": "ClientSecret", "client_id": CLIENT_CREDENTIALS_CLIENT_ID, "client_secret": secret, **more}


def token_requests(server: AuthorizationServer, grant: str = "client_credentials") -> int:
    return int(server.stats()["token_requests"].get(grant, 0))


def failure(call: Callable[[], object]) -> FlyteAuthenticationException:
    started = time.monotonic()
    with pytest.raises(FlyteAuthenticationException) as caught:
        call()
    assert time.monotonic() - started < FAILS_WITHIN
    return caught.value


# ClientSecret


def test_the_first_call_is_already_authenticated(
    backend: str, authorization_server: AuthorizationServer, secured_admin: Callable[..., LocalAdmin]
) -> None:
    admin = secured_admin(authorization_server)
    before = token_requests(authorization_server)
    r = remote(backend, admin.endpoint, **client_secret(authorization_server))
    assert projects(r) == ["flytesnacks"]
    assert projects(r) == ["flytesnacks"]
    assert token_requests(authorization_server) == before + 1
    # No call went out without the token and came back refused.
    assert r.authenticator.stats() == {"renewals": 1, "after_refusal": 0}
    assert r.authenticator.auth_type == "ClientSecret"


def test_without_credentials_the_admin_refuses(
    backend: str, authorization_server: AuthorizationServer, secured_admin: Callable[..., LocalAdmin]
) -> None:
    admin = secured_admin(authorization_server)
    error = failure(lambda: projects(remote(backend, admin.endpoint)))
    assert "no bearer token in the flyte-authorization header" in str(error)


def test_secret_from_the_environment_and_the_files_flytekit_reads(
    backend: str,
    authorization_server: AuthorizationServer,
    secured_admin: Callable[..., LocalAdmin],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    admin = secured_admin(authorization_server)
    monkeypatch.setenv("FLYTE_PLATFORM_URL", admin.endpoint)
    monkeypatch.setenv("FLYTE_PLATFORM_INSECURE", "true")
    monkeypatch.setenv("FLYTE_CREDENTIALS_AUTH_MODE", "clientsecret")  # flytekit's names are case-insensitive
    monkeypatch.setenv("FLYTE_CREDENTIALS_CLIENT_ID", CLIENT_CREDENTIALS_CLIENT_ID)
    monkeypatch.setenv("FLYTE_CREDENTIALS_CLIENT_SECRET", authorization_server.client_secret)
    assert projects(FlyteRemote(Config.auto(), backend=backend)) == ["flytesnacks"]

    # A secret file, and a variable naming the secret's variable, from a YAML file.
    monkeypatch.delenv("FLYTE_CREDENTIALS_CLIENT_SECRET")
    monkeypatch.delenv("FLYTE_CREDENTIALS_AUTH_MODE")
    secret_file = tmp_path / "secret"
    secret_file.write_text(authorization_server.client_secret + "\n")
    config = tmp_path / "config.yaml"
    config.write_text(f"admin:\n  clientSecretLocation: {secret_file}\n  scopes: [all]\n")
    assert projects(FlyteRemote(Config.auto(config), backend=backend)) == ["flytesnacks"]
    monkeypatch.setenv("MY_FLYTE_SECRET", authorization_server.client_secret)
    config.write_text("admin:\n  authType: ClientSecret\n  clientSecretEnvVar: MY_FLYTE_SECRET\n")
    assert projects(FlyteRemote(Config.auto(config), backend=backend)) == ["flytesnacks"]


def test_a_wrong_secret_is_reported_and_fixing_it_is_enough(
    backend: str, authorization_server: AuthorizationServer, secured_admin: Callable[..., LocalAdmin], tmp_path: Path
) -> None:
    admin = secured_admin(authorization_server)
    secret_file = tmp_path / "secret"
    secret_file.write_text("not-the-secret-42")
    r = remote(
        backend,
        admin.endpoint,
        auth_type="ClientSecret",
        client_id=CLIENT_CREDENTIALS_CLIENT_ID,
        client_secret_location=str(secret_file),
    )
    error = failure(lambda: projects(r))
    assert "invalid_client" in str(error) and "check admin.clientId and the client secret" in str(error)
    assert "not-the-secret-42" not in str(error) + repr(error)
    secret_file.write_text(authorization_server.client_secret)
    assert projects(r) == ["flytesnacks"]


@pytest.mark.parametrize("calls", [1, 20])
def test_an_expired_token_is_renewed_before_the_call_once_for_all_calls(
    backend: str,
    authorization_server_factory: Callable[..., AuthorizationServer],
    secured_admin: Callable[..., LocalAdmin],
    calls: int,
) -> None:
    server = authorization_server_factory(access_token_lifetime=2)
    admin = secured_admin(server)
    r = remote(backend, admin.endpoint, **client_secret(server))
    assert projects(r) == ["flytesnacks"]
    time.sleep(2.2)
    with ThreadPoolExecutor(calls) as pool:
        results = list(pool.map(lambda _: projects(r), range(calls)))
    assert results == [["flytesnacks"]] * calls
    assert token_requests(server) == 2  # counted at the authorization server
    # Renewed before the calls: none went out with the expired token to be refused.
    assert r.authenticator.stats() == {"renewals": 2, "after_refusal": 0}


def test_the_async_remote_authenticates_and_renews_as_the_blocking_one(
    backend: str,
    authorization_server_factory: Callable[..., AuthorizationServer],
    secured_admin: Callable[..., LocalAdmin],
) -> None:
    # The same authenticator, on the same path: one token for concurrent first calls,
    # renewed once when it expires, no call refused for want of it.
    server = authorization_server_factory(access_token_lifetime=2)
    admin = secured_admin(server)
    config = Config.for_endpoint(admin.endpoint, insecure=True, token_cache="memory", **client_secret(server))

    async def main() -> list[list[str]]:
        async with AsyncFlyteRemote(config, backend=backend) as r:
            first = await asyncio.gather(*(r.list_projects() for _ in range(20)))
            await asyncio.sleep(2.2)
            second = await asyncio.gather(*(r.list_projects() for _ in range(20)))
            assert r.authenticator.stats() == {"renewals": 2, "after_refusal": 0}
            return [[p.id for p in ps] for ps in first + second]

    assert asyncio.run(main()) == [["flytesnacks"]] * 40
    assert token_requests(server) == 2


@pytest.mark.parametrize("asynchronous", [False, True], ids=["blocking", "async"])
def test_a_refused_token_is_renewed_and_the_call_made_once_more(
    backend: str, authorization_server: AuthorizationServer, asynchronous: bool
) -> None:
    with mock_admin(authorization_server, CLIENT_CREDENTIALS_CLIENT_ID) as mock:
        mock.fail("list_projects", 16, "token expired")  # the first call is refused, the next answered
        mock.reply("list_projects", project_pb2.Projects(projects=[{"id": "p"}]), then=True)
        config = Config.for_endpoint(mock.endpoint, insecure=True, token_cache="memory",
                                     **client_secret(authorization_server))  # fmt: skip
        request = project_pb2.ProjectListRequest()
        if asynchronous:

            async def call() -> tuple[Any, dict[str, int]]:
                async with AsyncFlyteRemote(config, backend=backend) as r:
                    return await r.client.list_projects(request, timeout=FAILS_WITHIN), r.authenticator.stats()

            reply, stats = asyncio.run(call())
        else:
            with FlyteRemote(config, backend=backend) as r:
                reply, stats = r.client.list_projects(request, timeout=FAILS_WITHIN), r.authenticator.stats()
        assert [p.id for p in reply.projects] == ["p"]
        assert stats == {"renewals": 2, "after_refusal": 1}
        tokens = [c.header("authorization") for c in mock.received("list_projects")]
        assert len(tokens) == 2 and tokens[0] != tokens[1]  # sent again with the new token


@pytest.mark.parametrize(("code", "name"), [(2, "UNKNOWN"), (7, "PERMISSION_DENIED"), (14, "UNAVAILABLE")])
def test_other_failures_renew_nothing(
    backend: str, authorization_server: AuthorizationServer, code: int, name: str
) -> None:
    with mock_admin(authorization_server, CLIENT_CREDENTIALS_CLIENT_ID) as mock:
        mock.fail("list_projects", code, "no")
        r = remote(backend, mock.endpoint, **client_secret(authorization_server))
        with pytest.raises(Exception) as caught:
            r.client.list_projects(project_pb2.ProjectListRequest(), timeout=FAILS_WITHIN)
        assert caught.value.code_name == name  # type: ignore[attr-defined]
        assert r.authenticator.stats() == {"renewals": 1, "after_refusal": 0}  # the first token only


def test_an_unreachable_token_endpoint(backend: str, authorization_server: AuthorizationServer) -> None:
    with mock_admin(
        authorization_server, CLIENT_CREDENTIALS_CLIENT_ID, token_endpoint="http://127.0.0.1:9/o/token/"
    ) as mock:
        r = remote(backend, mock.endpoint, **client_secret(authorization_server))
        error = failure(lambda: r.client.list_projects(project_pb2.ProjectListRequest()))
        assert "the request to http://127.0.0.1:9/o/token/ failed" in str(error)
        assert not mock.received("list_projects")  # nothing went out without a token


def test_a_token_endpoint_answering_html(backend: str, authorization_server: AuthorizationServer) -> None:
    # The admin itself, asked for a token: an HTTP endpoint that is no OAuth2 server.
    with mock_admin(
        authorization_server, CLIENT_CREDENTIALS_CLIENT_ID, token_endpoint=f"{authorization_server.origin}/no/such/page"
    ) as mock:
        r = remote(backend, mock.endpoint, **client_secret(authorization_server))
        error = failure(lambda: r.client.list_projects(project_pb2.ProjectListRequest()))
        assert "answered HTTP 404" in str(error) and "not an OAuth2 reply" in str(error)


def test_the_header_the_server_asks_for(
    backend: str, authorization_server: AuthorizationServer, secured_admin: Callable[..., LocalAdmin]
) -> None:
    admin = secured_admin(authorization_server, auth_header="x-flyte-token")
    assert projects(remote(backend, admin.endpoint, **client_secret(authorization_server))) == ["flytesnacks"]


def test_an_unknown_auth_type_is_named(backend: str) -> None:
    error = failure(lambda: remote(backend, "localhost:1", auth_type="Kerberos"))
    assert '"Kerberos"' in str(error) and "ClientSecret, Pkce, DeviceFlow or ExternalCommand" in str(error)


# ExternalCommand and proxyCommand


def print_token_command(server: AuthorizationServer) -> list[str]:
    return [sys.executable, str(HERE / "print_token.py"), str(server.port), server.client_secret]


def test_external_command(
    backend: str, authorization_server: AuthorizationServer, secured_admin: Callable[..., LocalAdmin], tmp_path: Path
) -> None:
    admin = secured_admin(authorization_server)
    command = print_token_command(authorization_server)
    r = remote(backend, admin.endpoint, auth_type="ExternalCommand", command=tuple(command))
    assert projects(r) == ["flytesnacks"]

    script = tmp_path / "token.sh"
    script.write_text("#!/bin/sh\nexit 3\n")
    script.chmod(0o700)
    failing = remote(backend, admin.endpoint, auth_type="external_process", command=(str(script),))
    assert "failed with exit status: 3" in str(failure(lambda: projects(failing)))
    script.write_text("#!/bin/sh\necho '   '\n")
    assert "printed nothing" in str(failure(lambda: projects(failing)))
    script.write_text("#!/bin/sh\nexec " + " ".join(command) + "\n")
    assert projects(failing) == ["flytesnacks"]  # fixed: the same client works


def test_proxy_command_goes_on_every_call_and_to_the_token_endpoint(
    backend: str, authorization_server: AuthorizationServer
) -> None:
    proxy = (sys.executable, "-c", "print('proxy-token-7')")
    with mock_admin(authorization_server, CLIENT_CREDENTIALS_CLIENT_ID) as mock:
        r = remote(backend, mock.endpoint, proxy_command=proxy)
        r.client.list_projects(project_pb2.ProjectListRequest())
        [call] = mock.received("list_projects")
        assert call.header("proxy-authorization") == b"Bearer proxy-token-7"
        assert call.header("authorization") is None
        # With a token too: the proxy header reaches the token endpoint (DOT ignores it).
        r = remote(backend, mock.endpoint, proxy_command=proxy, **client_secret(authorization_server))
        r.client.list_projects(project_pb2.ProjectListRequest())
        call = mock.received("list_projects")[-1]
        assert call.header("proxy-authorization") == b"Bearer proxy-token-7"
        assert (call.header("authorization") or b"").startswith(b"Bearer ey")


# DeviceFlow


def device(server: AuthorizationServer, **more: Any) -> dict[str, Any]:
    return {"auth_type": "DeviceFlow", "client_id": DEVICE_CLIENT_ID, **more}


def test_device_flow(
    backend: str,
    authorization_server: AuthorizationServer,
    secured_admin: Callable[..., LocalAdmin],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = secured_admin(authorization_server)
    approver = Approver(authorization_server)
    monkeypatch.setattr(sys, "stderr", approver)
    assert projects(remote(backend, admin.endpoint, **device(authorization_server))) == ["flytesnacks"]
    assert "To sign in to Flyte, open" in approver.getvalue()
    assert "slow_down" not in str(authorization_server.stats()["token_errors"])  # it polls at the interval


def test_an_expiring_device_code_fails_the_calls_that_waited_for_it_once(
    backend: str,
    authorization_server_factory: Callable[..., AuthorizationServer],
    secured_admin: Callable[..., LocalAdmin],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = authorization_server_factory(device_code_lifetime=3)
    admin = secured_admin(server)
    approver = Approver(server, approve=False)
    monkeypatch.setattr(sys, "stderr", approver)
    r = remote(backend, admin.endpoint, **device(server))

    def call(_: int) -> str:
        with pytest.raises(FlyteAuthenticationException) as caught:
            projects(r)
        return str(caught.value)

    with ThreadPoolExecutor(20) as pool:
        errors = list(pool.map(call, range(20)))
    assert all("the device code expired" in e for e in errors)
    # One sign-in for the twenty calls, not one after another.
    assert server.stats()["requests"].get("/o/device-authorization/") == 1
    assert approver.getvalue().count("To sign in to Flyte") == 1
    # The next call tries again.
    approver.approve = True
    assert projects(r) == ["flytesnacks"]


def test_a_revoked_refresh_token_asks_to_sign_in_again(
    backend: str,
    authorization_server_factory: Callable[..., AuthorizationServer],
    secured_admin: Callable[..., LocalAdmin],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = authorization_server_factory(access_token_lifetime=2, device_code_lifetime=3)
    admin = secured_admin(server)
    approver = Approver(server)
    monkeypatch.setattr(sys, "stderr", approver)
    r = remote(backend, admin.endpoint, **device(server))
    assert projects(r) == ["flytesnacks"]
    time.sleep(2.2)
    assert projects(r) == ["flytesnacks"]  # renewed with the refresh token, no new sign-in
    assert token_requests(server, "refresh_token") == 1
    assert server.revoke_refresh_tokens() >= 1
    time.sleep(2.2)
    approver.approve = False
    error = failure(lambda: projects(r))
    assert "the refresh token was refused" in str(error) and "invalid_grant" in str(error)
    approver.approve = True
    assert projects(r) == ["flytesnacks"]  # signed in again


def test_device_tokens_are_kept_in_a_private_file(
    backend: str,
    authorization_server: AuthorizationServer,
    secured_admin: Callable[..., LocalAdmin],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    admin = secured_admin(authorization_server)
    monkeypatch.setattr(sys, "stderr", Approver(authorization_server))
    options = device(authorization_server, token_cache="file", token_cache_dir=str(tmp_path / "tokens"))
    assert projects(remote(backend, admin.endpoint, **options)) == ["flytesnacks"]
    [cached] = (tmp_path / "tokens").iterdir()
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "tokens").stat().st_mode) == 0o700

    # Another client (another process, as far as it knows) signs in from the file.
    monkeypatch.setattr(sys, "stderr", Approver(authorization_server, approve=False))
    before = authorization_server.stats()["token_requests"]
    assert projects(remote(backend, admin.endpoint, **options)) == ["flytesnacks"]
    assert authorization_server.stats()["token_requests"] == before

    cached.chmod(0o644)
    error = failure(lambda: projects(remote(backend, admin.endpoint, **options)))
    assert "may be read by others (mode 644)" in str(error)
    cached.chmod(0o600)
    assert projects(remote(backend, admin.endpoint, **options)) == ["flytesnacks"]


# Pkce


def pkce_admin(
    server_factory: Callable[..., AuthorizationServer], secured_admin: Callable[..., LocalAdmin], port: int
) -> tuple[AuthorizationServer, LocalAdmin]:
    redirect = f"http://localhost:{port}/callback"
    server = server_factory(pkce_redirect_uri=redirect)
    return server, secured_admin(server, auth_client_id=PKCE_CLIENT_ID, auth_redirect_uri=redirect)


def pkce_remote(
    backend: str, admin: LocalAdmin, monkeypatch: pytest.MonkeyPatch, *steps: str, **platform: Any
) -> FlyteRemote:
    """A Pkce remote whose ``$BROWSER`` is ``tests/auth/pkce_browser.py`` with ``steps`` (see there), its
    prompts kept off the terminal."""
    script = HERE / "pkce_browser.py"
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setenv("BROWSER", " ".join([sys.executable, str(script), *steps, "%s"]))
    monkeypatch.setenv("PYTHONPATH", str(HERE.parent.parent) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    platform.setdefault("pkce_timeout", FAILS_WITHIN)
    return remote(backend, admin.endpoint, auth_type="Pkce", client_id=PKCE_CLIENT_ID, **platform)


@pytest.fixture
def pkce(
    authorization_server_factory: Callable[..., AuthorizationServer], secured_admin: Callable[..., LocalAdmin]
) -> tuple[AuthorizationServer, LocalAdmin]:
    return pkce_admin(authorization_server_factory, secured_admin, free_port())


def test_pkce_ignores_stray_requests(
    backend: str, pkce: tuple[AuthorizationServer, LocalAdmin], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, admin = pkce
    r = pkce_remote(backend, admin, monkeypatch, "favicon", "wrong-state", "sign-in")
    assert projects(r) == ["flytesnacks"]
    assert token_requests(server, "authorization_code") == 1


def test_a_sign_in_is_not_cut_by_the_calls_deadline(
    backend: str, pkce: tuple[AuthorizationServer, LocalAdmin], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, admin = pkce
    r = pkce_remote(backend, admin, monkeypatch, "slow", "sign-in")
    started = time.monotonic()
    # Once signed in, the call itself has its 3 s (a loaded machine needs more than 1).
    listing = r.client.list_projects(project_pb2.ProjectListRequest(), timeout=3)
    assert [p.id for p in listing.projects] == ["flytesnacks"]
    assert time.monotonic() - started > 5  # the sign-in took longer than the call's timeout


def test_pkce_with_only_a_wrong_state_times_out(
    backend: str, pkce: tuple[AuthorizationServer, LocalAdmin], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, admin = pkce
    r = pkce_remote(backend, admin, monkeypatch, "favicon", "wrong-state", pkce_timeout=3)
    error = failure(lambda: projects(r))
    assert "within 3 s (ignored 1 request(s) for other paths and 1 with the wrong state)" in str(error)


def test_pkce_reports_the_servers_error(
    backend: str, pkce: tuple[AuthorizationServer, LocalAdmin], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, admin = pkce
    r = pkce_remote(backend, admin, monkeypatch, "error")
    error = failure(lambda: projects(r))
    assert "refused the sign-in: access_denied (the user said no)" in str(error)


def test_pkce_without_a_browser_prints_the_url(
    backend: str, pkce: tuple[AuthorizationServer, LocalAdmin], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, admin = pkce
    shown = io.StringIO()
    monkeypatch.setattr(sys, "stderr", shown)
    r = remote(backend, admin.endpoint, auth_type="Pkce", client_id=PKCE_CLIENT_ID, open_browser=False, pkce_timeout=1)
    failure(lambda: projects(r))
    [url] = re.findall(r"open (\S+)", shown.getvalue())
    assert url.startswith(server.authorization_endpoint) and "code_challenge_method=S256" in url


# admin.httpProxyURL


@pytest.fixture
def http_proxy(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real forward proxy (proxy.py) on loopback: its URL, and its log (one access line a request)."""
    import subprocess

    port = free_port()
    log = tmp_path / "proxy.log"
    with open(log, "w") as out:
        process = subprocess.Popen(
            [sys.executable, "-u", "-m", "proxy", "--hostname", "127.0.0.1", "--port", str(port),
             "--num-workers", "1", "--num-acceptors", "1"],
            stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        import socket

        deadline = time.monotonic() + 20
        while True:
            assert process.poll() is None and time.monotonic() < deadline, log.read_text()
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", log
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_token_requests_go_through_the_http_proxy(
    backend: str,
    authorization_server: AuthorizationServer,
    secured_admin: Callable[..., LocalAdmin],
    http_proxy: tuple[str, Path],
) -> None:
    url, log = http_proxy
    admin = secured_admin(authorization_server)
    r = remote(backend, admin.endpoint, http_proxy_url=url, **client_secret(authorization_server))
    assert projects(r) == ["flytesnacks"]
    del r  # the token client's pooled connection closes, and the proxy logs the exchange
    gc.collect()
    access = f"POST 127.0.0.1:{authorization_server.port}/o/token/ - 200"
    deadline = time.monotonic() + 5
    while access not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert access in log.read_text()
    # A proxy that is down is named in the failure.
    down = remote(backend, admin.endpoint, http_proxy_url="http://127.0.0.1:9", **client_secret(authorization_server))
    assert "failed" in str(failure(lambda: projects(down)))
