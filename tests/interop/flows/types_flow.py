"""A task taking and returning every kind of value flytekit 1.16 converts."""

import datetime
import enum
from dataclasses import dataclass, field

from flytekit import Resources, task, workflow
from flytekit.types.directory import FlyteDirectory
from flytekit.types.file import FlyteFile
from flytekit.types.structured import StructuredDataset


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


@dataclass
class Point:
    x: int
    y: float
    label: str = "origin"


@dataclass
class Shape:
    name: str
    corners: list[Point] = field(default_factory=list)
    tags: dict[str, int] = field(default_factory=dict)
    parent: Point | None = None


@task(requests=Resources(cpu="1", mem="200Mi"), limits=Resources(cpu="2", mem="400Mi"), retries=2)
def echo(
    number: int,
    ratio: float,
    text: str,
    flag: bool,
    when: datetime.datetime,
    span: datetime.timedelta,
    color: Color,
    shape: Shape,
    loose: dict,
    numbers: list[int],
    weights: dict[str, float],
    maybe: int | None,
    either: int | str,
    document: FlyteFile,
    folder: FlyteDirectory,
    table: StructuredDataset,
) -> tuple[str, Shape, list[Point], str | None]:
    return text, shape, shape.corners, None


@workflow
def echo_wf(
    shape: Shape,
    color: Color = Color.GREEN,
    numbers: list[int] = [1, 2, 3],
    when: datetime.datetime = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc),
    document: FlyteFile = "s3://bucket/key/data.csv",
    folder: FlyteDirectory = "s3://bucket/folder",
    table: StructuredDataset = StructuredDataset(uri="s3://bucket/table.parquet", file_format="parquet"),
) -> Shape:
    _, s, _, _ = echo(
        number=1,
        ratio=0.5,
        text="hi",
        flag=True,
        when=when,
        span=datetime.timedelta(minutes=3),
        color=color,
        shape=shape,
        loose={"a": [1, 2]},
        numbers=numbers,
        weights={"w": 1.5},
        maybe=None,
        either="e",
        document=document,
        folder=folder,
        table=table,
    )
    return s
