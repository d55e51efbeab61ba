"""Which column feeds which intake field, by header name (never by position).

:func:`suggest_mapping` proposes a :class:`Mapping` from the headers (SIASN export headers,
local spellings, word guesses — :mod:`app.intake.aliases`), optionally starting from a
remembered choice for the same layout (:mod:`app.intake.memory`). Every field is fed by at most
one column: the most confident match wins, the leftmost on a tie. The clerk may change any
column (:meth:`Mapping.with_field`); ``--mapping`` on the command line does the same with JSON
``{"header": "field" | null}``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping as MappingABC
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from app.errors import FieldError, SimpegError
from app.intake.aliases import match_header, normalize_header
from app.intake.fields import BY_KEY

REMEMBERED, USER = "remembered", "user"
SOURCES = ("siasn", "alias", "guess", "review", REMEMBERED, USER, "")


@dataclass(frozen=True)
class ColumnMatch:
    """Column ``column`` (0-based) with header ``header`` feeds ``field`` (None: ignored)."""

    column: int
    header: str
    field: str | None
    confidence: float  # 1.0 sure … 0.6 a guess to check; 0 for an ignored unknown column
    source: str  # siasn | alias | guess | review | remembered | user | ""

    @property
    def needs_check(self) -> bool:
        return self.field is not None and self.confidence < 0.8


@dataclass(frozen=True)
class Mapping:
    columns: tuple[ColumnMatch, ...]

    def field_of(self, column: int) -> str | None:
        return self.columns[column].field

    def column_of(self, field: str) -> int | None:
        for c in self.columns:
            if c.field == field:
                return c.column
        return None

    def header_of(self, field: str) -> str:
        column = self.column_of(field)
        return self.columns[column].header if column is not None else ""

    @property
    def fields(self) -> dict[str, int]:
        """field → column for every mapped column."""
        return {c.field: c.column for c in self.columns if c.field is not None}

    def with_field(self, column: int, field: str | None) -> Mapping:
        """The clerk's choice for one column; a column that fed the same field is cleared."""
        if field is not None and field not in BY_KEY:
            raise SimpegError("intake.unknown_field", field=field)
        out = []
        for c in self.columns:
            if c.column == column:
                out.append(replace(c, field=field, confidence=1.0, source=USER))
            elif field is not None and c.field == field:
                out.append(replace(c, field=None, confidence=0.0, source=USER))
            else:
                out.append(c)
        return Mapping(tuple(out))

    def as_json(self) -> dict[str, str | None]:
        """``{header: field or None}`` (the CLI's ``--mapping`` and what is remembered)."""
        return {c.header: c.field for c in self.columns}

    def problems(self) -> list[FieldError]:
        """What stops an intake: the NIP must be mapped (it is how rows find employees)."""
        if "nip" not in self.fields:
            return [FieldError("nip", "intake.nip_unmapped")]
        return []


def suggest_mapping(
    headers: Sequence[str], remembered: MappingABC[str, str | None] | None = None
) -> Mapping:
    """The best guess for ``headers``; ``remembered`` (normalised header → field) wins."""
    memory = {normalize_header(k): v for k, v in (remembered or {}).items()}
    candidates: list[ColumnMatch] = []
    for i, header in enumerate(headers):
        key = normalize_header(header)
        if key in memory and (memory[key] is None or memory[key] in BY_KEY):
            candidates.append(ColumnMatch(i, header, memory[key], 1.0, REMEMBERED))
            continue
        field, source, confidence = match_header(header)
        candidates.append(ColumnMatch(i, header, field, confidence, source))
    taken: set[str] = set()
    chosen: dict[int, ColumnMatch] = {}
    for c in sorted(candidates, key=lambda c: (-c.confidence, c.column)):
        if c.field is not None and c.field in taken:
            chosen[c.column] = replace(c, field=None, confidence=0.0, source="")
            continue
        if c.field is not None:
            taken.add(c.field)
        chosen[c.column] = c
    return Mapping(tuple(chosen[i] for i in range(len(headers))))


def apply_overrides(mapping: Mapping, overrides: MappingABC[str, str | None]) -> Mapping:
    """Set columns by header name (``--mapping``); unknown headers or fields are errors."""
    by_header = {normalize_header(c.header): c.column for c in mapping.columns}
    for header, field in overrides.items():
        column = by_header.get(normalize_header(header))
        if column is None:
            raise SimpegError("intake.unknown_header", header=header,
                              headers=", ".join(c.header for c in mapping.columns[:12]))
        mapping = mapping.with_field(column, field or None)
    return mapping


def load_overrides(text: str) -> dict[str, str | None]:
    """``--mapping`` value: JSON text, or the path of a JSON file."""
    raw = text.strip()
    if not raw.startswith(("{", "[")):
        path = Path(raw)
        if not path.is_file():
            raise SimpegError("intake.mapping_file", path=raw)
        raw = path.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise SimpegError("intake.mapping_json", detail=str(exc)) from exc
    if not isinstance(data, dict) or not all(
            isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()):
        raise SimpegError("intake.mapping_json", detail='{"Header": "field" | null}')
    return dict(data)
