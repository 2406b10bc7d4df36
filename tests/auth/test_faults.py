"""Both backends against faults that real authorization servers produce and django-oauth-toolkit does not:
``slow_down`` in the device flow (RFC 8628 §3.5) and an HTML 401 page from the token endpoint. The authorization
server is authlib's (``fault_server.FaultServer``); the admin is a ``MockServer`` whose AuthMetadataService points
at it and which takes any token."""

from __future__ import annotations

import io
import itertools
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.exceptions import FlyteAuthenticationException
from flytekit_core.idl.flyteidl.admin import project_pb2

from .clients import mock_admin, remote
from .fault_server import CLIENT_ID, CLIENT_SECRET, DEVICE_CLIENT_ID, HTML_MARKER, FaultServer

#: RFC 8628 §3.5: each ``slow_down`` adds this to the polling interval.
SLOW_DOWN = 5.0


@pytest.fixture
def fault_server() -> Iterator[Callable[..., FaultServer]]:
    """``fault_server(**options)`` starts a ``FaultServer`` with those options; each is stopped at teardown."""
    servers: list[FaultServer] = []

    def start(**options: Any) -> FaultServer:
        server = FaultServer(**options).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def list_projects(r: FlyteRemote) -> None:
    r.client.list_projects(project_pb2.ProjectListRequest())


def fails_within(seconds: float, call: Callable[[], object]) -> tuple[FlyteAuthenticationException, float]:
    """The authentication failure of ``call``, and how long it took (asserted under ``seconds``)."""
    started = time.monotonic()
    with pytest.raises(FlyteAuthenticationException) as caught:
        call()
    elapsed = time.monotonic() - started
    assert elapsed < seconds, f"failed after {elapsed:.1f} s, not within {seconds} s"
    return caught.value, elapsed


def gaps(server: FaultServer) -> list[float]:
    """Seconds from the device authorization to the first poll, then between successive polls."""
    [authorization] = server.device_authorizations()
    times = [authorization["t"]] + [p["t"] for p in server.polls()]
    return [b - a for a, b in itertools.pairwise(times)]


def test_slow_down_adds_five_seconds_to_the_interval(
    backend: str, fault_server: Callable[..., FaultServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = fault_server(interval=1, slow_down_polls=1)
    shown = io.StringIO()
    monkeypatch.setattr(sys, "stderr", shown)
    with mock_admin(server, DEVICE_CLIENT_ID) as mock:
        r = remote(backend, mock.endpoint, auth_type="DeviceFlow", client_id=DEVICE_CLIENT_ID)
        list_projects(r)
        [call] = mock.received("list_projects")
        assert (call.header("authorization") or b"").startswith(b"Bearer ")

    [authorization] = server.device_authorizations()
    assert authorization["client_id"] == DEVICE_CLIENT_ID
    assert re.search(rf"To sign in to Flyte, open \S+ \(code {authorization['user_code']}\)", shown.getvalue())
    assert [p["answer"] for p in server.polls()] == ["slow_down", "ok"]
    first, after_slow_down = gaps(server)
    assert first >= server.interval  # the server's interval, not the default 5 s
    assert first < 5  # not RFC 8628's default interval either (generous: the machine may be busy)
    assert after_slow_down >= server.interval + SLOW_DOWN  # RFC 8628 §3.5
    assert after_slow_down < server.interval + 2 * SLOW_DOWN  # 5 s added once, not twice


def test_a_token_endpoint_answering_an_html_401_page(backend: str, fault_server: Callable[..., FaultServer]) -> None:
    server = fault_server()
    with mock_admin(server, CLIENT_ID, token_endpoint=server.html401_token_endpoint) as mock:
        r = remote(backend, mock.endpoint, auth_type="ClientSecret", client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
        error, _ = fails_within(5, lambda: list_projects(r))
        assert not mock.received("list_projects")  # nothing went out without a token
    message = str(error)
    assert f"{server.html401_token_endpoint} answered HTTP 401 with a body that is not JSON" in message
    assert "not an OAuth2 reply" in message
    for shown in (message, repr(error)):
        assert CLIENT_SECRET not in shown
        assert HTML_MARKER not in shown and "<" not in shown and "nginx" not in shown
    # The page did come from the endpoint, once: a 401 page is not retried.
    assert [(p["path"], p["answer"]) for p in server.polls()] == [("/html401/token", "http_401")]


def test_the_device_code_expires_while_slow_down_keeps_coming(
    backend: str, fault_server: Callable[..., FaultServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = fault_server(interval=1, expires_in=8, slow_down_polls=1000)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with mock_admin(server, DEVICE_CLIENT_ID) as mock:
        r = remote(backend, mock.endpoint, auth_type="DeviceFlow", client_id=DEVICE_CLIENT_ID)
        error, _ = fails_within(server.expires_in + 2, lambda: list_projects(r))
        assert not mock.received("list_projects")
    assert "the device code expired before sign-in finished" in str(error)
    polls = server.polls()
    assert polls and {p["answer"] for p in polls} == {"slow_down"}
    # Each slow_down adds 5 s more: 1 s, then 6 s, then 11 s (past the code's lifetime, so no third poll).
    for n, gap in enumerate(gaps(server)):
        assert gap >= server.interval + n * SLOW_DOWN
    assert sum(gaps(server)) < server.expires_in  # no poll after the code expired


# HTTPS token endpoints, and what reaches them


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A private CA and a certificate for localhost it issued: (cert, key, ca)."""
    from tests.remote.test_tls import make_ca, make_server_cert

    directory = tmp_path_factory.mktemp("token-pki")
    ca = make_ca(directory, "token-ca")
    cert, key = make_server_cert(directory, ca, "localhost")
    (directory / "token.pem").write_bytes(cert)
    (directory / "token.key").write_bytes(key)
    return directory / "token.pem", directory / "token.key", ca[0]


def test_an_https_token_endpoint_is_trusted_as_the_channel_is(
    backend: str, fault_server: Callable[..., FaultServer], pki: tuple[Path, Path, Path]
) -> None:
    server = fault_server(tls=pki)
    secret = {"auth_type": "ClientSecret", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
    with mock_admin(server, CLIENT_ID) as mock:
        error, _ = fails_within(10, lambda: list_projects(remote(backend, mock.endpoint, **secret)))
        assert f"the request to {server.token_endpoint} failed" in str(error)
        list_projects(remote(backend, mock.endpoint, ca_cert_file_path=str(pki[2]), **secret))
    assert [p["answer"] for p in server.polls()] == ["ok"]


def test_the_proxy_command_reaches_the_token_endpoint(backend: str, fault_server: Callable[..., FaultServer]) -> None:
    server = fault_server()
    proxy = (sys.executable, "-c", "print('to-the-proxy')")
    with mock_admin(server, CLIENT_ID) as mock:
        secret = {"auth_type": "ClientSecret", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
        list_projects(remote(backend, mock.endpoint, proxy_command=proxy, **secret))
    [poll] = server.polls()
    assert poll["proxy_authorization"] == "Bearer to-the-proxy"
