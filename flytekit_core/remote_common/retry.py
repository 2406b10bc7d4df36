"""Retries and deadlines, defined once and applied to both backends' calls.

- Every call has a deadline: its ``timeout``, else the policy's default.
- Only UNAVAILABLE is retried, and RESOURCE_EXHAUSTED when the server says when to retry
  (a ``google.rpc.RetryInfo`` in the status details). NOT_FOUND, ALREADY_EXISTS,
  INVALID_ARGUMENT and every other status are raised at once.
- Retries back off exponentially with jitter, and stay inside the call's deadline: a
  retry that could not finish in time is not made; the last error is raised.
- Streaming calls are not retried (their messages may have been consumed), but get the
  default deadline.

flytekit's own client retries on a fixed schedule, whatever the status and regardless of
the deadline; this is the behaviour gRPC's retry design asks of clients instead.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from flytekit_core.exceptions import FlyteSystemException
from flytekit_core.idl.rpc import Rpc
from flytekit_core.remote_common.transport import ClientClosedError, Transport

_RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo"


@dataclass(frozen=True)
class RetryPolicy:
    #: Calls at most, the first included (1: no retries).
    attempts: int = 5
    #: Backoff before the first retry, in seconds; each retry multiplies it.
    initial_backoff: float = 0.2
    multiplier: float = 2.0
    max_backoff: float = 5.0
    #: The deadline of a call that gives none, in seconds; None for no deadline.
    timeout: float | None = 60.0

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError(f"attempts must be at least 1, got {self.attempts}")
        if self.timeout is not None and self.timeout <= 0:
            raise ValueError(f"timeout must be positive, got {self.timeout}")

    def backoff(self, retry: int, rng: random.Random) -> float:
        """The pause before retry number ``retry`` (0 for the first): exponential, capped,
        with jitter between half and all of it so clients that failed together spread out."""
        ceiling = min(self.max_backoff, self.initial_backoff * self.multiplier**retry)
        return ceiling * rng.uniform(0.5, 1.0)


#: One attempt and no default deadline: the raw behaviour of each backend.
NO_RETRIES = RetryPolicy(attempts=1, timeout=None)


def _varints(data: bytes) -> Iterator[tuple[int, int, bytes | int]]:
    """(field number, wire type, value) of a protobuf message's length-delimited and varint
    fields; stops quietly at anything else (this reads only google.rpc messages)."""
    i = 0

    def varint() -> int:
        nonlocal i
        shift = result = 0
        while True:
            if i >= len(data):
                raise ValueError("truncated")
            byte = data[i]
            i += 1
            result |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return result

    try:
        while i < len(data):
            tag = varint()
            number, wire = tag >> 3, tag & 7
            if wire == 0:
                yield number, wire, varint()
            elif wire == 2:
                size = varint()
                yield number, wire, data[i : i + size]
                i += size
            else:
                return
    except ValueError:
        return


def retry_delay(details: bytes) -> float | None:
    """The delay a ``google.rpc.Status`` in ``details`` asks for (its RetryInfo), if any."""
    for number, _, value in _varints(details):
        if number != 3 or not isinstance(value, bytes):  # Status.details: repeated Any
            continue
        fields = {n: v for n, _, v in _varints(value)}
        if fields.get(1) != _RETRY_INFO.encode():
            continue
        info = fields.get(2, b"")
        for n, _, duration in _varints(info if isinstance(info, bytes) else b""):
            if n == 1 and isinstance(duration, bytes):  # RetryInfo.retry_delay: Duration
                parts = {k: v for k, _, v in _varints(duration)}
                seconds, nanos = parts.get(1, 0), parts.get(2, 0)
                if isinstance(seconds, int) and isinstance(nanos, int):
                    return seconds + nanos / 1e9
        return 0.0
    return None


class Attempts:
    """The tries of one unary call under a policy: the time each has before the call's
    deadline, and whether to try again after a failure, and when."""

    __slots__ = ("_attempt", "_deadline", "_policy", "_rng")

    def __init__(
        self, policy: RetryPolicy, timeout: float | None, rng: random.Random, started: float | None = None
    ) -> None:
        """``started``: when the first try began (``time.monotonic()``), if before now."""
        start = time.monotonic() if started is None else started
        self._deadline = None if timeout is None else start + timeout
        self._policy, self._rng, self._attempt = policy, rng, 0

    def remaining(self) -> float | None:
        return None if self._deadline is None else self._deadline - time.monotonic()

    def pause_after(self, error: FlyteSystemException) -> float:
        """The pause before the next try; raises ``error`` when there is none to make."""
        pause = self._pause(error)
        self._attempt += 1
        if pause is None or (self._deadline is not None and time.monotonic() + pause >= self._deadline):
            raise error  # not retried, or no time left for another try
        return pause

    def _pause(self, error: FlyteSystemException) -> float | None:
        if self._attempt + 1 >= self._policy.attempts:
            return None
        if error.code_name == "UNAVAILABLE":
            return self._policy.backoff(self._attempt, self._rng)
        if error.code_name == "RESOURCE_EXHAUSTED":
            return retry_delay(error.details)
        return None


class RetryingTransport:
    """Applies a :class:`RetryPolicy` to the calls of another transport: the transport a
    remote's raw client and user-level API call. Once closed, it refuses calls with
    :class:`~flytekit_core.remote_common.transport.ClientClosedError`."""

    def __init__(self, inner: Transport, policy: RetryPolicy, rng: random.Random | None = None) -> None:
        self.inner = inner
        self.backend = inner.backend
        self.policy = policy
        self._rng = rng or random.Random()
        self._closed = False

    def _timeout(self, timeout: float | None) -> float | None:
        if self._closed:
            raise ClientClosedError("this remote has been closed; make a new one")
        return self.policy.timeout if timeout is None else timeout

    def unary(self, rpc: Rpc, request: object, timeout: float | None) -> Any:
        return self._retried(self.inner.unary, rpc, request, timeout)

    def unary_bytes(self, rpc: Rpc, request: object, timeout: float | None) -> bytes:
        return self._retried(self.inner.unary_bytes, rpc, request, timeout)  # type: ignore[no-any-return]

    def _retried(self, call: Any, rpc: Rpc, request: object, timeout: float | None) -> Any:
        timeout = self._timeout(timeout)
        started = time.monotonic()
        try:
            return call(rpc, request, timeout)  # the first try has the whole deadline
        except FlyteSystemException as error:
            failure = error
        # Made only after a failure: most calls succeed at once, and the bookkeeping would
        # cost each of them a microsecond or two.
        attempts = Attempts(self.policy, timeout, self._rng, started)
        while True:
            time.sleep(attempts.pause_after(failure))  # raises it when there is no next try
            remaining = attempts.remaining()
            if remaining is not None and remaining <= 0:
                raise failure  # woken late, at the deadline: no time for the next try
            try:
                return call(rpc, request, remaining)
            except FlyteSystemException as error:
                failure = error

    def server_streaming(self, rpc: Rpc, request: object, timeout: float | None) -> Any:
        return self.inner.server_streaming(rpc, request, self._timeout(timeout))

    def bidi_streaming(self, rpc: Rpc, requests: Any, timeout: float | None) -> Any:
        return self.inner.bidi_streaming(rpc, requests, self._timeout(timeout))

    def close(self) -> None:
        """Refuses calls from now on; the transports belong to the remote that made them."""
        self._closed = True
