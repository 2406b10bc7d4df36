"""The authorization server harness itself, driven with urllib: each flow the Rust client's auth will use."""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import secrets
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jwcrypto import jwk, jwt

from .oauth_server import (
    CLIENT_CREDENTIALS_CLIENT_ID,
    DEVICE_CLIENT_ID,
    DEVICE_GRANT_TYPE,
    PKCE_CLIENT_ID,
    AuthorizationServer,
)

BROWSER = Path(__file__).with_name("browser.py")


def verified_claims(server: AuthorizationServer, token: str) -> dict[str, Any]:
    """The claims of ``token`` once its signature verifies against the server's JWKS and iss, aud, exp check."""
    status, jwks = server.request(server.jwks_url)
    assert status == 200
    checked = jwt.JWT(
        jwt=token,
        key=jwk.JWKSet.from_json(json.dumps(jwks)),
        check_claims={"iss": server.issuer, "aud": server.audience, "exp": None},
        expected_type="JWS",
    )
    header = json.loads(checked.header)
    assert header["alg"] == "RS256"
    assert header["kid"] in {k["kid"] for k in jwks["keys"]}
    return json.loads(checked.claims)


def device_poll(server: AuthorizationServer, device_code: str) -> tuple[int, Any]:
    return server.token_request(
        {"grant_type": DEVICE_GRANT_TYPE, "device_code": device_code, "client_id": DEVICE_CLIENT_ID}
    )


def test_metadata(authorization_server: AuthorizationServer) -> None:
    server = authorization_server
    for url in (
        server.metadata_url,
        server.openid_configuration_url,
        f"{server.origin}/.well-known/oauth-authorization-server/o",
    ):
        status, metadata = server.request(url)
        assert status == 200, url
        assert metadata["issuer"] == server.issuer
        assert metadata["token_endpoint"] == server.token_endpoint
        assert metadata["authorization_endpoint"] == server.authorization_endpoint
        assert metadata["device_authorization_endpoint"] == server.device_authorization_endpoint
        assert metadata["jwks_uri"] == server.jwks_url
        assert metadata["code_challenge_methods_supported"] == ["S256"]
        assert {"client_credentials", "authorization_code", "refresh_token", DEVICE_GRANT_TYPE} <= set(
            metadata["grant_types_supported"]
        )


def test_client_credentials_token_is_a_verifiable_jwt(authorization_server: AuthorizationServer) -> None:
    server = authorization_server
    token = server.client_credentials_token()
    assert token["token_type"] == "Bearer"
    assert token["expires_in"] == 3600
    assert "refresh_token" not in token
    claims = verified_claims(server, token["access_token"])
    assert claims["sub"] == claims["client_id"] == CLIENT_CREDENTIALS_CLIENT_ID
    assert claims["scope"] == "all"
    assert claims["exp"] - claims["iat"] == 3600
    assert abs(claims["iat"] - time.time()) < 60
    # Tokens differ even within one second (`jti`).
    assert server.client_credentials_token()["access_token"] != token["access_token"]


def test_client_secret_post_and_wrong_secret(authorization_server: AuthorizationServer) -> None:
    server = authorization_server
    form = {"grant_type": "client_credentials", "client_id": CLIENT_CREDENTIALS_CLIENT_ID}
    status, _ = server.token_request({**form, "client_secret": server.client_secret})
    assert status == 200
    status, body = server.token_request({"grant_type": "client_credentials"}, (CLIENT_CREDENTIALS_CLIENT_ID, "wrong"))
    assert (status, body["error"]) == (401, "invalid_client")


def test_options_reach_the_tokens(authorization_server_factory: Any) -> None:
    server = authorization_server_factory(access_token_lifetime=5, audience="other-admin", client_secret="s3cr3t:+/")
    token = server.client_credentials_token()
    assert token["expires_in"] == 5
    claims = verified_claims(server, token["access_token"])  # checks aud == "other-admin"
    assert claims["exp"] - claims["iat"] == 5


def test_device_flow_then_refresh_then_revoke(authorization_server: AuthorizationServer) -> None:
    server = authorization_server
    auth = server.device_authorization(scope="all offline")
    assert auth["verification_uri"] == f"{server.issuer}/device/"
    assert auth["verification_uri_complete"].endswith(urllib.parse.quote(auth["user_code"]))
    assert (auth["interval"], auth["expires_in"]) == (1, 600)
    status, body = device_poll(server, auth["device_code"])
    assert (status, body["error"]) == (400, "authorization_pending")

    server.approve_device(auth["user_code"])
    status, token = device_poll(server, auth["device_code"])
    assert status == 200, token
    claims = verified_claims(server, token["access_token"])
    assert (claims["sub"], claims["client_id"], claims["scope"]) == ("alice", DEVICE_CLIENT_ID, "all offline")
    assert "." not in token["refresh_token"]  # opaque, not a JWT

    refresh = {"grant_type": "refresh_token", "client_id": DEVICE_CLIENT_ID}
    status, renewed = server.token_request({**refresh, "refresh_token": token["refresh_token"]})
    assert status == 200, renewed
    assert verified_claims(server, renewed["access_token"])["sub"] == "alice"
    assert renewed["refresh_token"] != token["refresh_token"]  # rotated: the old one is spent
    status, body = server.token_request({**refresh, "refresh_token": token["refresh_token"]})
    assert (status, body["error"]) == (400, "invalid_grant")

    assert server.revoke_refresh_tokens() >= 1
    status, body = server.token_request({**refresh, "refresh_token": renewed["refresh_token"]})
    assert (status, body["error"]) == (400, "invalid_grant")


