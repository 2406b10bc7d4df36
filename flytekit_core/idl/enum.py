"""Base class of generated enums: plain ``int`` values with ``_pb2``'s lookups."""

from __future__ import annotations

from typing import ClassVar


class Enum:
    """An IDL enum. Its values are class attributes holding plain ints, as in ``_pb2``.

    Fields of enum type hold ints too, so numbers unknown to this version of the IDL
    are kept rather than rejected.
    """

    DESCRIPTOR_FULL_NAME: ClassVar[str] = ""
    _by_name: ClassVar[dict[str, int]]
    _by_number: ClassVar[dict[int, str]]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._by_name = {k: v for k, v in vars(cls).items() if not k.startswith("_") and type(v) is int}
        by_number: dict[int, str] = {}
        for name, number in cls._by_name.items():
            by_number.setdefault(number, name)  # aliases: the first name wins, as in protobuf
        cls._by_number = by_number

    def __new__(cls, *args: object, **kwargs: object) -> Enum:
        raise TypeError(f"{cls.__name__} is an enum namespace; its values are plain ints")

    @classmethod
    def Name(cls, number: int) -> str:
        try:
            return cls._by_number[number]
        except (KeyError, TypeError):
            raise ValueError(f"Enum {cls.DESCRIPTOR_FULL_NAME} has no name defined for value {number!r}") from None

    @classmethod
    def Value(cls, name: str) -> int:
        try:
            return cls._by_name[name]
        except (KeyError, TypeError):
            raise ValueError(f"Enum {cls.DESCRIPTOR_FULL_NAME} has no value defined for name {name!r}") from None

    @classmethod
    def keys(cls) -> list[str]:
        return list(cls._by_name)

    @classmethod
    def values(cls) -> list[int]:
        return list(cls._by_name.values())

    @classmethod
    def items(cls) -> list[tuple[str, int]]:
        return list(cls._by_name.items())
