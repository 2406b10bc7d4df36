"""Generated package; see flytekit.idl."""
