"""Test helpers: :class:`MockServer`, a native gRPC server for every RPC of
``flyteidl.service`` (needs neither grpcio nor protobuf). With flytekit-core installed, pytest
also gets the fixture ``flyte_mock_server`` (:mod:`flytekit_core.testing.pytest_plugin`)."""

from flytekit_core.testing.mock_server import MockServer, ReceivedCall

__all__ = ["MockServer", "ReceivedCall"]
