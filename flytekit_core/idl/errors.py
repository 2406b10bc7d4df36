"""Exceptions of the IDL runtime, raised by the Python classes and by the native codec."""


class DecodeError(ValueError):
    """Bytes are not a valid encoding of the message type they were parsed as.

    The message says which message type (and field, where known) failed and why:
    truncated or malformed bytes, invalid UTF-8 in a string field, nesting deeper
    than 100 levels.
    """


class EncodeError(ValueError):
    """A message cannot be encoded: a field holds a value its type cannot carry."""
