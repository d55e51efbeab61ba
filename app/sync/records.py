"""The records inside a bundle: change records, row snapshots, receipts (docs/sync.md).

A **change record** (``changes/<table>.jsonl``) is one ``change_log`` row::

    {"origin": "15.02/7f3e…", "seq": 40119, "lamport": 812, "pk": "0193…", "unit": "contact",
     "op": "upsert", "office": "15.02", "base": [790, "15.02"], "values": {…},
     "user": "op1", "at": "2025-02-27T03:10:11.123456"}

A **snapshot** (``changes/snapshot.jsonl``) is a whole row with the stamp of every unit; the
province sends one when a record enters an office's scope other than by its own changes (a
transfer, a referenced row)::

    {"table": "employee", "pk": "0193…", "office": "15.07",
     "stamps": {"identity": [812, "15.02"], …}, "values": {"identity": {…}, …}}

Parsing checks every field against the receiving schema; anything unexpected is
``bundle.record_invalid`` with the line and member, before anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from json.encoder import encode_basestring
from typing import Any

from app.db.sync_meta import OPS
from app.db.sync_units import LIFECYCLE, dumps
from app.sync.canonical import is_office_code
from app.sync.errors import BundleRejected
from app.sync.manifest import member_name
from app.sync.scope import TableInfo

Stamp = tuple[int, str]
_MAX_INT = 2**63 - 1
CHANGE_FIELDS = frozenset(
    {"origin", "seq", "lamport", "pk", "unit", "op", "office", "base", "values", "user", "at"})
SNAPSHOT_FIELDS = frozenset({"table", "pk", "office", "stamps", "values"})
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


_text = encode_basestring  # C: a JSON string literal, UTF-8 kept as is
_DECODER = json.JSONDecoder()
_RAW = _DECODER.raw_decode
_LOADS = _DECODER.decode
_VALUES_KEY = '"values":'
_ORIGINS: dict[tuple[str, str], str] = {}


def change_line(row: Any) -> bytes:
    """One ``change_log`` row — a tuple (origin_site, origin_inc, origin_seq, lamport,
    table_name, pk, unit, op, office_code, values_json, base_stamp, user_name,
    created_at_utc) — as a JSONL line. Built by hand: the stored values are already compact
    JSON and are copied, not re-parsed."""
    site, inc, seq, lamport, _, pk, unit, op, office, values, base, user, at = row
    origin = _ORIGINS.get((site, inc))
    if origin is None:
        origin = _ORIGINS[(site, inc)] = '{"origin":' + _text(f"{site}/{inc}") + ',"seq":'
    return (
        f'{origin}{int(seq)},"lamport":{int(lamport)},"pk":{_text(pk)},'
        f'"unit":{_text(unit)},"op":{_text(op)},"office":{_text(office)},'
        f'"base":{base or "null"},"values":{values},"user":{_text(user)},'
        f'"at":"{_iso(at)}"}}\n'
    ).encode()


def _iso(at: Any) -> str:
    """ISO 8601 with a ``T`` (a datetime, or the text SQLite stores)."""
    return at.replace(" ", "T", 1) if isinstance(at, str) else at.isoformat()


@dataclass(slots=True)
class ChangeRecord:
    """A validated change record of one table."""

    table: str
    origin_site: str
    origin_inc: str
    seq: int
    lamport: int
    pk: str
    unit: str
    op: str
    office: str
    base: Stamp | None
    values: dict[str, Any]
    user: str
    at: datetime
    values_json: str | None = None  # the values exactly as the line carried them

    @property
    def origin(self) -> str:
        return f"{self.origin_site}/{self.origin_inc}"

    @property
    def stamp(self) -> Stamp:
        return (self.lamport, self.origin_site)

    @property
    def change_id(self) -> str:
        return f"{self.origin}/{self.seq}"

    @classmethod
    def checked(cls, table: str, doc: Mapping[str, Any]) -> ChangeRecord:
        """A record that pass 1 already validated (the bytes are re-hashed as they stream)."""
        site, _, inc = doc["origin"].partition("/")
        base = doc["base"]
        return cls(table, site, inc, doc["seq"], doc["lamport"], doc["pk"], doc["unit"],
                   doc["op"], doc["office"], (base[0], base[1]) if base else None,
                   doc["values"], doc["user"], datetime.fromisoformat(doc["at"]))

    @classmethod
    def from_line(cls, table: str, line: bytes) -> ChangeRecord:
        """A record from a line pass 1 already parsed and checked, keeping the JSON text of
        its values (so it is stored without being encoded again).

        The values' text is located by its key: ``"values":`` can only occur in a checked line
        as that key (quotes inside JSON strings are escaped, and no field before it is an
        object). Anything unexpected falls back to a plain parse."""
        text = line.decode("utf-8")
        at = text.find(_VALUES_KEY)
        if at >= 0:
            start = at + len(_VALUES_KEY)
            try:
                values, end = _RAW(text, start)
                doc = _LOADS(text[:start] + "null" + text[end:])
            except ValueError:
                doc = None
            if doc is not None and isinstance(values, dict) and doc.get("values", 0) is None:
                doc["values"] = values
                rec = cls.checked(table, doc)
                rec.values_json = text[start:end]
                return rec
        return cls.checked(table, _LOADS(text))

    def log_row(self) -> dict[str, Any]:
        """The ``change_log`` row this record becomes at the receiver."""
        return {
            "origin_site": self.origin_site, "origin_inc": self.origin_inc,
            "origin_seq": self.seq, "lamport": self.lamport, "table_name": self.table,
            "pk": self.pk, "unit": self.unit, "op": self.op, "office_code": self.office,
            "values_json": self.values_json if self.values_json is not None
            else dumps(self.values),
            "base_stamp": dumps(list(self.base)) if self.base is not None else None,
            "user_name": self.user, "created_at_utc": self.at,
        }


@dataclass(slots=True)
class SnapshotRecord:
    table: str
    pk: str
    office: str
    stamps: dict[str, Stamp]
    values: dict[str, dict[str, Any]]


def invalid(table: str, line: int, detail: str) -> BundleRejected:
    return BundleRejected("bundle.record_invalid", line=line, name=member_name(table),
                          detail=detail)


def _int(value: Any) -> bool:
    return type(value) is int and 0 <= value <= _MAX_INT


def parse_stamp(value: Any) -> Stamp | None:
    """``[lamport, site]`` → tuple; ``None`` when malformed."""
    if (isinstance(value, list) and len(value) == 2 and _int(value[0])
            and is_office_code(value[1])):
        return (value[0], value[1])
    return None


def _short_text(value: Any, limit: int) -> bool:
    return isinstance(value, str) and 0 < len(value) <= limit


_SCALARS = (str, int, float, bool, type(None))
_CODECS: dict[tuple[str, str], tuple[frozenset[str], tuple[tuple[str, Any], ...]]] = {}


def _unit_codecs(info: TableInfo, unit: str):  # type: ignore[no-untyped-def]
    key = (info.name, unit)
    found = _CODECS.get(key)
    if found is None:
        attrs = info.spec.units[unit]
        codecs = tuple((a, info.spec.decoders[a]) for a in attrs
                       if info.spec.decoders[a] is not None)
        found = _CODECS[key] = (frozenset(attrs), codecs)
    return found


def check_unit_values(info: TableInfo, unit: str, values: Any) -> str | None:
    """``None`` when ``values`` are exactly the unit's attributes, each decodable; else why."""
    if unit not in info.spec.units:
        return f"unknown unit {unit!r}"
    attrs, codecs = _unit_codecs(info, unit)
    if not isinstance(values, dict) or values.keys() != attrs:
        return f"values of unit {unit!r} do not match the schema"
    for value in values.values():
        if not isinstance(value, _SCALARS):
            return "nested value"
    for key, codec in codecs:
        value = values[key]
        if value is None:
            continue
        try:
            codec(value)
        except (ValueError, TypeError, KeyError):
            return f"{key}: {str(value)[:40]!r} is not a valid value"
    if unit == LIFECYCLE and not is_office_code(values.get("office_code")):
        return "lifecycle without a valid office code"
    return None


