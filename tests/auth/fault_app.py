"""The fault server's app (see ``fault_server.py``): authlib's OAuth2 server machinery on Flask, in-memory models.

Run as ``python fault_app.py --port-file PATH`` with its options as JSON in ``$FAULT_SERVER_CONFIG``: it binds a
free port of 127.0.0.1, writes the port to ``PATH`` and serves (threaded) until terminated.

Endpoints: ``POST /oauth/token`` (client credentials and device code), ``POST /oauth/device_authorization``,
``GET /device`` (the verification page, a stub), ``POST /html401/token`` (always HTTP 401 with an HTML page),
``GET /.well-known/oauth-authorization-server``, and for the tests ``GET /test/polls``,
``GET /test/device-authorizations``, ``GET /test/stats``, ``POST /test/approve`` (form ``user_code``).
"""

from __future__ import annotations

import argparse
import json
import os
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import ClientMixin
from authlib.oauth2.rfc6749.grants import ClientCredentialsGrant
from authlib.oauth2.rfc8628 import DeviceAuthorizationEndpoint, DeviceCodeGrant, DeviceCredentialDict
from flask import Flask, Response, jsonify, request
from werkzeug.serving import make_server

DEVICE_CLIENT_ID = "fault-device"
CLIENT_ID = "fault-client"
CLIENT_SECRET = "fault-secret"
DEVICE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code"
DEFAULT_SCOPE = "all"
#: What a reverse proxy in front of an identity provider answers (nginx's page, with a marker for the tests).
HTML_401 = (
    "<!DOCTYPE html>\r\n<html>\r\n<head><title>401 Authorization Required (fault-html-page)</title></head>\r\n"
    "<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


class Client(ClientMixin):
    """A registered client: public (``secret`` None, auth method ``none``) or confidential."""

    def __init__(self, client_id: str, secret: str | None, grant_types: set[str]) -> None:
        self.client_id = client_id
        self.secret = secret
        self.grant_types = grant_types

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        return scope or DEFAULT_SCOPE  # any scope is granted

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return False

    def check_client_secret(self, client_secret: str) -> bool:
        return self.secret is not None and client_secret == self.secret

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        if self.secret is None:
            return method == "none"
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type: str) -> bool:
        return False

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.grant_types


