"""Planted secrets and tokens never show: not in an exception, a repr, a log line (DEBUG on every
Python logger) or anything printed, on either backend, for successes and each failure."""

from __future__ import annotations

import io
import logging
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.exceptions import FlyteException
from flytekit_core.idl.flyteidl.admin import project_pb2
from flytekit_core.local_admin import LocalAdmin
from flytekit_core.testing import MockServer

from .clients import Approver, mock_admin, remote
from .oauth_server import CLIENT_CREDENTIALS_CLIENT_ID, DEVICE_CLIENT_ID, AuthorizationServer

SECRET = "canary-client-secret-5150"
WRONG_SECRET = "canary-wrong-secret-1234"
COMMAND_TOKEN = "canary-access-token-8086"
PROXY_TOKEN = "canary-proxy-token-3030"
CANARIES = (SECRET, WRONG_SECRET, COMMAND_TOKEN, PROXY_TOKEN)


class Seen:
    """Everything a user could read: exceptions, reprs, logs, output."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.tokens: list[str] = []  # the real tokens the server issued, learnt on the way

    def show(self, *objects: object) -> None:
        for obj in objects:
            self.texts += [repr(obj), str(obj)]
            if isinstance(obj, BaseException):
                self.texts += [repr(arg) for arg in obj.args]

    def failure(self, call: Callable[[], object]) -> None:
        with pytest.raises(FlyteException) as caught:
            call()
        self.show(caught.value)

    def remote(self, r: FlyteRemote) -> FlyteRemote:
        self.show(r, r.config, r.config.platform, r.authenticator, *r._transports.values())
        return r

    def learn_token(self, r: FlyteRemote) -> None:
        _, headers = r.authenticator.headers()
        self.tokens += [value.split(" ", 1)[1] for _, value in headers]


@pytest.fixture
def seen(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> Iterator[Seen]:
    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)
    stderr = io.StringIO()
    real_stderr = sys.stderr
    sys.stderr = stderr  # prompts written through sys.stderr
    record = Seen()
    try:
        yield record
    finally:
        sys.stderr = real_stderr
    out, err = capfd.readouterr()
    everything = "\n".join([*record.texts, caplog.text, out, err, stderr.getvalue()])
    assert record.tokens, "the test learnt no issued token to look for"
    for canary in (*CANARIES, *record.tokens):
        assert canary not in everything, f"{canary[:12]}... shown"
    assert "eyJ" not in everything  # no JWT at all


def test_no_secret_or_token_is_ever_shown(
    backend: str,
    authorization_server_factory: Callable[..., AuthorizationServer],
    secured_admin: Callable[..., LocalAdmin],
    seen: Seen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = authorization_server_factory(client_secret=SECRET)
    admin = secured_admin(server)
    client_secret = {"auth_type": "ClientSecret", "client_id": CLIENT_CREDENTIALS_CLIENT_ID}

    # Success, then tokens refused (by an admin expecting another audience).
    good = seen.remote(remote(backend, admin.endpoint, client_secret=SECRET, **client_secret))
    assert [p.id for p in good.list_projects()] == ["flytesnacks"]
    seen.learn_token(good)
    with LocalAdmin(auth_issuer=server.issuer, auth_audience="another-audience") as other:
        refused_here = seen.remote(remote(backend, other.endpoint, client_secret=SECRET, **client_secret))
        seen.failure(refused_here.list_projects)

    # A wrong secret, in the config and in a file.
    wrong = seen.remote(remote(backend, admin.endpoint, client_secret=WRONG_SECRET, **client_secret))
    seen.failure(wrong.list_projects)
    secret_file = tmp_path / "secret"
    secret_file.write_text(WRONG_SECRET)
    by_file = seen.remote(remote(backend, admin.endpoint, client_secret_location=str(secret_file), **client_secret))
    seen.failure(by_file.list_projects)

    # An unreachable token endpoint.
    with mock_admin(server, CLIENT_CREDENTIALS_CLIENT_ID, token_endpoint="http://127.0.0.1:9/token") as mock:
        unreachable = seen.remote(remote(backend, mock.endpoint, client_secret=SECRET, **client_secret))
        seen.failure(lambda: unreachable.client.list_projects(project_pb2.ProjectListRequest()))

    # A command's token and a proxy token, refused by the server; a command that prints its
    # token and fails. (The commands read them from files: a command line is no secret.)
    (tmp_path / "token").write_text(COMMAND_TOKEN)
    (tmp_path / "proxy").write_text(PROXY_TOKEN)
    with MockServer() as mock:
        mock.fail("list_projects", 16, "refused")
        command = ("cat", str(tmp_path / "token"))
        proxy = ("cat", str(tmp_path / "proxy"))
        refused = seen.remote(
            remote(backend, mock.endpoint, auth_type="ExternalCommand", command=command, proxy_command=proxy)
        )
        seen.failure(lambda: refused.client.list_projects(project_pb2.ProjectListRequest()))
        assert mock.received("list_projects")[0].header("authorization") == f"Bearer {COMMAND_TOKEN}".encode()
        noisy = ("sh", "-c", f"cat {tmp_path / 'token'}; exit 2")
        failing = seen.remote(remote(backend, mock.endpoint, auth_type="ExternalCommand", command=noisy))
        seen.failure(lambda: failing.client.list_projects(project_pb2.ProjectListRequest()))

    # A device sign-in with its tokens in a file: private, and never shown either.
    approver = Approver(server)
    monkeypatch.setattr(sys, "stderr", approver)
    device = seen.remote(
        remote(
            backend,
            admin.endpoint,
            auth_type="DeviceFlow",
            client_id=DEVICE_CLIENT_ID,
            token_cache="file",
            token_cache_dir=str(tmp_path / "tokens"),
        )
    )
    assert [p.id for p in device.list_projects()] == ["flytesnacks"]
    seen.learn_token(device)
    [cached] = (tmp_path / "tokens").iterdir()
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    assert seen.tokens[-1] in cached.read_text()  # it is the cache, after all
    seen.texts.append(approver.getvalue())
