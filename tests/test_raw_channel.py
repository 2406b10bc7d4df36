"""The native byte-level channel against a gRPC server of another implementation (grpcio, on
loopback): metadata, deadlines and statuses interoperate. The raw clients built on it are
tested, GIL release and Ctrl-C included, in ``tests/remote/``."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from concurrent import futures

import pytest

grpc = pytest.importorskip("grpc")

from flytekit_core import exceptions  # noqa: E402
from flytekit_core._flyrs import RawChannel  # noqa: E402
from flytekit_core.idl.flyteidl.admin import common_pb2, task_pb2  # noqa: E402
from flytekit_core.idl.flyteidl.core import identifier_pb2  # noqa: E402

GET_TASK = "/flyteidl.service.AdminService/GetTask"


class Recorder:
    """A generic handler: answers every unary method by a function of (path, request bytes, context)."""

    def __init__(self) -> None:
        self.received: list[tuple[str, bytes, dict[str, str], float | None]] = []
        self.respond = lambda path, request, context: request

    def service(self, details: grpc.HandlerCallDetails) -> grpc.RpcMethodHandler:
        path = details.method

        def handle(request: bytes, context: grpc.ServicerContext) -> bytes:
            metadata = {k: v for k, v in context.invocation_metadata() if isinstance(v, str)}
            self.received.append((path, request, metadata, context.time_remaining()))
            return self.respond(path, request, context)

        return grpc.unary_unary_rpc_method_handler(handle)


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Recorder]]:
    recorder = Recorder()
    srv = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    srv.add_generic_rpc_handlers(
        [type("H", (grpc.GenericRpcHandler,), {"service": lambda s, d: recorder.service(d)})()]
    )
    port = srv.add_insecure_port("127.0.0.1:0")
    srv.start()
    yield f"127.0.0.1:{port}", recorder
    srv.stop(None)


@pytest.fixture
def recorder(server: tuple[str, Recorder]) -> Recorder:
    server[1].received.clear()
    server[1].respond = lambda path, request, context: request
    return server[1]


def test_unary_round_trip_with_metadata_and_deadline(server: tuple[str, Recorder], recorder: Recorder) -> None:
    endpoint, _ = server
    channel = RawChannel(endpoint, insecure=True, metadata=[("x-flyte-test", "yes")])
    request = common_pb2.ObjectGetRequest(id=identifier_pb2.Identifier(resource_type=1, name="t", version="v"))
    reply = task_pb2.Task(id=request.id, short_description="found")
    recorder.respond = lambda path, data, context: reply.SerializeToString()
    got = task_pb2.Task.FromString(channel.unary(GET_TASK, request.SerializeToString(), timeout=5.0))
    assert got == reply
    path, data, metadata, remaining = recorder.received[-1]
    assert (path, data) == (GET_TASK, request.SerializeToString())
    assert metadata["x-flyte-test"] == "yes"
    assert remaining is not None and 0 < remaining <= 5.0  # grpc-timeout reached the server


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (grpc.StatusCode.NOT_FOUND, exceptions.FlyteEntityNotExistException),
        (grpc.StatusCode.ALREADY_EXISTS, exceptions.FlyteEntityAlreadyExistsException),
        (grpc.StatusCode.INVALID_ARGUMENT, exceptions.FlyteInvalidInputException),
        (grpc.StatusCode.UNAUTHENTICATED, exceptions.FlyteAuthenticationException),
        (grpc.StatusCode.UNAVAILABLE, exceptions.FlyteSystemUnavailableException),
        (grpc.StatusCode.INTERNAL, exceptions.FlyteSystemException),
    ],
)
def test_status_codes_map_to_flytekit_exceptions(
    server: tuple[str, Recorder], recorder: Recorder, code: grpc.StatusCode, expected: type
) -> None:
    def fail(path: str, request: bytes, context: grpc.ServicerContext) -> bytes:
        context.abort(code, "the server says ünïcode no")

    recorder.respond = fail
    with pytest.raises(expected) as raised:
        RawChannel(server[0], insecure=True).unary(GET_TASK, b"", timeout=5.0)
    assert type(raised.value) is expected
    assert raised.value.code == code.value[0]
    assert raised.value.code_name == code.name
    assert raised.value.message == "the server says ünïcode no"


def test_deadline_exceeded_is_flyte_timeout(server: tuple[str, Recorder], recorder: Recorder) -> None:
    recorder.respond = lambda path, request, context: (time.sleep(1.0), request)[1]
    start = time.monotonic()
    with pytest.raises(exceptions.FlyteTimeout):
        RawChannel(server[0], insecure=True).unary(GET_TASK, b"x", timeout=0.2)
    assert time.monotonic() - start < 0.9


def test_unreachable_server_is_unavailable_within_the_connect_timeout() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))  # bound, not listening: connections are refused
        port = sock.getsockname()[1]
        start = time.monotonic()
        with pytest.raises(exceptions.FlyteSystemUnavailableException):
            RawChannel(f"127.0.0.1:{port}", insecure=True, connect_timeout=2.0).unary(GET_TASK, b"")
        assert time.monotonic() - start < 2.5


@pytest.mark.parametrize("endpoint", ["", "http://", "host:notaport", "a b:80"])
def test_malformed_endpoints_raise_value_error_naming_them(endpoint: str) -> None:
    with pytest.raises(ValueError):
        RawChannel(endpoint, insecure=True)


def test_wrong_argument_types_raise_type_error() -> None:
    with pytest.raises(TypeError):
        RawChannel(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        RawChannel("127.0.0.1:1", insecure=True).unary(GET_TASK, "not bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        RawChannel("127.0.0.1:1", insecure=True).unary(GET_TASK, b"", timeout=-1)
