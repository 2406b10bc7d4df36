"""The credentials both backends send: the same header (the one the server names), the same
values, and ``proxy-authorization``, from the first call on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flytekit.remote import FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import common_pb2, task_pb2
from flytekit_core.idl.flyteidl.service import auth_pb2
from flytekit_core.remote_common.retry import NO_RETRIES
from flytekit_core.testing import MockServer
from tests.remote.conftest import INSTALLED

pytestmark = pytest.mark.skipif(len(INSTALLED) < 2, reason="compares the two backends")

#: Names HTTP/2 or gRPC keep for themselves.
RESERVED = {"te", "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "host"}
headers = st.from_regex(r"[a-z][a-z0-9_.-]{0,24}", fullmatch=True).filter(
    lambda h: (
        h not in RESERVED
        and not h.startswith("grpc-")
        and not h.endswith("-bin")
        and h not in ("content-type", "user-agent", "proxy-authorization")
    )
)
tokens = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=64)


@given(header=headers | st.just(""), token=tokens, proxy=tokens)
def test_both_backends_send_the_same_credentials(header: str, token: str, proxy: str) -> None:
    with MockServer() as server:
        server.reply("get_oauth2_metadata", auth_pb2.OAuth2MetadataResponse(issuer="https://issuer"))
        server.reply(
            "get_public_client_config", auth_pb2.PublicClientAuthConfigResponse(authorization_metadata_key=header)
        )
        server.reply("get_task", task_pb2.Task())
        config = Config.for_endpoint(
            server.endpoint,
            insecure=True,
            auth_type="ExternalCommand",
            command=("printf", "%s", token),
            proxy_command=("printf", "%s", proxy),
        )
        sent = {}
        for backend in INSTALLED:
            with FlyteRemote(config, backend=backend, retry=NO_RETRIES) as remote:
                remote.client.get_task(common_pb2.ObjectGetRequest(), timeout=10)
            call = server.received("get_task")[-1]
            sent[backend] = sorted(
                (k, v) for k, v in call.metadata if k in {header or "authorization", "proxy-authorization"}
            )
        expected = sorted(
            [
                (header or "authorization", f"Bearer {token}".encode()),
                ("proxy-authorization", f"Bearer {proxy}".encode()),
            ]
        )
        assert sent["grpc"] == sent["rust"] == expected
