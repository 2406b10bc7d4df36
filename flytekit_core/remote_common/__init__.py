"""What both backends share: the transport interface, retries and deadlines, routing of
endpoints between backends, the RPC client, literal conversion and the user-level API
(written once as steps, driven by the sync and the async remote). Neither backend
package owns it; each backend is only its transport (``flytekit.remote.grpc_transport``,
``flytekit_core.remote.transport``).
"""
