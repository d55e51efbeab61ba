"""Remembered mappings, one per layout (header signature), in the office ``Setting`` table.

A mapping the clerk confirmed is saved when the intake is applied (never by a dry run), under
``intake.mapping.<signature>``; being an office setting it travels in bundles, so the province
and a reinstalled PC know the office's layouts too. Saving needs Permission.EMPLOYEE_WRITE (it
is part of importing employees, not an office-wide setting).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import Setting
from app.intake.aliases import is_review_header, normalize_header
from app.intake.mapping import Mapping, suggest_mapping
from app.intake.table import RawTable, layout_signature
from app.services.roles import CurrentUser, Permission, require
from app.services.support import setting_value

PREFIX = "intake.mapping."


def setting_key(signature: str) -> str:
    return PREFIX + signature


def remembered_mapping(
    session: Session, actor: CurrentUser, signature: str
) -> dict[str, str | None] | None:
    """normalised header → field of the layout, or None when this layout is new."""
    require(actor, Permission.EMPLOYEE_READ)
    value = setting_value(session, actor, setting_key(signature))
    if not isinstance(value, dict) or not isinstance(value.get("fields"), dict):
        return None
    return {str(k): (v if isinstance(v, str) else None) for k, v in value["fields"].items()}


def mapping_for(session: Session, actor: CurrentUser, table: RawTable) -> Mapping:
    """The remembered mapping of this layout, else the suggestion from the headers."""
    return suggest_mapping(table.headers, remembered_mapping(session, actor, table.signature))


def remember_mapping(session: Session, actor: CurrentUser, mapping: Mapping) -> str:
    """Store ``mapping`` for its layout (the office's row is created or replaced)."""
    require(actor, Permission.EMPLOYEE_WRITE)
    headers = [c.header for c in mapping.columns]
    signature = layout_signature(headers)
    payload = json.dumps({
        "headers": [h for h in headers if not is_review_header(h)],
        "fields": {normalize_header(c.header): c.field for c in mapping.columns
                   if not is_review_header(c.header)},
        "saved": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }, ensure_ascii=False, sort_keys=True)
    key = setting_key(signature)
    row = session.scalars(select(Setting).where(
        Setting.office_code == actor.office_code, Setting.key == key)).first()
    if row is None:
        session.add(Setting(key=key, value=payload, office_code=actor.office_code))
    elif row.value != payload or row.deleted:
        old = json.loads(row.value) if row.value else {}
        if old.get("fields") != json.loads(payload)["fields"] or row.deleted:
            row.value, row.deleted, row.deleted_reason = payload, False, None
    session.flush()
    return signature
