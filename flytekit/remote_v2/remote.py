"""``flytekit.remote_v2.FlyteRemote``: the Rust-backed remote under its own name."""

from __future__ import annotations

from collections.abc import Sequence

from flytekit.configuration import Config
from flytekit.remote.remote import FlyteRemote as SwitchingRemote
from flytekit.remote.retry import RetryPolicy
from flytekit.remote.rollout import ENDPOINT_BACKENDS
from flytekit.remote.transport import DEFAULT_CONNECT_TIMEOUT, DEFAULT_KEEPALIVE, Keepalive


class FlyteRemote(SwitchingRemote):
    """The user-level API of :class:`flytekit.remote.FlyteRemote`, every endpoint on the
    native backend: no grpcio or protobuf is imported or needed, and
    ``$FLYTE_REMOTE_ENDPOINT_BACKENDS`` does not route endpoints elsewhere. Use
    ``flytekit.remote.FlyteRemote(backend=...)`` to switch backends."""

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
        super().__init__(
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
        return f"remote_v2.FlyteRemote({self.config.platform.endpoint!r})"
