"""``flytekit_core.remote.FlyteRemote`` and ``AsyncFlyteRemote``: the remotes on the Rust
backend alone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flytekit_core.configuration import Config
from flytekit_core.remote_common.remotes import AsyncFlyteRemote as SwitchingAsyncRemote
from flytekit_core.remote_common.remotes import FlyteRemote as SwitchingRemote
from flytekit_core.remote_common.retry import RetryPolicy
from flytekit_core.remote_common.rollout import ENDPOINT_BACKENDS
from flytekit_core.remote_common.transport import DEFAULT_CONNECT_TIMEOUT, DEFAULT_KEEPALIVE, Keepalive


class _NativeOnly:
    """Every endpoint on the native backend: no grpcio or protobuf is imported or needed,
    and ``$FLYTE_REMOTE_ENDPOINT_BACKENDS`` does not route endpoints elsewhere."""

    def __init__(
        self,
        config: Config | None = None,
        *,
        metadata: Sequence[tuple[str, str]] = (),
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        default_project: str | None = None,
        default_domain: str | None = None,
        retry: RetryPolicy | None = None,
        keepalive: Keepalive = DEFAULT_KEEPALIVE,
    ) -> None:
        switching: Any = super()
        switching.__init__(
            config,
            backend="rust",
            # Pinned here, every endpoint wins over the environment's pins.
            endpoint_backends=dict.fromkeys(ENDPOINT_BACKENDS, "rust"),
            metadata=metadata,
            connect_timeout=connect_timeout,
            default_project=default_project,
            default_domain=default_domain,
            retry=retry,
            keepalive=keepalive,
        )

    def __repr__(self) -> str:
        config: Config = self.config  # type: ignore[attr-defined]
        return f"flytekit_core.remote.{type(self).__name__}({config.platform.endpoint!r})"


class FlyteRemote(_NativeOnly, SwitchingRemote):
    """The user-level API of :class:`flytekit_core.remote_common.remotes.FlyteRemote` on the
    native backend alone (flytekit-remote's ``flytekit.remote.FlyteRemote(backend=...)``
    switches backends)."""


class AsyncFlyteRemote(_NativeOnly, SwitchingAsyncRemote):
    """The user-level API of :class:`flytekit_core.remote_common.remotes.AsyncFlyteRemote` on the native
    backend alone."""
