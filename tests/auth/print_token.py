"""An ``admin.command`` for tests: ``python tests/auth/print_token.py PORT SECRET`` prints a client-credentials
access token of the test authorization server on PORT."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.auth.oauth_server import AuthorizationServer

if __name__ == "__main__":
    server = AuthorizationServer.__new__(AuthorizationServer)
    server.port, server.client_secret = int(sys.argv[1]), sys.argv[2]
    print(server.client_credentials_token()["access_token"])