def parse_change(info: TableInfo, doc: Mapping[str, Any], line: int) -> ChangeRecord:
    """Validate one change record of ``info``'s table (``BundleRejected`` otherwise)."""
    table = info.name
    if set(doc) != CHANGE_FIELDS:
        raise invalid(table, line, "unexpected or missing fields")
    origin = doc["origin"]
    site, _, inc = origin.partition("/") if isinstance(origin, str) else ("", "", "")
    if not is_office_code(site) or not (0 < len(inc) <= 32 and inc.isalnum()):
        raise invalid(table, line, "origin")
    if not (_int(doc["seq"]) and doc["seq"] > 0 and _int(doc["lamport"])):
        raise invalid(table, line, "seq/lamport")
    if not _short_text(doc["pk"], 36) or not is_office_code(doc["office"]):
        raise invalid(table, line, "pk/office")
    unit, op = doc["unit"], doc["op"]
    if op not in OPS or (op != "upsert" and unit != LIFECYCLE):
        raise invalid(table, line, f"op {str(op)[:10]!r}")
    base = doc["base"]
    if base is not None:
        base = parse_stamp(base)
        if base is None:
            raise invalid(table, line, "base stamp")
    problem = check_unit_values(info, unit, doc["values"]) if isinstance(unit, str) \
        else "unit"
    if problem:
        raise invalid(table, line, problem)
    if unit == LIFECYCLE and doc["values"]["office_code"] != doc["office"]:
        raise invalid(table, line, "owner differs from the lifecycle values")
    if not _short_text(doc["user"], 64) or not isinstance(doc["at"], str):
        raise invalid(table, line, "user/at")
    try:
        at = datetime.fromisoformat(doc["at"])
    except ValueError:
        raise invalid(table, line, "at") from None
    return ChangeRecord(table, site, inc, doc["seq"], doc["lamport"], doc["pk"], unit, op,
                        doc["office"], base, doc["values"], doc["user"], at)


