"""A clerk's decision on a conflict: a NEW ordinary local change, so it propagates and wins.

``take="local"`` keeps this office's side, ``take="incoming"`` the other office's,
``values={...}`` writes merged values (attributes of the conflict's unit). Per kind:

* ``edit-edit`` — the unit gets the chosen values (nothing is written when they already are
  the current ones: every site holds the same winner);
* ``delete-edit`` — choosing the deleting side leaves the tombstone; choosing the edit (or
  merged values) restores the record and writes the edit's values;
* ``constraint`` — two rows with one key (duplicate NIK): ``local`` keeps the stored holder and
  retires the incoming row as its duplicate (tombstone + ``merged_into``), ``incoming`` retires
  the holder and gives its key to the incoming row, ``values`` corrects the incoming row
  (e.g. a mistyped NIK). A held unit (a key of required columns) is written onto the holder
  with ``incoming``;
* ``ownership`` / ``orphan`` — the held change is written with ``incoming`` (or ``values``), or
  dropped with ``local``.

The conflict is closed with who decided; on the province its receipt number moves so the
office concerned hears of it.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from app.db.base import Synced, utcnow
from app.db.sync_meta import Conflict
from app.db.sync_units import LIFECYCLE, decode_values, dumps_sorted, unit_values
from app.db.tracking import mark_merged, restore, tombstone
from app.errors import (
    FieldError,
    NotFound,
    SimpegError,
    ValidationError,
    message,
    register_messages,
)
from app.sync.conflicts import next_receipt_seq
from app.sync.scope import PROVINCE, TableInfo, table_infos

TAKES = ("local", "incoming")


def _values(text: str | None) -> dict[str, Any]:
    return json.loads(text) if text else {}


def _row(session: Session, info: TableInfo, pk: str) -> Synced | None:
    return session.get(info.cls, pk)  # type: ignore[return-value]


def _write(info: TableInfo, obj: Synced, values: dict[str, Any]) -> None:
    allowed = set(info.spec.unit_of) - {"office_code", "deleted", "deleted_reason",
                                        "merged_into"}
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise ValidationError([FieldError(k, "sync.resolve_unknown_field") for k in unknown])
    try:
        decoded = decode_values(info.cls, values)
    except (ValueError, TypeError, KeyError) as exc:
        raise ValidationError([FieldError("values", "sync.resolve_bad_value",
                                          {"detail": str(exc)[:80]})]) from None
    for key, value in decoded.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)


def _check_unit(info: TableInfo, unit: str, values: dict[str, Any]) -> None:
    attrs = set(info.spec.units[unit])
    outside = sorted(set(values) - attrs)
    if outside:
        raise ValidationError([FieldError(k, "sync.resolve_outside_unit", {"unit": unit})
                               for k in outside])


def resolve(session: Session, conflict_id: str, *, take: str | None = None,
            values: dict[str, Any] | None = None, by: str, office: str,
            reason: str = "") -> Conflict:
    """Resolve one open conflict (see the module docstring); the caller checked the role."""
    c = session.get(Conflict, conflict_id)
    if c is None:
        raise NotFound(what=message("sync.conflict"))
    if c.status != "open":
        raise SimpegError("sync.conflict_closed", id=conflict_id[:8])
    if office != PROVINCE and c.office_code not in (office, None):
        raise SimpegError("sync.conflict_other_office", office=c.office_code or "?")
    if (take is None) == (values is None) or (take is not None and take not in TAKES):
        raise ValidationError([FieldError("take", "sync.resolve_choose")])
    info = table_infos().get(c.table_name)
    if info is None:
        raise NotFound(what=c.table_name)
    text = (reason or "").strip() or message("sync.resolve_reason", id=c.id[:8], lang="id")
    handler = {"edit-edit": _edit_edit, "delete-edit": _delete_edit,
               "constraint": _constraint}.get(c.kind, _held)
    resolution = handler(session, info, c, take, values, text)
    session.flush()
    obj = _row(session, info, c.pk)
    final = unit_values(obj, c.unit) if obj is not None and c.unit != LIFECYCLE \
        else (values or {})
    c.status, c.resolution = "resolved", resolution
    c.resolved_by, c.resolved_at = f"{by}@{office}"[:64], utcnow()
    c.resolved_values = dumps_sorted(final)
    if office == PROVINCE:
        c.receipt_seq = next_receipt_seq(session)
    session.flush()
    return c


def _need(session: Session, info: TableInfo, pk: str) -> Synced:
    obj = _row(session, info, pk)
    if obj is None:
        raise SimpegError("sync.resolve_row_missing", table=info.name, pk=pk)
    return obj


def _edit_edit(session, info, c, take, values, reason) -> str:  # type: ignore[no-untyped-def]
    obj = _need(session, info, c.pk)
    chosen = values if values is not None else _values(
        c.local_values if take == "local" else c.incoming_values)
    _check_unit(info, c.unit, chosen)
    if c.unit == LIFECYCLE:
        _lifecycle(session, obj, chosen, reason)
    else:
        _write(info, obj, chosen)
    return "edited" if values is not None else f"take-{take}"


def _lifecycle(session: Session, obj: Synced, chosen: dict[str, Any], reason: str) -> None:
    office = chosen.get("office_code")
    if office and office != obj.office_code:
        obj.office_code = office
    if chosen.get("deleted"):
        if not obj.deleted:
            tombstone(session, obj, chosen.get("deleted_reason") or reason)
    elif obj.deleted:
        restore(session, obj)


def _delete_edit(session, info, c, take, values, reason) -> str:  # type: ignore[no-untyped-def]
    obj = _need(session, info, c.pk)
    deleted_side = json.loads(c.detail or "{}").get("deleted_side", "local")
    if take == deleted_side:
        if not obj.deleted:
            tombstone(session, obj, reason)
        return f"take-{take}"
    edit = values if values is not None else _values(
        c.incoming_values if deleted_side == "local" else c.local_values)
    if obj.deleted:
        restore(session, obj)
    if c.unit != LIFECYCLE:
        _check_unit(info, c.unit, edit)
        _write(info, obj, edit)
    return "edited" if values is not None else f"take-{take}"


def _constraint(session, info, c, take, values, reason) -> str:  # type: ignore[no-untyped-def]
    detail = json.loads(c.detail or "{}")
    other_pk = detail.get("other_pk")
    if detail.get("held"):
        return _held(session, info, c, take, values, reason, target_pk=other_pk)
    incoming = _need(session, info, c.pk)
    if values is not None:
        _check_unit(info, c.unit, values)
        _write(info, incoming, values)
        _free_of_clash(session, info, incoming, detail)
        return "edited"
    holder = _need(session, info, other_pk)
    if take == "local":
        mark_merged(session, incoming, holder, reason)
        return "merged"
    parked = {a: _values(c.incoming_values).get(a) for a in detail.get("parked", [])}
    _write(info, holder, dict.fromkeys(parked))
    session.flush()
    mark_merged(session, holder, incoming, reason)
    session.flush()
    _write(info, incoming, parked)
    return "merged"


def _free_of_clash(session: Session, info: TableInfo, obj: Synced,
                   detail: dict[str, Any]) -> None:
    from sqlalchemy import select

    attrs = detail.get("attrs", [])
    cls = info.cls
    wanted = {a: getattr(obj, a) for a in attrs}
    if any(v is None for v in wanted.values()):
        return
    stmt = select(cls.id).where(cls.id != obj.id,  # type: ignore[attr-defined]
                                *(getattr(cls, a) == v for a, v in wanted.items()))
    if session.scalar(stmt.limit(1)) is not None:
        raise ValidationError([FieldError(attrs[0], "sync.resolve_still_clashes")])


def _held(session, info, c, take, values, reason, target_pk=None) -> str:  # type: ignore[no-untyped-def]
    if take == "local":
        return "take-local"
    obj = _need(session, info, target_pk or c.pk)
    chosen = values if values is not None else _values(c.incoming_values)
    _check_unit(info, c.unit, chosen)
    if c.unit == LIFECYCLE:
        _lifecycle(session, obj, chosen, reason)
    else:
        _write(info, obj, chosen)
    return "edited" if values is not None else "take-incoming"


register_messages(
    {
        "sync.conflict": ("konflik sinkronisasi", "sync conflict"),
        "sync.conflict_closed": (
            "Konflik {id} sudah diselesaikan sebelumnya.",
            "Conflict {id} was already resolved.",
        ),
        "sync.conflict_other_office": (
            "Konflik ini menyangkut data milik kantor {office}; hanya kantor itu atau "
            "provinsi yang boleh menyelesaikannya.",
            "This conflict concerns a record of office {office}; only that office or the "
            "province may resolve it.",
        ),
        "sync.resolve_choose": (
            "Pilih salah satu: pakai nilai kantor ini (local), nilai kiriman (incoming), atau "
            "isi nilai gabungan.",
            "Choose one: keep this office's value (local), the incoming value, or enter merged "
            "values.",
        ),
        "sync.resolve_reason": (
            "Penyelesaian konflik sinkronisasi {id}",
            "Resolution of sync conflict {id}",
        ),
        "sync.resolve_row_missing": (
            "Data {table} {pk} tidak ada di kantor ini; konflik ini hanya dapat ditutup "
            "(pakai nilai kantor ini).",
            "Record {table} {pk} is not in this office; this conflict can only be closed "
            "(keep this office's value).",
        ),
        "sync.resolve_unknown_field": (
            "Kolom ini tidak dapat diisi lewat penyelesaian konflik.",
            "This field cannot be set by resolving a conflict.",
        ),
        "sync.resolve_bad_value": ("Nilai tidak sah ({detail}).", "Invalid value ({detail})."),
        "sync.resolve_outside_unit": (
            "Kolom ini bukan bagian dari kelompok data \"{unit}\" yang berkonflik.",
            "This field is not part of the conflicting group \"{unit}\".",
        ),
        "sync.resolve_still_clashes": (
            "Nilai ini masih sama dengan data lain; periksa lagi nomornya.",
            "This value still equals another record's; check the number again.",
        ),
    }
)
