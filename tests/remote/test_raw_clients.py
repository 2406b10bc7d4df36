"""The raw clients of both backends against the native mock server: calls of every kind,
deadlines, status mapping, cancellation, Ctrl-C and bad input."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Any

import pytest

from flytekit_core import exceptions
from flytekit_core.idl.flyteidl.admin import agent_pb2, common_pb2, task_pb2
from flytekit_core.idl.services import BY_ENDPOINT
from flytekit_core.remote_common import backends
from flytekit_core.testing import MockServer
from tests.remote.conftest import INSTALLED, Connect, request_of
from tests.remote.fault_proxy import close_listener

GET_TASK = BY_ENDPOINT["get_task"]
TASK = task_pb2.Task(id={"project": "p", "domain": "d", "name": "wf.t ✓", "version": "v1"})
LOG = agent_pb2.GetTaskLogsResponse(body={"results": ["line 1", "line 2"]})

STATUS_CLASSES = [
    (5, "NOT_FOUND", exceptions.FlyteEntityNotExistException),
    (6, "ALREADY_EXISTS", exceptions.FlyteEntityAlreadyExistsException),
    (3, "INVALID_ARGUMENT", exceptions.FlyteInvalidInputException),
    (16, "UNAUTHENTICATED", exceptions.FlyteAuthenticationException),
    (14, "UNAVAILABLE", exceptions.FlyteSystemUnavailableException),
    (4, "DEADLINE_EXCEEDED", exceptions.FlyteTimeout),
    (13, "INTERNAL", exceptions.FlyteSystemException),
    (7, "PERMISSION_DENIED", exceptions.FlyteSystemException),
]


def bytes_of(message: Any) -> bytes:
    return message.SerializeToString(deterministic=True)  # type: ignore[no-any-return]


def test_unary_round_trip_metadata_and_deadline(server: MockServer, connect: Connect, backend: str) -> None:
    server.reply("get_task", TASK)
    client = connect(server.endpoint, metadata=[("x-flyte-test", "yes ✓".encode().hex())])
    request = request_of(backend, GET_TASK, bytes_of(common_pb2.ObjectGetRequest(id={"name": "t"})))
    task = client.get_task(request, timeout=30)
    assert bytes_of(task) == bytes_of(TASK)
    assert type(task).__module__ == (
        "flyteidl.admin.task_pb2" if backend == "grpc" else "flytekit_core.idl.flyteidl.admin.task_pb2"
    )
    [call] = server.received("get_task")
    assert call.request == bytes_of(request)
    assert call.header("x-flyte-test") == "yes ✓".encode().hex().encode()
    # gRPC core rounds the deadline it sends up, to a coarser unit: up to 30.1 s here.
    assert call.timeout is not None and 29 < call.timeout <= 30.5


@pytest.mark.parametrize(("code", "name", "cls"), STATUS_CLASSES)
def test_status_codes_map_to_the_same_classes(
    server: MockServer, connect: Connect, backend: str, code: int, name: str, cls: type
) -> None:
    server.fail("get_task", code, "no task named ✗ here", b"\x08\x05\x12\x01x")
    client = connect(server.endpoint)
    with pytest.raises(cls) as raised:
        client.get_task(request_of(backend, GET_TASK))
    assert type(raised.value) is cls
    assert (raised.value.code, raised.value.code_name) == (code, name)
    assert raised.value.message == "no task named ✗ here"
    assert raised.value.details == b"\x08\x05\x12\x01x"


def test_server_streaming_yields_every_message_then_the_error(
    server: MockServer, connect: Connect, backend: str
) -> None:
    server.fail("async_agent.get_task_logs", 14, "agent went away", after=[LOG, LOG])
    client = connect(server.endpoint)
    stream = client.async_agent.get_task_logs(request_of(backend, BY_ENDPOINT["async_agent.get_task_logs"]))
    got = []
    with pytest.raises(exceptions.FlyteSystemUnavailableException, match="agent went away"):
        for message in stream:
            got.append(bytes_of(message))
    assert got == [bytes_of(LOG)] * 2


def test_bidirectional_sends_every_request(server: MockServer, connect: Connect, backend: str) -> None:
    rpc = BY_ENDPOINT["sync_agent.execute_task_sync"]
    reply = agent_pb2.ExecuteTaskSyncResponse(header={"resource": {"message": "ok"}})
    server.reply("sync_agent.execute_task_sync", reply, reply)
    client = connect(server.endpoint)
    requests = [
        request_of(backend, rpc, bytes_of(agent_pb2.ExecuteTaskSyncRequest(header={"output_prefix": p}))) for p in "ab"
    ]
    assert [bytes_of(m) for m in client.sync_agent.execute_task_sync(iter(requests))] == [bytes_of(reply)] * 2
    [call] = server.received("sync_agent.execute_task_sync")
    assert call.messages == [bytes_of(r) for r in requests]


def test_a_failing_request_iterator_cancels_the_call_and_its_exception_surfaces(
    server: MockServer, connect: Connect, backend: str
) -> None:
    rpc = BY_ENDPOINT["sync_agent.execute_task_sync"]
    server.reply("sync_agent.execute_task_sync", agent_pb2.ExecuteTaskSyncResponse())
    client = connect(server.endpoint)

    def requests() -> Any:
        yield request_of(backend, rpc)
        raise KeyError("inputs not ready")

    with pytest.raises(KeyError, match="inputs not ready"):
        list(client.sync_agent.execute_task_sync(requests(), timeout=10))
    assert server.received("sync_agent.execute_task_sync") == []  # never completed
    with pytest.raises(TypeError, match="ExecuteTaskSyncRequest"):
        list(client.sync_agent.execute_task_sync(iter([1]), timeout=10))
    with pytest.raises(TypeError, match=r"iterable of flyteidl\.admin\.ExecuteTaskSyncRequest"):
        client.sync_agent.execute_task_sync(5)


def test_the_other_models_request_is_converted_through_bytes(
    server: MockServer, connect: Connect, backend: str
) -> None:
    server.reply("get_task", TASK)
    client = connect(server.endpoint)
    other = "rust" if backend == "grpc" else "grpc"
    if not backends.is_available(other):
        pytest.skip("needs both backends")
    request = request_of(other, GET_TASK, bytes_of(common_pb2.ObjectGetRequest(id={"name": "from the other model"})))
    assert bytes_of(client.get_task(request)) == bytes_of(TASK)
    assert server.received("get_task")[0].request == bytes_of(request)


@pytest.mark.parametrize("wrong", [None, 5, "get me a task", b"\x0a\x00", {"id": {}}, task_pb2.Task()])
def test_any_other_request_type_is_a_type_error(server: MockServer, connect: Connect, wrong: object) -> None:
    client = connect(server.endpoint)
    with pytest.raises(TypeError, match=r"get_task\(\) expects a flyteidl.admin.ObjectGetRequest message, got"):
        client.get_task(wrong)
    assert server.received() == []


def test_the_deadline_raises_flyte_timeout(server: MockServer, connect: Connect, backend: str) -> None:
    server.reply("get_task", TASK, delay=5)
    client = connect(server.endpoint)
    started = time.monotonic()
    with pytest.raises(exceptions.FlyteTimeout) as raised:
        client.get_task(request_of(backend, GET_TASK), timeout=0.3)
    assert raised.value.code_name == "DEADLINE_EXCEEDED"
    assert time.monotonic() - started < 3


def test_a_response_over_the_receive_limit_is_a_clear_error(server: MockServer, connect: Connect, backend: str) -> None:
    near = task_pb2.Task(short_description="x" * (20 * 1024 * 1024 - 64))
    assert len(bytes_of(near)) < 20 * 1024 * 1024
    server.reply("get_task", near)
    client = connect(server.endpoint)
    assert len(client.get_task(request_of(backend, GET_TASK)).short_description) == len(near.short_description)
    server.reply("get_task", task_pb2.Task(short_description="x" * (20 * 1024 * 1024 + 1)))
    with pytest.raises(exceptions.FlyteSystemException) as raised:
        client.get_task(request_of(backend, GET_TASK))
    assert raised.value.code_name == "RESOURCE_EXHAUSTED"
    assert "larger than" in raised.value.message or "too large" in raised.value.message


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # type: ignore[no-any-return]


def test_an_unreachable_endpoint_is_unavailable_within_the_connect_timeout(connect: Connect, backend: str) -> None:
    client = connect(f"127.0.0.1:{free_port()}", connect_timeout=2)
    started = time.monotonic()
    with pytest.raises(exceptions.FlyteSystemUnavailableException):
        client.get_task(request_of(backend, GET_TASK))
    assert time.monotonic() - started < 2.5


def test_a_silent_endpoint_is_unavailable_after_the_connect_timeout(connect: Connect, backend: str) -> None:
    # A listener whose backlog is full: connecting hangs, as behind a firewall.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        fillers = []
        while True:  # fill the accept queue until connecting hangs
            try:
                fillers.append(socket.create_connection(listener.getsockname(), timeout=0.2))
            except TimeoutError:
                break
        try:
            client = connect(f"127.0.0.1:{listener.getsockname()[1]}", connect_timeout=1)
            started = time.monotonic()
            with pytest.raises((exceptions.FlyteSystemUnavailableException, exceptions.FlyteTimeout)):
                client.get_task(request_of(backend, GET_TASK), timeout=10)
            assert time.monotonic() - started < 5
        finally:
            for filler in fillers:
                filler.close()


@pytest.mark.parametrize("endpoint", ["", "host name:80", "https://host/api", "ftp://host:21", "localhost:99999"])
def test_a_malformed_endpoint_is_a_value_error_naming_it(connect: Connect, endpoint: str) -> None:
    with pytest.raises(ValueError, match="invalid endpoint"):
        connect(endpoint)


class DroppingProxy:
    """Forwards TCP to ``target``; the first connection is cut ``cut_after`` seconds in,
    while a call is waiting on the server: a server (or load balancer) that goes away
    mid-call."""

    def __init__(self, target: tuple[str, int], cut_after: float) -> None:
        self.target = target
        self.cut_after = cut_after
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.endpoint = f"127.0.0.1:{self.listener.getsockname()[1]}"
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            upstream = socket.create_connection(self.target)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()
            if self.connections == 1:
                threading.Timer(self.cut_after, self._cut, args=(client, upstream)).start()

    @staticmethod
    def _cut(*sockets: socket.socket) -> None:
        for s in sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    @classmethod
    def _pipe(cls, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            cls._cut(src, dst)

    def close(self) -> None:
        close_listener(self.listener)


def test_a_connection_closed_mid_call_is_unavailable_and_the_next_call_works(
    server: MockServer, connect: Connect, backend: str
) -> None:
    server.reply("get_task", TASK, delay=5)
    host, port = server.endpoint.rsplit(":", 1)
    proxy = DroppingProxy((host, int(port)), cut_after=0.5)
    try:
        client = connect(proxy.endpoint)
        started = time.monotonic()
        with pytest.raises(exceptions.FlyteSystemUnavailableException):
            client.get_task(request_of(backend, GET_TASK), timeout=10)
        assert time.monotonic() - started < 3
        server.reply("get_task", TASK)
        assert bytes_of(client.get_task(request_of(backend, GET_TASK), timeout=10)) == bytes_of(TASK)
        assert proxy.connections == 2
    finally:
        proxy.close()


def test_the_gil_is_released_while_waiting(server: MockServer, connect: Connect, backend: str) -> None:
    server.reply("get_task", TASK, delay=0.5)
    client = connect(server.endpoint)
    ticks = 0
    stop = threading.Event()

    def count() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0.005)

    counter = threading.Thread(target=count)
    counter.start()
    try:
        client.get_task(request_of(backend, GET_TASK))
    finally:
        stop.set()
        counter.join()
    assert ticks > 20, ticks


@pytest.mark.skipif(threading.current_thread() is not threading.main_thread(), reason="signals go to the main thread")
@pytest.mark.parametrize("kind", ["unary", "server_streaming"])
def test_ctrl_c_interrupts_a_call_within_a_quarter_second_and_cancels_it(
    server: MockServer, connect: Connect, backend: str, kind: str
) -> None:
    server.reply("get_task", TASK, delay=30)
    server.reply("async_agent.get_task_logs", LOG, delay=30)
    client = connect(server.endpoint)
    sent: list[float] = []
    # A process started in the background inherits SIGINT ignored; Python's own handler is
    # what a user at a terminal has.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(0.3, lambda: (sent.append(time.monotonic()), os.kill(os.getpid(), signal.SIGINT)))
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            if kind == "unary":
                client.get_task(request_of(backend, GET_TASK))
            else:
                next(client.async_agent.get_task_logs(request_of(backend, BY_ENDPOINT["async_agent.get_task_logs"])))
        interrupted = time.monotonic()
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    assert interrupted - sent[0] < 0.25
    endpoint = "get_task" if kind == "unary" else "async_agent.get_task_logs"
    deadline = time.monotonic() + 10
    while server.cancelled() != [endpoint]:  # the server sees the call end
        assert time.monotonic() < deadline, server.cancelled()
        time.sleep(0.01)
    # Still usable.
    server.reply("get_task", TASK)
    assert bytes_of(client.get_task(request_of(backend, GET_TASK), timeout=10)) == bytes_of(TASK)


# A client alone in its process (no server beside it): its thread runs the runtime and
# polls the call itself, without a task. Ctrl-C after 0.3 s; prints how long it took to
# be interrupted, then the reply of one more call.
LONE_CALLER = """
import os, signal, sys, threading, time
from flytekit_core import _flyrs
signal.signal(signal.SIGINT, signal.default_int_handler)
channel = _flyrs.RawChannel(sys.argv[1], insecure=True)
sent = []
threading.Timer(0.3, lambda: (sent.append(time.monotonic()), os.kill(os.getpid(), signal.SIGINT))).start()
try:
    channel.unary(sys.argv[2], b"", None)
    print("not interrupted")
except KeyboardInterrupt:
    print(time.monotonic() - sent[0])
print(len(channel.unary(sys.argv[2], b"", 10)))
"""


@pytest.mark.skipif("rust" not in INSTALLED, reason="the rust backend is not installed")
def test_ctrl_c_interrupts_and_cancels_the_call_a_lone_caller_polls_itself(server: MockServer) -> None:
    server.reply("get_task", TASK, delay=30)
    server.reply("get_task", TASK, then=True)
    done = subprocess.run(
        [sys.executable, "-c", LONE_CALLER, server.endpoint, GET_TASK.path],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    waited, answer = done.stdout.split()
    assert float(waited) < 0.25
    assert int(answer) == len(TASK.SerializeToString())
    assert server.cancelled() == ["get_task"]  # the server saw the first call end


def test_installed_backends() -> None:
    # Both backends are installed in the main test run; the grpc-free run has rust only.
    expected = ["rust"] if os.environ.get("FLYTEKIT_TEST_WITHOUT_GRPC") else ["grpc", "rust"]
    assert expected == INSTALLED