def parse_snapshot(infos: Mapping[str, TableInfo], doc: Mapping[str, Any],
                   line: int) -> SnapshotRecord:
    from app.sync.scope import SNAPSHOT_MEMBER

    if set(doc) != SNAPSHOT_FIELDS:
        raise invalid(SNAPSHOT_MEMBER, line, "unexpected or missing fields")
    info = infos.get(doc["table"]) if isinstance(doc["table"], str) else None
    if info is None:
        raise invalid(SNAPSHOT_MEMBER, line, f"unknown table {str(doc['table'])[:64]!r}")
    if not _short_text(doc["pk"], 36) or not is_office_code(doc["office"]):
        raise invalid(SNAPSHOT_MEMBER, line, "pk/office")
    stamps, values = doc["stamps"], doc["values"]
    if not isinstance(stamps, dict) or not isinstance(values, dict) \
            or set(stamps) != set(values) or not set(info.insert_units) <= set(values):
        raise invalid(SNAPSHOT_MEMBER, line, "units")
    parsed: dict[str, Stamp] = {}
    for unit, raw in stamps.items():
        stamp = parse_stamp(raw)
        problem = check_unit_values(info, unit, values[unit])
        if stamp is None or problem:
            raise invalid(SNAPSHOT_MEMBER, line, problem or f"stamp of {unit}")
        parsed[unit] = stamp
    lifecycle = values.get(LIFECYCLE)
    if lifecycle is not None and lifecycle["office_code"] != doc["office"]:
        raise invalid(SNAPSHOT_MEMBER, line, "owner differs from the lifecycle values")
    return SnapshotRecord(info.name, doc["pk"], doc["office"], parsed, dict(values))
