"""What the auth tests share on the client side: a remote on either backend, a mock admin whose
AuthMetadataService points at a test authorization server, and a user who approves device codes."""

from __future__ import annotations

import io
import re
import socket
import threading
from typing import Any, Protocol

from flytekit.remote import FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import project_pb2
from flytekit_core.idl.flyteidl.service import auth_pb2
from flytekit_core.testing import MockServer


def remote(backend: str, endpoint: str, **platform: Any) -> FlyteRemote:
    """A remote on ``endpoint`` (plaintext), its tokens in memory unless told otherwise."""
    platform.setdefault("token_cache", "memory")
    return FlyteRemote(Config.for_endpoint(endpoint, insecure=True, **platform), backend=backend)


def projects(r: FlyteRemote) -> list[str]:
    return [p.id for p in r.list_projects()]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Issuer(Protocol):
    @property
    def issuer(self) -> str: ...
    @property
    def token_endpoint(self) -> str: ...
    @property
    def device_authorization_endpoint(self) -> str: ...


def mock_admin(server: Issuer, client_id: str, token_endpoint: str | None = None, header: str = "") -> MockServer:
    """A mock admin (which takes any token) whose AuthMetadataService points at ``server``, or at another
    token endpoint; it names ``client_id`` and the ``header`` to send tokens in, and lists no projects."""
    mock = MockServer()
    mock.reply(
        "get_oauth2_metadata",
        auth_pb2.OAuth2MetadataResponse(
            issuer=server.issuer,
            token_endpoint=token_endpoint or server.token_endpoint,
            authorization_endpoint=getattr(server, "authorization_endpoint", ""),
            device_authorization_endpoint=server.device_authorization_endpoint,
        ),
    )
    mock.reply(
        "get_public_client_config",
        auth_pb2.PublicClientAuthConfigResponse(client_id=client_id, authorization_metadata_key=header),
    )
    mock.reply("list_projects", project_pb2.Projects())
    return mock


class Approver(io.StringIO):
    """Stands in for ``sys.stderr``: approves the device code it is shown (with the server's
    ``approve_device``), as the user would, while ``approve`` is true."""

    def __init__(self, server: Any, approve: bool = True) -> None:
        super().__init__()
        self.server = server
        self.approve = approve
        self.threads: list[threading.Thread] = []

    def write(self, text: str) -> int:
        found = re.search(r"code ([A-Za-z0-9-]+)", text)
        if found and self.approve:
            thread = threading.Thread(target=self.server.approve_device, args=(found.group(1),))
            thread.start()
            self.threads.append(thread)
        return super().write(text)
