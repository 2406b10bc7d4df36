"""Serving Flyte agents written in Python from the native agent server: no grpcio or
protobuf needed. ``AgentServer`` in a program or a test; ``python -m flytekit_core.agent serve
--port 8000 --modules mypkg.agents`` as a command (the options of ``pyflyte serve agent``)."""

from flytekit_core.agent.server import AgentServer

__all__ = ["AgentServer"]
