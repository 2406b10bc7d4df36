"""The local admin checks bearer JWTs as FlyteAdmin does: the header it names, RS256 by a key of
the issuer's JWKS, ``exp``, ``iss`` and ``aud``; AuthMetadataService is open to anyone."""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Callable

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.exceptions import FlyteAuthenticationException
from flytekit_core.idl.flyteidl.service import auth_pb2
from flytekit_core.local_admin import LocalAdmin

from .oauth_server import AuthorizationServer


def call_with(admin: LocalAdmin, backend: str, header: str, value: str) -> list[str]:
    remote = FlyteRemote(
        Config.for_endpoint(admin.endpoint, insecure=True), backend=backend, metadata=[(header, value)]
    )
    return [p.id for p in remote.list_projects()]


def refusal(admin: LocalAdmin, backend: str, header: str, value: str) -> str:
    with pytest.raises(FlyteAuthenticationException) as caught:
        call_with(admin, backend, header, value)
    return caught.value.message


def tampered(token: str) -> str:
    head, claims, signature = token.split(".")
    decoded = json.loads(base64.urlsafe_b64decode(claims + "=" * (-len(claims) % 4)))
    decoded["aud"] = "someone-else"
    forged = base64.urlsafe_b64encode(json.dumps(decoded).encode()).decode().rstrip("=")
    return f"{head}.{forged}.{signature}"


def test_tokens_are_checked(
    backend: str,
    authorization_server_factory: Callable[..., AuthorizationServer],
    secured_admin: Callable[..., LocalAdmin],
) -> None:
    server = authorization_server_factory(access_token_lifetime=2)
    admin = secured_admin(server)
    token = server.client_credentials_token()["access_token"]
    assert call_with(admin, backend, "flyte-authorization", f"Bearer {token}") == ["flytesnacks"]
    assert call_with(admin, backend, "flyte-authorization", f"bearer {token}") == ["flytesnacks"]
    cases = {
        ("authorization", f"Bearer {token}"): "no bearer token in the flyte-authorization header",
        ("flyte-authorization", token): 'is not "Bearer <token>"',
        ("flyte-authorization", "Bearer not-a-jwt"): "the bearer token is not a JWT",
        ("flyte-authorization", f"Bearer {tampered(token)}"): "the token's signature does not verify",
    }
    for (header, value), message in cases.items():
        assert message in refusal(admin, backend, header, value)
    with LocalAdmin(auth_issuer=server.issuer, auth_audience="another-audience") as other:
        assert "invalid audience" in refusal(other, backend, "flyte-authorization", f"Bearer {token}")
    time.sleep(2.2)
    assert "the token has expired" in refusal(admin, backend, "flyte-authorization", f"Bearer {token}")
    for message in cases.values():  # no token in any refusal
        assert token not in message


def test_auth_metadata_is_open_to_anyone(
    backend: str, authorization_server: AuthorizationServer, secured_admin: Callable[..., LocalAdmin]
) -> None:
    admin = secured_admin(authorization_server, auth_client_id="flytectl")
    remote = FlyteRemote(Config.for_endpoint(admin.endpoint, insecure=True), backend=backend)
    metadata = remote.client.get_oauth2_metadata(auth_pb2.OAuth2MetadataRequest())
    assert (metadata.issuer, metadata.token_endpoint) == (
        authorization_server.issuer,
        authorization_server.token_endpoint,
    )
    assert metadata.jwks_uri == authorization_server.jwks_url
    public = remote.client.get_public_client_config(auth_pb2.PublicClientAuthConfigRequest())
    assert (public.client_id, public.redirect_uri, list(public.scopes), public.authorization_metadata_key) == (
        "flytectl",
        "http://localhost:53593/callback",
        ["all", "offline"],
        "flyte-authorization",
    )
    assert public.audience == authorization_server.audience


def test_an_issuer_that_cannot_be_read_is_refused_at_start() -> None:
    with pytest.raises(
        FlyteAuthenticationException, match=re.escape("cannot read the metadata of the issuer http://127.0.0.1:9/o")
    ):
        LocalAdmin(auth_issuer="http://127.0.0.1:9/o", auth_audience="flyte")
    with pytest.raises(ValueError, match="go together"):
        LocalAdmin(auth_issuer="http://127.0.0.1:9/o")