class State:
    """Everything the server knows, behind one lock: clients, device codes, tokens and the test records."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.lock = threading.Lock()
        self.started = time.monotonic()
        self.clients = {
            DEVICE_CLIENT_ID: Client(DEVICE_CLIENT_ID, None, {DEVICE_GRANT_TYPE}),
            CLIENT_ID: Client(CLIENT_ID, CLIENT_SECRET, {"client_credentials"}),
        }
        self.device_codes: dict[str, DeviceCredentialDict] = {}  # by device code
        self.by_user_code: dict[str, DeviceCredentialDict] = {}
        self.grants: dict[str, bool] = {}  # user code -> approved
        self.tokens: list[dict[str, Any]] = []
        self.polls: list[dict[str, Any]] = []
        self.device_authorizations: list[dict[str, Any]] = []
        self.token_requests: dict[str, int] = defaultdict(int)
        self.token_errors: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.requests: dict[str, int] = defaultdict(int)

    def now(self) -> float:
        """Seconds since the server started (monotonic)."""
        return time.monotonic() - self.started


def create_app(config: dict[str, Any]) -> Flask:
    state = State(config)
    origin = f"https://localhost:{config['port']}" if config.get("tls") else f"http://127.0.0.1:{config['port']}"
    slow_down_polls = int(config["slow_down_polls"])
    auto_approve = bool(config["auto_approve"])

    class DeviceAuthorization(DeviceAuthorizationEndpoint):
        EXPIRES_IN = int(config["expires_in"])
        INTERVAL = int(config["interval"])

        def get_verification_uri(self) -> str:
            return f"{origin}/device"

        def save_device_credential(self, client_id: str, scope: str | None, data: dict[str, Any]) -> None:
            credential = DeviceCredentialDict(
                client_id=client_id, scope=scope, expires_at=time.time() + data["expires_in"], polls=0, **data
            )
            with state.lock:
                state.device_codes[data["device_code"]] = credential
                state.by_user_code[data["user_code"]] = credential
                state.device_authorizations.append(
                    {"t": state.now(), "client_id": client_id, "user_code": data["user_code"]}
                )

    class DeviceCode(DeviceCodeGrant):
        """Counts the polls of each device code: the first ``slow_down_polls`` answer ``slow_down``; with
        ``auto_approve`` the next one is approved, else they stay ``authorization_pending`` (or until
        ``/test/approve``)."""

        def query_device_credential(self, device_code: str) -> DeviceCredentialDict | None:
            with state.lock:
                credential = state.device_codes.get(device_code)
                if credential is not None:
                    credential["polls"] += 1
                return credential

        def query_user_grant(self, user_code: str) -> tuple[str, bool] | None:
            with state.lock:
                credential = state.by_user_code[user_code]
                if auto_approve and credential["polls"] > slow_down_polls:
                    state.grants.setdefault(user_code, True)
                approved = state.grants.get(user_code)
            return None if approved is None else ("alice", approved)

        def should_slow_down(self, credential: DeviceCredentialDict) -> bool:
            return int(credential["polls"]) <= slow_down_polls

        def create_token_response(self) -> tuple[int, dict[str, Any], list[tuple[str, str]]]:
            answer = super().create_token_response()
            with state.lock:  # a device code is good for one token
                state.device_codes.pop(self.request.payload.data["device_code"], None)
            return answer  # type: ignore[no-any-return]

    class ClientCredentials(ClientCredentialsGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

    def query_client(client_id: str) -> Client | None:
        return state.clients.get(client_id)

    def save_token(token: dict[str, Any], req: Any) -> None:
        with state.lock:
            state.tokens.append({**token, "client_id": req.client.get_client_id()})

    app = Flask(__name__)
    app.config["OAUTH2_TOKEN_EXPIRES_IN"] = {
        "client_credentials": int(config["access_token_lifetime"]),
        DEVICE_GRANT_TYPE: int(config["access_token_lifetime"]),
    }
    server = AuthorizationServer(app, query_client=query_client, save_token=save_token)
    server.register_grant(ClientCredentials)
    server.register_grant(DeviceCode)
    server.register_endpoint(DeviceAuthorization)

    @app.before_request
    def count() -> None:
        with state.lock:
            state.requests[request.path] += 1

    def record_poll(grant_type: str, status: int, body: Any) -> str:
        error = body.get("error") if isinstance(body, dict) else None
        answer = "ok" if status == 200 else str(error or f"http_{status}")
        with state.lock:
            state.polls.append(
                {
                    "t": state.now(),
                    "grant_type": grant_type,
                    "answer": answer,
                    "path": request.path,
                    "proxy_authorization": request.headers.get("Proxy-Authorization"),
                }
            )
            state.token_requests[grant_type] += 1
            if answer != "ok":
                state.token_errors[grant_type][answer] += 1
        return answer

    @app.post("/oauth/token")
    def token() -> Response:
        grant_type = request.form.get("grant_type", "")
        response = server.create_token_response()
        record_poll(grant_type, response.status_code, response.get_json(silent=True))
        return response

    @app.post("/oauth/device_authorization")
    def device_authorization() -> Response:
        return server.create_endpoint_response(DeviceAuthorization.ENDPOINT_NAME)

    @app.get("/device")
    def device_page() -> Response:
        return Response("<html><body>Enter your code.</body></html>", content_type="text/html")

    @app.route("/html401/token", methods=["GET", "POST"])
    def html401() -> Response:
        record_poll(request.form.get("grant_type", ""), 401, None)
        return Response(
            HTML_401,
            status=401,
            content_type="text/html; charset=utf-8",
            headers={"WWW-Authenticate": 'Basic realm="Restricted"'},
        )

    @app.get("/.well-known/oauth-authorization-server")
    def metadata() -> Response:
        return jsonify(
            issuer=origin,
            token_endpoint=f"{origin}/oauth/token",
            device_authorization_endpoint=f"{origin}/oauth/device_authorization",
            grant_types_supported=["client_credentials", DEVICE_GRANT_TYPE],
            token_endpoint_auth_methods_supported=["client_secret_basic", "client_secret_post", "none"],
        )

    @app.get("/test/polls")
    def polls() -> Response:
        with state.lock:
            return jsonify(list(state.polls))

    @app.get("/test/device-authorizations")
    def device_authorizations() -> Response:
        with state.lock:
            return jsonify(list(state.device_authorizations))

    @app.get("/test/stats")
    def stats() -> Response:
        with state.lock:
            return jsonify(
                token_requests=dict(state.token_requests),
                token_errors={grant: dict(errors) for grant, errors in state.token_errors.items()},
                requests=dict(state.requests),
            )

    @app.post("/test/approve")
    def approve() -> Response:
        user_code = request.form.get("user_code", "")
        approved = request.form.get("approved", "true") == "true"
        with state.lock:
            known = user_code in state.by_user_code
            if known:
                state.grants[user_code] = approved
        response = jsonify(approved=approved) if known else jsonify(error="unknown user_code")
        response.status_code = 200 if known else 404
        return response

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True, type=Path, help="written with the port once serving")
    args = parser.parse_args()
    config = json.loads(os.environ["FAULT_SERVER_CONFIG"])
    # Bind first (port 0: a free one), then build the app, which needs its own origin.
    holder: dict[str, Flask] = {}
    tls = config.get("tls")
    server = make_server(
        "127.0.0.1",
        0,
        lambda env, start: holder["app"](env, start),
        threaded=True,
        ssl_context=None if tls is None else (tls[0], tls[1]),
    )
    config["port"] = server.server_port
    holder["app"] = create_app(config)
    # Written whole by a rename, so that the harness never reads half a port.
    tmp = args.port_file.with_suffix(".tmp")
    tmp.write_text(str(server.server_port))
    tmp.rename(args.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
