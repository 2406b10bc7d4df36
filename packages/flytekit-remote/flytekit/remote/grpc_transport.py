"""The legacy backend's transports, blocking (grpcio) and asyncio (``grpc.aio``), moving
flyteidl's ``_pb2`` objects. Needs the
``grpc`` extra (``pip install 'flytekit-remote[grpc]'``).

Configured like the Rust backend (same endpoint rules, keepalive, receive limit and
connect timeout), and it maps failures to the same :mod:`flytekit_core.exceptions` classes.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Sequence
from typing import Any

import grpc
import grpc.aio
from google.protobuf import message as protobuf_message

from flytekit_core import _flyrs
from flytekit_core.exceptions import FlyteSystemException, from_status
from flytekit_core.idl.errors import DecodeError
from flytekit_core.idl.rpc import Rpc, request_bytes
from flytekit_core.remote_common.async_retry import SingleAttempts, settle_when_done
from flytekit_core.remote_common.transport import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_KEEPALIVE,
    MAX_RECEIVE_BYTES,
    AsyncResponseStream,
    Keepalive,
    ResponseStream,
    Settle,
    check_requests,
    request_items,
    request_iterable,
)

_DETAILS_KEY = "grpc-status-details-bin"


def status_error(error: grpc.RpcError, deadline: float | None) -> FlyteSystemException:
    """The :mod:`flytekit_core.exceptions` instance for a failed grpcio call.

    A call CANCELLED once its deadline (``time.monotonic()``) has passed failed with
    DEADLINE_EXCEEDED, whoever noticed first (some servers answer CANCELLED): the rule of
    gRPC core, which the Rust backend follows too.
    """
    call: Any = error
    code = call.code()
    details = b""
    for key, value in call.trailing_metadata() or ():
        if key == _DETAILS_KEY:
            details = value
    if code == grpc.StatusCode.CANCELLED and deadline is not None and time.monotonic() >= deadline:
        code = grpc.StatusCode.DEADLINE_EXCEEDED
        return from_status(code.value[0], code.name, "Deadline Exceeded")
    return from_status(code.value[0], code.name, call.details() or "", details)


def _deadline(timeout: float | None) -> float | None:
    return None if timeout is None else time.monotonic() + timeout


class _GrpcBase:
    """What the blocking and the asyncio grpcio transports share: the channel's settings,
    the reply decoders, the call metadata and the renewal of refused credentials."""

    backend = "grpc"

    def __init__(
        self,
        endpoint: str,
        *,
        insecure: bool = False,
        ca_cert_pem: bytes | None = None,
        metadata: Sequence[tuple[str, str]] = (),
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        client_identity: tuple[bytes, bytes] | None = None,
        authenticator: _flyrs.Authenticator | None = None,
        insecure_skip_verify: bool = False,
        keepalive: Keepalive = DEFAULT_KEEPALIVE,
    ) -> None:
        self.endpoint = endpoint
        self._auth = authenticator
        self._target = _flyrs.check_channel(endpoint, insecure=insecure, metadata=list(metadata))
        connect_ms = int(connect_timeout * 1000)
        self._options = [
            ("grpc.keepalive_time_ms", int(keepalive.interval * 1000)),
            ("grpc.keepalive_timeout_ms", int(keepalive.timeout * 1000)),
            # gRPC core waits for a PING's ack for this long (a minute by default), not for
            # the keepalive timeout: without it a connection dropped silently while idle
            # holds the next call until its deadline (flytekit#3433).
            ("grpc.http2.ping_timeout_ms", int(keepalive.timeout * 1000)),
            # Keep pinging a call that sends nothing (gRPC core stops after two), as hyper does.
            ("grpc.http2.max_pings_without_data", 0),
            ("grpc.max_receive_message_length", MAX_RECEIVE_BYTES),
            # gRPC core bounds a connection attempt by the minimum reconnect backoff.
            ("grpc.min_reconnect_backoff_ms", connect_ms),
        ]
        self._credentials: grpc.ChannelCredentials | None = None
        if not insecure:
            if insecure_skip_verify:
                ca_cert_pem = _first_use_trust(endpoint, connect_timeout)
            key, chain = (None, None) if client_identity is None else (client_identity[1], client_identity[0])
            self._credentials = grpc.ssl_channel_credentials(
                root_certificates=ca_cert_pem, private_key=key, certificate_chain=chain
            )
        # grpcio wants bytes for binary (-bin) values; the Rust backend takes their text.
        self._metadata = tuple((k, v.encode() if k.endswith("-bin") else v) for k, v in metadata)
        self._decoders: dict[str, Any] = {}
        self._callables: dict[str, Any] = {}

    def _decoder(self, rpc: Rpc) -> Any:
        """Bytes to the reply's ``_pb2`` message (made once per RPC); malformed bytes raise
        :class:`flytekit_core.idl.errors.DecodeError`, as on the Rust backend."""
        found = self._decoders.get(rpc.path)
        if found is None:
            parse = rpc.response_class().FromString

            def decode(data: bytes) -> Any:
                try:
                    return parse(data)
                except protobuf_message.DecodeError as error:
                    raise DecodeError(f"{rpc.response_qualname}: {error}") from None

            found = self._decoders[rpc.path] = decode
        return found

    def _callable(self, rpc: Rpc) -> Any:
        # No serializers: requests and responses pass through as bytes.
        multi = self._callables.get(rpc.path)
        if multi is None:
            channel = self._open()
            factory = {
                "unary": channel.unary_unary,
                "server_streaming": channel.unary_stream,
                "bidirectional": channel.stream_stream,
            }[rpc.kind]
            multi = self._callables[rpc.path] = factory(rpc.path)
        return multi

    def _open(self) -> Any:
        raise NotImplementedError

    def _call_metadata(self) -> tuple[int, tuple[tuple[str, Any], ...]]:
        """The channel's metadata and the authenticator's headers, with their generation."""
        if self._auth is None:
            return 0, self._metadata
        generation, headers = self._auth.headers()
        names = {name for name, _ in headers}
        return generation, tuple(p for p in self._metadata if p[0] not in names) + tuple(headers)

    def _renew(self, failure: FlyteSystemException, generation: int, renewed: bool) -> bool:
        """After an UNAUTHENTICATED call: renew the credentials (shared by all calls refused
        with this generation) and say whether to make the call once more."""
        if self._auth is None or renewed or failure.code_name != "UNAUTHENTICATED":
            return False
        return self._auth.refused(generation)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.endpoint!r})"


class GrpcTransport(_GrpcBase):
    """Blocking calls over one grpcio channel. Arguments as :class:`flytekit_core.remote.transport.RustTransport`."""

    def __init__(self, endpoint: str, **settings: Any) -> None:
        super().__init__(endpoint, **settings)
        if self._credentials is None:
            self._channel = grpc.insecure_channel(self._target, options=self._options)
        else:
            self._channel = grpc.secure_channel(self._target, self._credentials, options=self._options)

    def _open(self) -> Any:
        return self._channel

    def unary(self, rpc: Rpc, request: object, timeout: float | None) -> Any:
        return self._decoder(rpc)(self.unary_bytes(rpc, request, timeout))

    def unary_bytes(self, rpc: Rpc, request: object, timeout: float | None) -> bytes:
        data = request_bytes(rpc, request)
        renewed = False
        while True:
            # The deadline bounds each attempt once its credentials are ready (a sign-in is
            # bounded by its own timeouts), as in the Rust backend.
            generation, metadata = self._call_metadata()
            deadline = _deadline(timeout)
            try:
                # The blocking form, as real flytekit calls: grpcio drives the call on this
                # thread and checks for signals every 200 ms (Ctrl-C cancels the call).
                # Its ``future()`` form starts a thread for a call made when no other is
                # in flight: on a blocking client, for nearly every call.
                return self._callable(rpc)(data, timeout=timeout, metadata=metadata)  # type: ignore[no-any-return]
            except grpc.RpcError as error:
                failure = status_error(error, deadline)
                if self._renew(failure, generation, renewed):
                    renewed = True
                    continue
                raise failure from None

    def server_streaming(self, rpc: Rpc, request: object, timeout: float | None) -> Iterator[Any]:
        data = request_bytes(rpc, request)
        calls: list[Any] = []

        def start() -> tuple[int, Any, float | None]:
            generation, metadata = self._call_metadata()
            calls.append(self._callable(rpc)(data, timeout=timeout, metadata=metadata))
            return generation, calls[-1], _deadline(timeout)

        def cancel() -> None:
            for call in calls:
                call.cancel()

        return ResponseStream(self._renewing(start), self._decoder(rpc), cancel)

    def _renewing(self, start: Any) -> Iterator[bytes]:
        """A server stream's messages; refused before its first message, it is started once
        more with renewed credentials, as the Rust backend does."""
        generation, call, deadline = start()
        messages = _messages(call, deadline, None)
        try:
            first = next(messages)
        except StopIteration:
            return
        except FlyteSystemException as failure:
            if not self._renew(failure, generation, False):
                raise
            _, call, deadline = start()
            messages = _messages(call, deadline, None)
        else:
            yield first
        yield from messages

    def bidi_streaming(self, rpc: Rpc, requests: Iterable[object], timeout: float | None) -> Iterator[Any]:
        failure: list[BaseException] = []
        encoded = _encoded(rpc, request_iterable(rpc, requests), failure)
        generation, metadata = self._call_metadata()
        deadline = _deadline(timeout)
        call = self._callable(rpc)(encoded, timeout=timeout, metadata=metadata)
        stream = self._refusal_renews(_messages(call, deadline, failure), generation)
        return ResponseStream(stream, self._decoder(rpc), call.cancel)

    def _refusal_renews(self, messages: Iterator[bytes], generation: int) -> Iterator[bytes]:
        """A request stream cannot be sent twice: refused before its first response, the
        call renews the credentials for the next call and raises."""
        try:
            first = next(messages)
        except StopIteration:
            return
        except FlyteSystemException as failure:
            self._renew(failure, generation, False)
            raise
        yield first
        yield from messages

    def close(self) -> None:
        self._channel.close()


class GrpcAioTransport(SingleAttempts, _GrpcBase):
    """:class:`GrpcTransport` for asyncio, on ``grpc.aio``. Its channel is made by the first
    call, in that call's event loop, and serves that loop only (grpc.aio's rule): another
    loop running meanwhile gets a RuntimeError saying so; once that loop has closed, the
    next loop gets a channel of its own."""

    def __init__(self, endpoint: str, **settings: Any) -> None:
        super().__init__(endpoint, **settings)
        self._channel: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _open(self) -> Any:
        loop = asyncio.get_running_loop()
        if self._loop is not None and self._loop.is_closed():
            # Its loop has ended (an earlier asyncio.run): the channel went with it.
            self._channel, self._loop = None, None
            self._callables.clear()
        if self._channel is None:
            if self._credentials is None:
                self._channel = grpc.aio.insecure_channel(self._target, options=self._options)
            else:
                self._channel = grpc.aio.secure_channel(self._target, self._credentials, options=self._options)
            self._loop = loop
        elif loop is not self._loop:
            raise RuntimeError(
                "this grpc.aio client serves the event loop it was first used in; make one client per event loop"
            )
        return self._channel

    def _callable(self, rpc: Rpc) -> Any:
        self._open()  # every call: the loop must be the channel's
        return super()._callable(rpc)

    def start_unary(
        self, rpc: Rpc, request: object, timeout: float | None, settle: Settle, loop: asyncio.AbstractEventLoop
    ) -> Callable[[], object]:
        return settle_when_done(self._unary_bytes(rpc, request, timeout), settle)

    def decoder(self, rpc: Rpc) -> Callable[[bytes], Any]:
        return self._decoder(rpc)  # type: ignore[no-any-return]

    async def _unary_bytes(self, rpc: Rpc, request: object, timeout: float | None) -> bytes:
        data = request_bytes(rpc, request)
        renewed = False
        while True:
            generation, metadata = self._call_metadata()
            deadline = _deadline(timeout)
            try:
                return await self._callable(rpc)(data, timeout=timeout, metadata=metadata)  # type: ignore[no-any-return]
            except grpc.aio.AioRpcError as error:
                failure = status_error(error, deadline)
            if await self._renew_async(failure, generation, renewed):
                renewed = True
                continue
            # Raised outside the ``except`` that made it, the failure carries no AioRpcError
            # context (whose traceback holds the call, and so the channel); this frame, which
            # its traceback keeps, holds no callable (a channel's too); and once the frame
            # lets go of it, no cycle keeps it: a cycle would keep the channel, and with
            # it grpc.aio's poller thread, alive after close() until a garbage collection, and
            # a fork meanwhile would skip grpcio's fork handlers ("other threads are calling
            # into gRPC") and could hang the child.
            try:
                raise failure
            finally:
                del failure

    async def _renew_async(self, failure: FlyteSystemException, generation: int, renewed: bool) -> bool:
        # A renewal may wait on the token endpoint: off the loop.
        return await asyncio.to_thread(self._renew, failure, generation, renewed)

    def server_streaming(self, rpc: Rpc, request: object, timeout: float | None) -> AsyncResponseStream[Any]:
        data = request_bytes(rpc, request)
        calls: list[Any] = []

        async def messages() -> AsyncIterator[bytes]:
            for attempt in range(2):  # refused before its first message: once more, renewed
                generation, metadata = self._call_metadata()
                deadline = _deadline(timeout)
                calls.append(self._callable(rpc)(data, timeout=timeout, metadata=metadata))
                first = True
                try:
                    async for message in calls[-1]:
                        first = False
                        yield message
                    return
                except asyncio.CancelledError:
                    if _closed_here(calls[-1]):
                        return  # the stream was closed: its end, as on the Rust backend
                    raise
                except grpc.aio.AioRpcError as error:
                    failure = status_error(error, deadline)
                if not (first and attempt == 0 and await self._renew_async(failure, generation, False)):
                    try:  # raised as _unary_bytes raises it, for the same reason
                        raise failure
                    finally:
                        del failure

        return AsyncResponseStream(_cancelling(messages(), calls), self._decoder(rpc), lambda: _cancel(calls))

    def bidi_streaming(
        self, rpc: Rpc, requests: Iterable[object] | AsyncIterable[object], timeout: float | None
    ) -> AsyncResponseStream[Any]:
        check_requests(rpc, requests)
        failure: list[BaseException] = []
        calls: list[Any] = []

        async def encoded() -> AsyncIterator[bytes]:
            try:
                async for request in request_items(rpc, requests):
                    yield request_bytes(rpc, request)
            except Exception as error:  # grpc.aio would only log it: the caller should see it
                failure.append(error)
                _cancel(calls)
                raise

        async def messages() -> AsyncIterator[bytes]:
            generation, metadata = self._call_metadata()
            deadline = _deadline(timeout)
            calls.append(self._callable(rpc)(encoded(), timeout=timeout, metadata=metadata))
            raised: BaseException | None = None
            try:
                async for message in calls[-1]:
                    yield message
                return
            except asyncio.CancelledError:
                if not failure:
                    if _closed_here(calls[-1]):
                        return
                    raise
            except grpc.aio.AioRpcError as error:
                if not failure:
                    raised = status_error(error, deadline)
                    await self._renew_async(raised, generation, False)  # for the next call
            if raised is None:
                # The request iterator's own error, as the caller's: taken out of the list,
                # whose closure its traceback holds (a cycle otherwise).
                raised = failure.pop()
            try:  # raised as _unary_bytes raises it, for the same reason
                raise raised
            finally:
                del raised

        return AsyncResponseStream(_cancelling(messages(), calls), self._decoder(rpc), lambda: _cancel(calls))

    async def close(self) -> None:
        if self._channel is not None:
            await self._channel.close()
            self._channel = None
            self._callables.clear()


def _closed_here(call: Any) -> bool:
    """Whether a CancelledError reading ``call`` means its stream was closed (cancelled
    locally), not that the reading task itself is being cancelled."""
    task = asyncio.current_task()
    cancelling = getattr(task, "cancelling", lambda: 0)()  # (Python 3.11 and newer)
    return bool(call.cancelled()) and not cancelling


def _cancel(calls: list[Any]) -> None:
    for call in calls:
        call.cancel()


async def _cancelling(messages: AsyncIterator[bytes], calls: list[Any]) -> AsyncIterator[bytes]:
    """``messages``; the calls are cancelled if the reader stops early or is cancelled."""
    try:
        async for message in messages:
            yield message
    except BaseException:
        _cancel(calls)
        raise


def _first_use_trust(endpoint: str, timeout: float) -> bytes:
    """insecureSkipVerify for grpcio, which cannot be told to skip verification: the top
    certificate of the chain the server presents now becomes the one trusted root (gRPC
    core accepts a partial chain), so a self-signed leaf and a chain to a private CA both
    work, and a server presenting another chain later is refused."""
    chain = _flyrs.presented_chain(endpoint, timeout=timeout)
    if not chain:
        raise from_status(14, "UNAVAILABLE", f"{endpoint} presented no certificate")
    return ssl.DER_cert_to_PEM_cert(chain[-1]).encode()


def _encoded(rpc: Rpc, requests: Iterator[Any], failure: list[BaseException]) -> Iterator[bytes]:
    """Encodes requests on grpcio's request thread, keeping the exception that ends them:
    grpcio only logs it and cancels the call, and the caller should see it, as with the
    Rust backend."""
    try:
        for request in requests:
            yield request_bytes(rpc, request)
    except Exception as error:
        failure.append(error)
        raise


def _messages(call: Any, deadline: float | None, failure: list[BaseException] | None) -> Iterator[bytes]:
    """The call's responses, a failed status raised as the :mod:`flytekit_core.exceptions` class
    (or as the request iterator's exception, if that is what ended the call)."""
    try:
        try:
            yield from call
        except grpc.RpcError as error:
            if failure:
                raise failure[0] from None
            raise status_error(error, deadline) from None
    except BaseException:
        call.cancel()
        raise
