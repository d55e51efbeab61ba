"""The employee's pas foto: a small JPEG or PNG kept apart from the employee row.

One photo row per employee (``employee_photo.employee_id`` is unique): setting a photo replaces
the data of that row (bringing it back if it was cleared); clearing tombstones it. The bytes are
checked by their signature — a renamed document is refused — and by size.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import tracking
from app.db.personnel import EmployeePhoto
from app.errors import FieldError, ValidationError, register_messages
from app.services.access import get_employee
from app.services.roles import CurrentUser, Permission, require

MAX_PHOTO_BYTES = 200 * 1024
MIN_PHOTO_BYTES = 64
_JPEG = b"\xff\xd8\xff"
_PNG = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Photo:
    employee_id: str
    content_type: str
    data: bytes


def photo_type(data: bytes) -> str | None:
    """``image/jpeg`` or ``image/png`` from the file's signature; ``None`` for anything else."""
    if data.startswith(_JPEG) and b"\xff\xd9" in data[-1024:]:  # EOI marker near the end
        return "image/jpeg"
    if data.startswith(_PNG) and data[12:16] == b"IHDR" and b"IEND" in data[-12:]:
        return "image/png"
    return None


def check_photo(data: bytes) -> str:
    """The content type of an acceptable photo, or :class:`ValidationError`."""
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError([FieldError("photo", "photo.too_big", {
            "size": round(len(data) / 1024), "max": MAX_PHOTO_BYTES // 1024})])
    kind = photo_type(data) if len(data) >= MIN_PHOTO_BYTES else None
    if kind is None:
        raise ValidationError([FieldError("photo", "photo.not_image")])
    return kind


def get_photo(session: Session, actor: CurrentUser, employee_id: str) -> Photo | None:
    require(actor, Permission.EMPLOYEE_READ)
    get_employee(session, actor, employee_id)
    row = _row(session, employee_id)
    if row is None or row.deleted:
        return None
    return Photo(employee_id, row.content_type, row.data)


def set_photo(session: Session, actor: CurrentUser, employee_id: str, data: bytes) -> Photo:
    require(actor, Permission.EMPLOYEE_WRITE)
    employee = get_employee(session, actor, employee_id, write=True)
    content_type = check_photo(bytes(data))
    row = _row(session, employee_id)
    if row is None:
        row = EmployeePhoto(employee_id=employee.id, office_code=employee.office_code,
                            content_type=content_type, data=bytes(data))
        session.add(row)
    else:
        if row.deleted:
            tracking.restore(session, row)
        row.content_type, row.data = content_type, bytes(data)
    session.flush()
    return Photo(employee_id, content_type, bytes(data))


def clear_photo(session: Session, actor: CurrentUser, employee_id: str,
                reason: str = "foto dihapus") -> None:
    require(actor, Permission.EMPLOYEE_WRITE)
    get_employee(session, actor, employee_id, write=True)
    row = _row(session, employee_id)
    if row is not None and not row.deleted:
        tracking.tombstone(session, row, reason)
        session.flush()


def _row(session: Session, employee_id: str) -> EmployeePhoto | None:
    return session.scalars(
        select(EmployeePhoto).where(EmployeePhoto.employee_id == employee_id)
    ).first()


register_messages(
    {
        "photo.too_big": (
            "Foto terlalu besar: {size} KB, maksimal {max} KB. Perkecil atau kompres fotonya.",
            "The photo is too big: {size} KB, at most {max} KB. Resize or compress it.",
        ),
        "photo.not_image": (
            "Berkas ini bukan foto JPEG atau PNG.",
            "This file is not a JPEG or PNG picture.",
        ),
    }
)
