"""Converting between table rows and the dataclasses of ``dossier.models``.

The column names match the dataclass field names, except where noted in ``RENAMED``; enums are
stored by value and nested records (event arguments, sourced values) as JSON lists of objects.
"""

from __future__ import annotations

import dataclasses
import functools
import enum
import typing
from datetime import date
from typing import Any, TypeVar

from dossier import models

T = TypeVar("T")
NESTED = {
    "arguments": models.Argument,
    "quantities": models.EventQuantity,
    "values": models.SourcedValue,
    "evidence": models.Evidence,  # the cited spans of a value (a person's discrepancy)
}
RENAMED = {"index": "idx"}  # Sentence.index is a reserved-looking column name


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    # Resolving annotations is slow and the classes never change: once per class.
    # The class's own module resolves its annotations (records also live outside ``models``).
    return typing.get_type_hints(cls)


def to_row(record: Any) -> dict[str, Any]:
    """A dataclass as a dict of column values."""
    row: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        row[RENAMED.get(f.name, f.name)] = _encode(value)
    return row


def _encode(value: Any, nested: bool = False) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name), True) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_encode(v, True) for v in value]
    if nested and isinstance(value, date):
        return value.isoformat()  # inside a JSON column; a Date column takes the date itself
    return value


def from_row(cls: type[T], row: Any) -> T:
    """Build a dataclass from a row mapping, ignoring columns the class does not have."""
    mapping = row._mapping if hasattr(row, "_mapping") else row
    kwargs = {}
    for name, hint in _hints(cls).items():
        column = RENAMED.get(name, name)
        if column not in mapping:
            continue
        kwargs[name] = _decode(name, hint, mapping[column])
    return cls(**kwargs)


def _decode(name: str, hint: Any, value: Any) -> Any:
    if value is None:
        return None
    base = _base_type(hint)
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return base(value)
    if base is date and isinstance(value, str):
        return date.fromisoformat(value)
    if base is tuple:
        nested = NESTED.get(name)
        if nested is not None:
            return tuple(from_row(nested, item) for item in value)
        return tuple(value)
    return value


def _base_type(hint: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _base_type(args[0]) if args else None
    if origin is tuple:
        return tuple
    return hint
