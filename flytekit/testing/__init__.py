"""Test helpers: :class:`MockServer`, a native gRPC server for every RPC of
``flyteidl.service`` (needs neither grpcio nor protobuf)."""

from flytekit.testing.mock_server import MockServer, ReceivedCall

__all__ = ["MockServer", "ReceivedCall"]
