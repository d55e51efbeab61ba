"""Loader for the reference tables shipped under ``resources/data/``.

Tables a province may correct (anything the domain reference marks UNCONFIRMED) live as CSV
or JSON files there, each with its source and confidence: CSV files carry ``#`` comment lines
before the header; JSON files carry a ``"_meta"`` object. Parsed files are cached and returned
read-only (mappings become ``MappingProxyType``, lists become tuples), so a cached table can
never be changed by accident. Every rule function that uses a table also takes an optional
``table`` argument, so tests and callers can pass another one.

An office or the province corrects a table without a new program by putting a file of the same
name in the ``data`` folder under the user data folder (:func:`override_dir`, e.g.
``<data>/data/gaji-pokok.csv``): it is read instead of the shipped one. The cache is keyed by the
file actually read and its modification time, so an edited override is picked up.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.config import app_paths, resources_dir


def data_dir() -> Path:
    """The folder of shipped reference tables."""
    return resources_dir() / "data"


def override_dir() -> Path:
    """Where an office keeps its corrected copies of reference files (``<data>/data``)."""
    return _override_dir(os.environ.get("SIMPEG_HOME"))


@lru_cache(maxsize=8)
def _override_dir(_home: str | None) -> Path:  # keyed by SIMPEG_HOME: app_paths() reads it
    return app_paths().data / "data"


def shipped_path(name: str | Path) -> Path:
    """The shipped file of the reference folder (an absolute path is returned unchanged)."""
    path = Path(name)
    return path if path.is_absolute() else data_dir() / path


def data_path(name: str | Path) -> Path:
    """The file a table is read from: the office's override of the same name when there is
    one, else the shipped file (an absolute path is returned unchanged)."""
    path = Path(name)
    if path.is_absolute():
        return path
    override = override_dir() / path
    return override if override.is_file() else data_dir() / path


def is_overridden(name: str | Path) -> bool:
    """Whether ``name`` is read from the office's override folder."""
    return data_path(name) != shipped_path(name)


def _stamp(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def freeze(value: Any) -> Any:
    """A read-only deep copy: dicts → ``MappingProxyType``, lists → tuples."""
    if isinstance(value, Mapping):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(freeze(v) for v in value)
    return value


def load_json(name: str | Path) -> Any:
    """Parse a JSON reference file (read-only result; ``_meta`` kept as is)."""
    path = data_path(name)
    return _load_json(str(path), _stamp(path))


@lru_cache(maxsize=64)
def _load_json(path: str, _stamp: int) -> Any:
    with open(path, encoding="utf-8") as fh:
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


def load_csv(name: str | Path) -> tuple[Mapping[str, str], ...]:
    """Rows of a CSV reference file, as read-only ``{column: text}`` mappings."""
    path = data_path(name)
    return _load_csv(str(path), _stamp(path))


@lru_cache(maxsize=64)
def _load_csv(path: str, _stamp: int) -> tuple[Mapping[str, str], ...]:
    with open(path, encoding="utf-8", newline="") as fh:
        return parse_csv_text(fh.read())


def optional_int(text: str) -> int | None:
    """``int(text)``, or ``None`` for an empty cell."""
    text = text.strip()
    return int(text) if text else None
