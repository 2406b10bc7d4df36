"""Types and values as JSON, so both sides of the literal test can build them: this
project's (values as our conversion takes and gives them) and real flytekit's (its
Python types and objects). Pure Python; real flytekit's worker executes this file.

A spec is ``{"t": kind, ...}``: ``int``, ``float``, ``str``, ``bool``, ``datetime``,
``timedelta``, ``none``, ``list``/``dict``/``optional`` (``of``), ``union`` (``of``: specs),
``enum`` (``values``), ``dataclass`` (``name``, ``fields``: ``[name, spec]`` pairs),
``anydict`` (a plain ``dict``), ``file``, ``dir``, ``dataset``. A value is JSON with
``{"$dt": iso}`` for datetimes and ``{"$td": [seconds, micros]}`` for durations; a
dataclass's value is the dict of its fields.
"""

import dataclasses
import datetime as dt
import enum
import itertools
import sys
import types
import typing

# Generated classes live in a module of their own, so serializers that resolve a class by
# its module and name (mashumaro) find them; names are unique in the process (flytekit
# caches by type), however often this file is executed.
GENERATED = sys.modules.setdefault("typespec_generated", types.ModuleType("typespec_generated"))
_numbers = GENERATED.__dict__.setdefault("numbers", itertools.count())


def _register(cls):
    cls.__name__ = cls.__qualname__ = f"{cls.__name__}{next(_numbers)}"
    cls.__module__ = GENERATED.__name__
    setattr(GENERATED, cls.__name__, cls)
    return cls


def python_type(spec, flyte):
    """Real flytekit's Python type of ``spec``; ``flyte`` holds FlyteFile, FlyteDirectory
    and StructuredDataset."""
    kind = spec["t"]
    simple = {"int": int, "float": float, "str": str, "bool": bool, "datetime": dt.datetime,
              "timedelta": dt.timedelta, "none": type(None), "anydict": dict}  # fmt: skip
    if kind in simple:
        return simple[kind]
    if kind in ("file", "dir", "dataset"):
        return flyte[kind]
    if kind == "list":
        return typing.List[python_type(spec["of"], flyte)]  # noqa: UP006
    if kind == "dict":
        return typing.Dict[str, python_type(spec["of"], flyte)]  # noqa: UP006
    if kind == "optional":
        return typing.Optional[python_type(spec["of"], flyte)]  # noqa: UP045
    if kind == "union":
        return typing.Union[tuple(python_type(s, flyte) for s in spec["of"])]  # noqa: UP007
    if kind == "enum":
        return _register(enum.Enum("Choice", {v.upper(): v for v in spec["values"]}))
    if kind == "dataclass":
        fields = [(name, python_type(s, flyte)) for name, s in spec["fields"]]
        return _register(dataclasses.make_dataclass(spec["name"], fields))
    raise ValueError(f"unknown spec {spec}")


def decode(value):
    """A JSON value with its tags resolved: datetimes and durations."""
    if isinstance(value, dict) and "$dt" in value:
        return dt.datetime.fromisoformat(value["$dt"])
    if isinstance(value, dict) and "$td" in value:
        return dt.timedelta(seconds=value["$td"][0], microseconds=value["$td"][1])
    if isinstance(value, dict):
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def encode(value):
    """``decode`` undone, for any value read back (datetimes in UTC)."""
    if isinstance(value, dt.datetime):
        return {"$dt": value.astimezone(dt.timezone.utc).isoformat()}
    if isinstance(value, dt.timedelta):
        return {"$td": [value.days * 86400 + value.seconds, value.microseconds]}
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    return value


def real_value(spec, value, py, flyte):
    """The real-flytekit object of a decoded ``value`` of type ``py``."""
    kind = spec["t"]
    if value is None:
        return None
    if kind == "list":
        return [real_value(spec["of"], v, typing.get_args(py)[0], flyte) for v in value]
    if kind == "dict":
        return {k: real_value(spec["of"], v, typing.get_args(py)[1], flyte) for k, v in value.items()}
    if kind == "optional":
        return real_value(spec["of"], value, typing.get_args(py)[0], flyte)
    if kind == "enum":
        return py(value)
    if kind == "dataclass":
        types = {f.name: f.type for f in dataclasses.fields(py)}
        return py(**{name: real_value(s, value[name], types[name], flyte) for name, s in spec["fields"]})
    if kind == "dataset":
        return flyte["dataset"](uri=value, file_format="parquet")
    return value


def plain(value):
    """A real-flytekit object as our conversion reads it: dataclasses as dicts, enums as
    their values, files and datasets as their URIs."""
    if hasattr(value, "remote_source"):  # FlyteFile, FlyteDirectory
        return value.remote_source
    if hasattr(value, "file_format"):  # a StructuredDataset read back keeps its URI in its literal
        return value.uri or value.literal.uri
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value
