"""Loader for the reference tables shipped under ``resources/data/``.

Tables a province may correct (anything the domain reference marks UNCONFIRMED) live as CSV
or JSON files there, each with its source and confidence: CSV files carry ``#`` comment lines
before the header; JSON files carry a ``"_meta"`` object. Parsed files are cached and returned
read-only (mappings become ``MappingProxyType``, lists become tuples), so a cached table can
never be changed by accident. Every rule function that uses a table also takes an optional
``table`` argument, so tests and callers can pass another one.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.config import resources_dir


def data_dir() -> Path:
    """The folder of shipped reference tables."""
    return resources_dir() / "data"


def data_path(name: str | Path) -> Path:
    """A file of the reference folder (an absolute path is returned unchanged)."""
    path = Path(name)
    return path if path.is_absolute() else data_dir() / path


def freeze(value: Any) -> Any:
    """A read-only deep copy: dicts → ``MappingProxyType``, lists → tuples."""
    if isinstance(value, Mapping):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(freeze(v) for v in value)
    return value


@lru_cache(maxsize=64)
def load_json(name: str | Path) -> Any:
    """Parse a JSON reference file (read-only result; ``_meta`` kept as is)."""
    with open(data_path(name), encoding="utf-8") as fh:
        return freeze(json.load(fh))


def parse_csv_text(text: str) -> tuple[Mapping[str, str], ...]:
    """Rows of a CSV text whose leading ``#`` lines are comments; cells are stripped."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    rows = []
    for row in reader:
        if not any((v or "").strip() for v in row.values()):
            continue
        rows.append(MappingProxyType({k.strip(): (v or "").strip() for k, v in row.items()}))
    return tuple(rows)


@lru_cache(maxsize=64)
def load_csv(name: str | Path) -> tuple[Mapping[str, str], ...]:
    """Rows of a CSV reference file, as read-only ``{column: text}`` mappings."""
    with open(data_path(name), encoding="utf-8", newline="") as fh:
        return parse_csv_text(fh.read())


def optional_int(text: str) -> int | None:
    """``int(text)``, or ``None`` for an empty cell."""
    text = text.strip()
    return int(text) if text else None
