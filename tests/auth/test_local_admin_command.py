"""``python -m flytekit_core.local_admin --auth-issuer ... --auth-audience ...``: the command serves a
local admin that requires the issuer's tokens, and refuses bad auth options clearly."""

from __future__ import annotations

import subprocess
import sys

from flytekit_core.idl.flyteidl.service import auth_pb2

from .clients import free_port, projects, remote
from .oauth_server import CLIENT_CREDENTIALS_CLIENT_ID, AuthorizationServer
from .test_client_auth import client_secret


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "flytekit_core.local_admin", "--port", str(free_port()), *args]


def test_the_command_requires_tokens(authorization_server: AuthorizationServer) -> None:
    args = command(
        "--auth-issuer", authorization_server.issuer, "--auth-audience", authorization_server.audience,
        "--auth-header", "x-flyte-token", "--auth-client-id", CLIENT_CREDENTIALS_CLIENT_ID,
        "--auth-scopes", "all", "offline",
    )  # fmt: skip
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert f"tokens from {authorization_server.issuer}" in line, line + (
            process.stderr.read() if process.stderr else ""
        )
        endpoint = line.split(" serving on ")[1].split(",")[0]
        r = remote("rust", endpoint, **client_secret(authorization_server))
        assert projects(r) == ["flytesnacks"]
        config = r.client.get_public_client_config(auth_pb2.PublicClientAuthConfigRequest())
        assert (config.authorization_metadata_key, list(config.scopes)) == ("x-flyte-token", ["all", "offline"])
        metadata = r.client.get_oauth2_metadata(auth_pb2.OAuth2MetadataRequest())
        assert metadata.token_endpoint == authorization_server.token_endpoint
        assert metadata.device_authorization_endpoint == authorization_server.device_authorization_endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_bad_auth_options_are_refused() -> None:
    half = subprocess.run(command("--auth-issuer", "http://127.0.0.1:9/o"), capture_output=True, text=True, timeout=30)
    assert half.returncode == 2 and "--auth-issuer and --auth-audience go together" in half.stderr
    down = subprocess.run(
        command("--auth-issuer", "http://127.0.0.1:9/o", "--auth-audience", "flyte"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert down.returncode == 1
    assert "cannot read the metadata of the issuer http://127.0.0.1:9/o" in down.stderr