def test_device_denied_and_unknown(authorization_server: AuthorizationServer) -> None:
    server = authorization_server
    auth = server.device_authorization()
    server.deny_device(auth["user_code"])
    status, body = device_poll(server, auth["device_code"])
    assert (status, body["error"]) == (400, "access_denied")
    status, body = device_poll(server, "no-such-code")
    assert (status, body["error"]) == (400, "invalid_grant")


def test_device_code_expiry_and_slow_down(authorization_server_factory: Any) -> None:
    server = authorization_server_factory(device_code_lifetime=1, device_interval=1, enforce_device_interval=True)
    auth = server.device_authorization()
    assert (auth["interval"], auth["expires_in"]) == (1, 1)
    assert device_poll(server, auth["device_code"])[1]["error"] == "authorization_pending"
    assert device_poll(server, auth["device_code"])[1]["error"] == "slow_down"  # polled again at once
    late = server.device_authorization()
    time.sleep(1.2)
    # Its first poll, so not too soon, but after its lifetime: pending polls go on only while the code lives.
    status, body = device_poll(server, late["device_code"])
    assert (status, body["error"]) == (400, "expired_token")


def test_stats_count_grant_types(authorization_server: AuthorizationServer) -> None:
    server = authorization_server
    server.reset_stats()
    server.client_credentials_token()
    server.token_request({"grant_type": "client_credentials"}, (CLIENT_CREDENTIALS_CLIENT_ID, "wrong"))
    device_poll(server, "no-such-code")
    server.token_request({"grant_type": "password", "username": "alice", "password": "alice-password"})
    stats = server.stats()
    assert stats["token_requests"] == {"client_credentials": 2, DEVICE_GRANT_TYPE: 1, "password": 1}
    assert stats["token_errors"]["client_credentials"] == {"invalid_client": 1}
    assert stats["token_errors"][DEVICE_GRANT_TYPE] == {"invalid_grant": 1}
    assert stats["requests"]["/o/token/"] == 4
    server.reset_stats()
    assert server.stats()["token_requests"] == {}


class _Callback(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.queries.append(urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query))  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def callback() -> Iterator[tuple[str, list[dict[str, list[str]]]]]:
    """A loopback redirect-URI listener on a free port: ``(redirect_uri, the queries it got)``."""
    listener = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Callback)
    listener.queries = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=listener.serve_forever, daemon=True)
    thread.start()
    # `localhost` as registered (DEFAULT_REDIRECT_URI), on another port: the server allows any loopback port.
    yield f"http://localhost:{listener.server_port}/callback", listener.queries  # type: ignore[attr-defined]
    listener.shutdown()
    listener.server_close()
    thread.join(timeout=5)


@pytest.mark.parametrize("how", ["browse", "browser.py"])
def test_pkce(authorization_server: AuthorizationServer, callback: Any, how: str) -> None:
    server = authorization_server
    redirect_uri, queries = callback
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    url = f"{server.authorization_endpoint}?" + urllib.parse.urlencode(
        {
            "response_type": "code",
            "client_id": PKCE_CLIENT_ID,
            "redirect_uri": redirect_uri,
            "scope": "all offline",
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    if how == "browse":
        assert server.browse(url) == 200
    else:
        done = subprocess.run([sys.executable, str(BROWSER), url], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    assert len(queries) == 1
    assert queries[0]["state"] == [state]
    code = queries[0]["code"][0]

    exchange = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "client_id": PKCE_CLIENT_ID,
    }
    status, body = server.token_request({**exchange, "code_verifier": "not-" + verifier})
    assert (status, body["error"]) == (400, "invalid_grant")
    status, token = server.token_request({**exchange, "code_verifier": verifier})
    assert status == 200, token
    claims = verified_claims(server, token["access_token"])
    assert (claims["sub"], claims["client_id"]) == ("alice", PKCE_CLIENT_ID)
    assert token["refresh_token"]


def test_browser_script_approves_a_device(authorization_server: AuthorizationServer) -> None:
    """As $BROWSER of a device flow: given verification_uri_complete, it logs in, enters the code and accepts."""
    server = authorization_server
    auth = server.device_authorization()
    done = subprocess.run(
        [sys.executable, str(BROWSER), auth["verification_uri_complete"]], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    status, token = device_poll(server, auth["device_code"])
    assert status == 200, token
