"""Real flytekit 1.16.31, in its own environment, authenticating with ClientSecret against the
local admin and the same authorization server our backends use."""

from __future__ import annotations

import json
from collections.abc import Callable

from flytekit_core.local_admin import LocalAdmin
from tests import real_flytekit

from .oauth_server import CLIENT_CREDENTIALS_CLIENT_ID, AuthorizationServer

SCRIPT = """
import json, sys
from flytekit.clients.friendly import SynchronousFlyteClient
from flytekit.configuration import AuthType, PlatformConfig
endpoint, client_id, secret = sys.argv[1:4]
config = PlatformConfig(
    endpoint=endpoint, insecure=True, auth_mode=AuthType.CLIENTSECRET,
    client_id=client_id, client_credentials_secret=secret,
)
client = SynchronousFlyteClient(config)
projects = client.list_projects()
print(json.dumps(sorted(p.id for p in projects.projects)))
"""


def test_real_flytekit_signs_in_with_client_secret(
    authorization_server: AuthorizationServer, secured_admin: Callable[..., LocalAdmin]
) -> None:
    admin = secured_admin(authorization_server)
    before = authorization_server.stats()["token_requests"].get("client_credentials", 0)
    out = real_flytekit.run(SCRIPT, admin.endpoint, CLIENT_CREDENTIALS_CLIENT_ID, authorization_server.client_secret)
    assert json.loads(out.strip().splitlines()[-1]) == ["flytesnacks"]
    assert authorization_server.stats()["token_requests"].get("client_credentials", 0) > before
