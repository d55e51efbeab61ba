"""Change units of synced tables (sync.md §4.3) and the JSON form of their values.

A ``Synced`` model may declare ``__sync_units__ = {"identity": ("nik", "nama", ...), ...}``
(attribute names). Every column attribute except the bookkeeping ones (``id``, ``stamps``,
``updated_at``) must then be in exactly one unit. Without a declaration the model has one unit
``"row"`` holding all its own columns. Every model also has the ``"lifecycle"`` unit:
``office_code`` (the owner: a transfer is a lifecycle event), ``deleted``, ``deleted_reason``,
``merged_into`` — never declare those yourself.

``__audit_safe__ = frozenset({...})`` names fields whose old→new values may go into the audit
log (non-personal codes such as a golongan). ``office_code``, ``deleted`` and ``merged_into``
are always safe; everything else is logged by name only.

Values travel as JSON: dates/times ISO 8601, ``Decimal`` as text, bytes as base64, Python enums
by name. :func:`decode_values` turns such a dict back into attribute values.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Date, DateTime, Enum, LargeBinary, Numeric, Time
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapper

from app.db.base import Synced

DEFAULT_UNIT = "row"
LIFECYCLE = "lifecycle"
META_ATTRS = frozenset({"id", "stamps", "updated_at"})
LIFECYCLE_ATTRS = ("office_code", "deleted", "deleted_reason", "merged_into")
ALWAYS_SAFE = frozenset({"office_code", "deleted", "merged_into"})

Codec = Callable[[Any], Any]


# One encoder each, built once: json.dumps() with options builds a new encoder on every call.
dumps: Callable[[Any], str] = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
"""Compact JSON (the form stored in change_log)."""
dumps_sorted: Callable[[Any], str] = json.JSONEncoder(
    separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode
"""Compact JSON with sorted keys (stamps, hashed documents): the same bytes on every site."""


def _codecs(column: Column[Any]) -> tuple[Codec | None, Codec | None]:
    """(encode, decode) for one column type; ``None`` means the value is JSON as it is."""
    t = column.type
    if isinstance(t, DateTime):
        return (lambda v: v.isoformat()), dt.datetime.fromisoformat
    if isinstance(t, Date):
        return (lambda v: v.isoformat()), dt.date.fromisoformat
    if isinstance(t, Time):
        return (lambda v: v.isoformat()), dt.time.fromisoformat
    if isinstance(t, Numeric) and getattr(t, "asdecimal", False):
        return str, Decimal
    if isinstance(t, LargeBinary):
        return (lambda v: base64.b64encode(v).decode("ascii")), base64.b64decode
    if isinstance(t, Enum) and t.enum_class is not None:
        cls = t.enum_class
        return (lambda v: v.name if isinstance(v, enum.Enum) else v), (lambda v: cls[v])
    return None, None


def _default_of(column: Column[Any]) -> Callable[[], Any] | None:
    """A Python-side column default as a no-argument callable (None: no usable default)."""
    default = column.default
    if default is None:
        return None
    if getattr(default, "is_scalar", False):
        value = default.arg  # type: ignore[attr-defined]
        return lambda: value
    if getattr(default, "is_callable", False):
        fn = default.arg  # type: ignore[attr-defined]
        return lambda: fn(None)
    return None


@dataclass(frozen=True, eq=False)  # hashed by identity: one spec per class
class UnitSpec:
    """Everything the tracking hook needs about one Synced class, computed once."""

    cls: type
    table_name: str
    units: Mapping[str, tuple[str, ...]]  # lifecycle included, in declaration order
    unit_of: Mapping[str, str]  # attribute -> unit
    encoders: Mapping[str, Codec | None]
    decoders: Mapping[str, Codec | None]
    defaults: Mapping[str, Callable[[], Any]]
    audit_safe: frozenset[str]
    id_column: str
    stamps_column: str
    updated_column: str
    _sorted_attrs: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    def sorted_attrs(self, units: tuple[str, ...]) -> tuple[str, ...]:
        """The attributes of ``units``, sorted by name (memoised per unit combination)."""
        attrs = self._sorted_attrs.get(units)
        if attrs is None:
            attrs = tuple(sorted(k for u in units for k in self.units[u]))
            self._sorted_attrs[units] = attrs
        return attrs

    def values(self, data: Mapping[str, Any], unit: str) -> dict[str, Any]:
        """JSON-ready values of ``unit`` from an instance ``__dict__`` or a plain row dict."""
        out = {}
        enc = self.encoders
        for key in self.units[unit]:
            v = data.get(key)
            codec = enc[key]
            out[key] = v if v is None or codec is None else codec(v)
        return out

    def encode(self, key: str, value: Any) -> Any:
        codec = self.encoders[key]
        return value if value is None or codec is None else codec(value)

    def insert_units(self, data: Mapping[str, Any]) -> list[str]:
        """Units a new row records: all, except a lifecycle still at its creation defaults
        (the owner travels in every change's ``office_code``)."""
        units = [u for u in self.units if u != LIFECYCLE]
        if data.get("deleted") or data.get("deleted_reason") is not None \
                or data.get("merged_into") is not None:
            units.append(LIFECYCLE)
        return units


_SPECS: dict[type, UnitSpec] = {}


def unit_spec(cls: type) -> UnitSpec:
    """The (cached) :class:`UnitSpec` of a Synced class; raises TypeError on a bad declaration."""
    spec = _SPECS.get(cls)
    if spec is None:
        spec = _SPECS[cls] = _build_spec(cls)
    return spec


def sync_units(cls: type) -> dict[str, tuple[str, ...]]:
    """``{unit: attribute names}`` of a Synced class, ``"lifecycle"`` included."""
    return dict(unit_spec(cls).units)


def _build_spec(cls: type) -> UnitSpec:
    if not issubclass(cls, Synced):
        raise TypeError(f"{cls.__name__} is not a Synced model")
    mapper: Mapper[Any] = sa_inspect(cls)
    columns = {p.key: p.columns[0] for p in mapper.column_attrs if isinstance(p.columns[0], Column)}
    own = [k for k in columns if k not in META_ATTRS and k not in LIFECYCLE_ATTRS]
    declared: Mapping[str, tuple[str, ...]] = getattr(cls, "__sync_units__", None) or {
        DEFAULT_UNIT: tuple(own)
    }
    units: dict[str, tuple[str, ...]] = {}
    unit_of: dict[str, str] = {}
    for unit, attrs in declared.items():
        if unit == LIFECYCLE:
            raise TypeError(f"{cls.__name__}: the 'lifecycle' unit is implicit, do not declare it")
        for key in attrs:
            if key not in own:
                raise TypeError(f"{cls.__name__}.__sync_units__[{unit!r}]: {key!r} is not a "
                                "column of this model (or is bookkeeping/lifecycle)")
            if key in unit_of:
                raise TypeError(
                    f"{cls.__name__}: {key!r} is in units {unit_of[key]!r} and {unit!r}")
            unit_of[key] = unit
        units[unit] = tuple(attrs)
    missing = [k for k in own if k not in unit_of]
    if missing:
        raise TypeError(f"{cls.__name__}.__sync_units__ leaves out columns {missing}")
    units[LIFECYCLE] = LIFECYCLE_ATTRS
    unit_of.update({k: LIFECYCLE for k in LIFECYCLE_ATTRS})
    codecs = {k: _codecs(columns[k]) for k in unit_of}
    defaults = {k: d for k in unit_of if (d := _default_of(columns[k])) is not None}
    return UnitSpec(
        cls=cls, table_name=mapper.local_table.name, units=units, unit_of=unit_of,  # type: ignore[attr-defined]
        encoders={k: c[0] for k, c in codecs.items()},
        decoders={k: c[1] for k, c in codecs.items()},
        defaults=defaults,
        audit_safe=ALWAYS_SAFE | frozenset(getattr(cls, "__audit_safe__", ())),
        id_column=columns["id"].key, stamps_column=columns["stamps"].key,
        updated_column=columns["updated_at"].key,
    )


def decode_values(cls: type, values: Mapping[str, Any]) -> dict[str, Any]:
    """Turn a change's JSON values back into attribute values (dates, Decimals, bytes, enums)."""
    dec = unit_spec(cls).decoders
    out = {}
    for key, v in values.items():
        if key not in dec:
            raise KeyError(f"{cls.__name__} has no synced attribute {key!r}")
        codec = dec[key]
        out[key] = v if v is None or codec is None else codec(v)
    return out


def unit_values(obj: Synced, unit: str) -> dict[str, Any]:
    """The JSON-ready values of one unit of an object (e.g. a conflict's local side)."""
    return unit_spec(type(obj)).values(_loaded(obj), unit)


def _loaded(obj: Synced) -> dict[str, Any]:
    spec = unit_spec(type(obj))
    return {k: getattr(obj, k) for k in spec.unit_of}


def stamps_of(obj: Synced) -> dict[str, tuple[int, str]]:
    """``{unit: (lamport, site)}`` of a row."""
    return {u: (int(s[0]), str(s[1])) for u, s in json.loads(obj.stamps or "{}").items()}


def set_unit_stamp(obj: Synced, unit: str, stamp: tuple[int, str]) -> None:
    """Set one unit's stamp (the bundle importer does this for every unit it applies)."""
    if unit not in unit_spec(type(obj)).units:
        raise KeyError(f"{type(obj).__name__} has no unit {unit!r}")
    stamps = json.loads(obj.stamps or "{}")
    stamps[unit] = [int(stamp[0]), str(stamp[1])]
    obj.stamps = dumps_sorted(stamps)
