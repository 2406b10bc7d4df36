"""Every RPC of ``flyteidl.service`` through both backends, blocking and async, against the
same server.

For hypothesis-chosen requests and replies (random fields, unknown fields, unicode,
nesting; a stream of replies, an error status with message and details, or both), each
backend must send the server the same request bytes, and return the same responses
(compared as bytes: the deterministic encoding of each backend's objects) or raise the
same exception class with the same code, message and details.

Where grpcio is not installed (the grpc-free run), the Rust backend alone is held to the
same expectations: the bytes the server must receive and return are known up front.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flytekit_core import exceptions
from flytekit_core.idl.flyteidl.core import literals_pb2
from flytekit_core.idl.rpc import Rpc
from flytekit_core.idl.services import BY_ENDPOINT, RPCS
from flytekit_core.remote_common import backends
from flytekit_core.testing import MockServer
from tests.aio import AsyncCalls
from tests.parity.messages import messages, varint

#: The endpoints this suite covers; the coverage test checks it against the service descriptors.
COVERED = [rpc.endpoint for rpc in RPCS]

for _rpc in RPCS:  # the message classes must be imported for the strategies
    _rpc.request_class("flytekit_core.idl.")
    _rpc.response_class("flytekit_core.idl.")


def encoded(message: Any) -> bytes:
    return message.SerializeToString(deterministic=True)  # type: ignore[no-any-return]


def method(client: Any, rpc: Rpc) -> Any:
    target = client
    for part in rpc.endpoint.split("."):
        target = getattr(target, part)
    return target


@dataclass
class Outcome:
    """What a call gave: the responses it yielded (encoded), then the exception that ended it."""

    responses: list[bytes]
    error: tuple[type, int, str, str, bytes] | None

    @classmethod
    def of(cls, backend: str, client: Any, rpc: Rpc, requests: list[bytes]) -> Outcome:
        root = backends.model_root(backend.split("+")[0])
        objects = [rpc.request_class(root).FromString(r) for r in requests]
        responses: list[bytes] = []
        try:
            if isinstance(client, AsyncCalls):
                client.loop.run(_async_call(method(client.client, rpc), rpc, objects, responses))
            elif rpc.kind == "unary":
                responses.append(encoded(method(client, rpc)(objects[0], timeout=30)))
            elif rpc.kind == "server_streaming":
                responses.extend(encoded(m) for m in method(client, rpc)(objects[0], timeout=30))
            else:
                responses.extend(encoded(m) for m in method(client, rpc)(iter(objects), timeout=30))
        except exceptions.FlyteSystemException as e:
            return cls(responses, (type(e), e.code, e.code_name, e.message, e.details))
        return cls(responses, None)


async def _async_call(call: Any, rpc: Rpc, objects: list[Any], responses: list[bytes]) -> None:
    """One call of an async raw client; a bidirectional call's requests come from an
    async generator."""
    if rpc.kind == "unary":
        responses.append(encoded(await call(objects[0], timeout=30)))
        return

    async def requests() -> AsyncIterator[Any]:
        for item in objects:
            yield item

    stream = call(objects[0], timeout=30) if rpc.kind == "server_streaming" else call(requests(), timeout=30)
    async for message in stream:
        responses.append(encoded(message))


@st.composite
def exchanges(draw: Any, rpc: Rpc) -> tuple[list[bytes], list[bytes], tuple[int, str, bytes] | None]:
    """(requests, replies, error) for one call of ``rpc``, all encoded."""
    streaming_requests = rpc.kind == "bidirectional"
    n_requests = draw(st.integers(0, 3)) if streaming_requests else 1
    requests = [encoded(draw(messages(rpc.request_type))) for _ in range(n_requests)]
    error = None
    if draw(st.integers(0, 3)) == 0:
        error = (draw(st.integers(1, 16)), draw(st.text(max_size=30)), draw(st.binary(max_size=16)))
    if rpc.kind == "unary":
        replies = [] if error else [encoded(draw(messages(rpc.response_type)))]
    else:
        replies = [encoded(draw(messages(rpc.response_type))) for _ in range(draw(st.integers(0, 3)))]
    return requests, replies, error


def check_exchange(
    server: MockServer, clients: dict[str, Any], rpc: Rpc, exchange: tuple[list[bytes], list[bytes], Any]
) -> None:
    requests, replies, error = exchange
    server.reset()
    if error is None:
        server.reply(rpc.endpoint, *replies)
    else:
        server.fail(rpc.endpoint, *error, after=replies)
    outcomes = {backend: Outcome.of(backend, client, rpc, requests) for backend, client in clients.items()}
    # The server received the same requests from every backend: the deterministic encoding.
    received = server.received(rpc.endpoint)
    assert len(received) == len(clients)
    for call in received:
        assert call.messages == requests
    # Each backend returned the replies, then raised the error, as programmed.
    for backend, outcome in outcomes.items():
        assert outcome.responses == replies, backend
        if error is None:
            assert outcome.error is None, (backend, outcome.error)
        else:
            code, message, details = error
            assert outcome.error is not None, backend
            cls, got_code, _, got_message, got_details = outcome.error
            assert (got_code, got_message, got_details) == (code, message, details), backend
            assert cls is type(exceptions.from_status(code, outcome.error[2], message)), backend
    # And so the backends agree with each other.
    first, *others = outcomes.values()
    for other in others:
        assert other == first


@pytest.mark.parametrize("endpoint", COVERED)
@given(data=st.data())
def test_every_rpc_agrees_across_backends(
    shared_server: MockServer, clients: dict[str, Any], endpoint: str, data: st.DataObject
) -> None:
    rpc = BY_ENDPOINT[endpoint]
    check_exchange(shared_server, clients, rpc, data.draw(exchanges(rpc)))


def deep_literal(depth: int) -> literals_pb2.Literal:
    literal = literals_pb2.Literal(scalar={"primitive": {"string_value": "leaf ✓"}})
    for i in range(depth):
        literal = literals_pb2.Literal(map={"literals": {f"k{i}": literal}})
    return literal


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(lambda: b"", id="empty"),
        # A level is Literal -> LiteralMap -> map entry: 30 of them, with the response, the
        # outer map and the leaf's Scalar and Primitive, nest 98 messages; upb allows 100.
        pytest.param(lambda: encoded(literals_pb2.LiteralMap(literals={"x": deep_literal(30)})), id="deep"),
        pytest.param(lambda: encoded(literals_pb2.LiteralMap(literals={"x": big_literal()})), id="near-the-limit"),
    ],
)
def test_edge_messages_agree_across_backends(shared_server: MockServer, clients: dict[str, Any], reply: Any) -> None:
    rpc = BY_ENDPOINT["get_execution_data"]  # its reply holds LiteralMaps (full_inputs)
    data = reply()
    # WorkflowExecutionGetDataResponse.full_inputs is field 3: wrap the map as that field.
    response = b"\x1a" + varint(len(data)) + data if data else b""
    check_exchange(shared_server, clients, rpc, ([b""], [response], None))


def big_literal() -> literals_pb2.Literal:
    """A literal whose response is just under the 20 MiB receive limit."""
    return literals_pb2.Literal(hash="h" * (20 * 2**20 - 64))
