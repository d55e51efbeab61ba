"""Field validation and the small lookups every service shares.

Validation: a :class:`Problems` collects every problem of one input (a form is marked in one
go, never one error at a time) as :class:`~app.errors.FieldError` with stable codes and raises
them together as one :class:`~app.errors.ValidationError`; :func:`text_field` and
:func:`choice_field` clean and check one value into it. :class:`Checks` adds rules over an
input dataclass's cleaned values (:func:`clean_values`): required fields, column lengths of a
model, dates, ranges, choices, e-mail, phone, digits. Field names are the input dataclass
attribute names, so the form knows which widget to mark.

Lookups: live (non-deleted) rows (:func:`live`, :func:`employee`, :func:`unit`), an
employee's records (:func:`employee_records`, :func:`remove_live`), who-columns
(:func:`who`, :func:`who_names`), office settings (:func:`setting_value`). The scope of an org
unit in queries is in :mod:`app.services.unit_scope`.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import String, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from app.db.base import Synced
from app.db.org import PROVINCE_CODE, OrgUnit, Setting
from app.db.personnel import Employee
from app.db.tracking import tombstone
from app.db.users import User
from app.domain.common import DomainWarning, InvalidValue
from app.errors import FieldError, NotFound, ValidationError, register_messages
from app.services.roles import CurrentUser

T = TypeVar("T", bound=Synced)
OLDEST_DATE = date(1900, 1, 1)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-.]+$")


class Problems:
    """Collects :class:`FieldError` s of one form; :meth:`check` raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, code: str, /, **params: object) -> None:
        self.errors.append(FieldError(field, code, params))

    def has_error(self, field: str) -> bool:
        return any(e.field == field for e in self.errors)

    def __bool__(self) -> bool:
        return bool(self.errors)

    def check(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def clean(value: str | None) -> str | None:
    """Text as stored: surrounding spaces removed, empty → None."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def text_field(
    problems: Problems, field: str, value: str | None, *, max_len: int, required: bool = False
) -> str | None:
    """A cleaned text value, with ``field.required`` / ``field.too_long`` recorded."""
    text = clean(value)
    if text is None:
        if required:
            problems.add(field, "field.required")
        return None
    if len(text) > max_len:
        problems.add(field, "field.too_long", max=max_len, count=len(text))
    return text


def choice_field(
    problems: Problems, field: str, value: object, allowed: Iterable[str], *,
    required: bool = True,
) -> str | None:
    """``value`` (a str or StrEnum) when it is one of ``allowed``; records ``field.choice``."""
    options = [str(a) for a in allowed]
    if value is None or str(value).strip() == "":
        if required:
            problems.add(field, "field.required")
        return None
    text = str(value).strip()
    if text not in options:
        problems.add(field, "field.choice", value=text, allowed=", ".join(options))
        return None
    return text


def clean_values(data: object) -> dict[str, Any]:
    """The fields of an input dataclass as a dict: text stripped, empty text as ``None``."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(data):  # type: ignore[arg-type]
        value = getattr(data, f.name)
        if isinstance(value, str):
            value = value.strip() or None
        out[f.name] = value
    return out


def as_field_error(warning: DomainWarning, field: str | None = None) -> FieldError:
    """A domain warning in the shape forms show (field, code, params)."""
    return FieldError(field or warning.field, warning.code, dict(warning.params))


class Checks(Problems):
    """:class:`Problems` with the cleaned ``values`` of one input and the rules that read them
    (``values`` from :func:`clean_values`; ``today`` anchors "not in the future").

    ``error`` and ``raise_if_any`` are :meth:`Problems.add` and :meth:`Problems.check` under
    the names the personnel, history, org and reference services use."""

    def __init__(self, values: Mapping[str, Any], today: date | None = None) -> None:
        super().__init__()
        self.values = values
        self.today = today or date.today()

    error = Problems.add
    raise_if_any = Problems.check

    def invalid(self, field: str, exc: InvalidValue) -> None:
        self.errors.append(exc.to_field_error(field))

    def ok(self, *fields: str) -> bool:
        """All ``fields`` have a value and no error so far (so rules between them can run)."""
        return all(self.values.get(f) is not None and not self.has_error(f) for f in fields)

    # --- common rules -------------------------------------------------------------------------

    def required(self, *fields: str) -> None:
        for f in fields:
            if self.values.get(f) is None:
                self.error(f, "field.required")

    def model_limits(self, model: type) -> None:
        """Text no longer than the model's column; dates not before 1900."""
        columns = sa_inspect(model).columns
        for name, value in self.values.items():
            if self.has_error(name):
                continue
            if isinstance(value, str) and name in columns:
                length = getattr(columns[name].type, "length", None)
                if isinstance(columns[name].type, String) and length and len(value) > length:
                    self.error(name, "field.too_long", max=length, count=len(value))
            elif isinstance(value, date) and value < OLDEST_DATE:
                self.error(name, "field.date_too_old", date=_fmt(value))

    def not_future(self, *fields: str) -> None:
        for f in fields:
            value = self.values.get(f)
            if isinstance(value, date) and value > self.today and not self.has_error(f):
                self.error(f, "field.date_future", date=_fmt(value), today=_fmt(self.today))

    def not_after(self, field: str, limit: date) -> None:
        """Allow a date up to ``limit`` (an SK may be entered before its TMT)."""
        value = self.values.get(field)
        if isinstance(value, date) and value > limit and not self.has_error(field):
            self.error(field, "field.date_too_far", date=_fmt(value), limit=_fmt(limit))

    def not_before(self, field: str, limit: date | None, code: str, **params: object) -> None:
        value = self.values.get(field)
        if (isinstance(value, date) and limit is not None and value < limit
                and not self.has_error(field)):
            self.error(field, code, date=_fmt(value), limit=_fmt(limit), **params)

    def date_order(self, start: str, end: str) -> None:
        """``end`` may not be before ``start`` (the error goes on ``end``)."""
        a, b = self.values.get(start), self.values.get(end)
        if isinstance(a, date) and isinstance(b, date) and b < a:
            self.error(end, "field.date_before", date=_fmt(b), other=_fmt(a), other_field=start)

    def first_of_month(self, *fields: str) -> None:
        for f in fields:
            value = self.values.get(f)
            if isinstance(value, date) and value.day != 1 and not self.has_error(f):
                self.error(f, "field.tmt_first", date=_fmt(value))

    def int_range(self, field: str, low: int, high: int) -> None:
        value = self.values.get(field)
        if value is None:
            return
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.error(field, "field.range", low=low, high=high, value=value)

    def number_min(self, field: str, low: float = 0) -> None:
        value = self.values.get(field)
        if value is not None and value < low:
            self.error(field, "field.min", low=low, value=value)

    def choice(self, field: str, allowed: Iterable[str]) -> None:
        value = self.values.get(field)
        options = list(allowed)
        if value is not None and value not in options:
            self.error(field, "field.choice", value=value, allowed=", ".join(options))

    def year(self, field: str, low: int = OLDEST_DATE.year, slack: int = 0) -> None:
        self.int_range(field, low, self.today.year + slack)

    def email(self, field: str) -> None:
        value = self.values.get(field)
        if value is not None and not _EMAIL.match(value):
            self.error(field, "field.email", value=value)

    def phone(self, field: str) -> None:
        value = self.values.get(field)
        if value is None:
            return
        digits = sum(ch.isdigit() for ch in value)
        if not _PHONE_CHARS.match(value) or not 6 <= digits <= 15:
            self.error(field, "field.phone", value=value)

    def digits(self, field: str, *lengths: int) -> None:
        """Only digits (spaces, dots and hyphens ignored) of one of ``lengths`` (any when none)."""
        value = self.values.get(field)
        if value is None:
            return
        bare = re.sub(r"[\s.\-]", "", value)
        if not bare.isdigit() or (lengths and len(bare) not in lengths):
            wanted = "/".join(str(n) for n in lengths) if lengths else "1+"
            self.error(field, "field.digits", value=value, lengths=wanted)


def _fmt(d: date) -> str:
    return d.strftime("%d-%m-%Y")


# --- lookups ------------------------------------------------------------------------------------


def live(session: Session, model: type[T], row_id: str | None, code: str) -> T:
    """The row with ``row_id`` unless missing or tombstoned (then :class:`NotFound` ``code``)."""
    obj = session.get(model, row_id) if row_id else None
    if obj is None or obj.deleted:
        raise NotFound(code, id=row_id or "-")
    return obj


def employee(session: Session, employee_id: str | None) -> Employee:
    return live(session, Employee, employee_id, "employee.not_found")


def employee_records(session: Session, model: type[T], employee_id: str,
                     *order_by: Any) -> list[T]:
    """The live rows of ``model`` (a table with ``employee_id``) of one employee, in order."""
    column = model.employee_id  # type: ignore[attr-defined]
    return list(session.scalars(
        select(model).where(column == employee_id, model.deleted.is_(False)).order_by(*order_by)
    ))


def remove_live(session: Session, model: type[T], row_id: str, code: str, reason: str) -> None:
    """Tombstone the live row ``row_id`` with ``reason`` (:class:`NotFound` ``code`` when it is
    missing or already removed)."""
    tombstone(session, live(session, model, row_id, code), reason)
    session.flush()


def who(actor: CurrentUser) -> str:
    """What a who-column stores for the actor: the user id, or the name of a system job."""
    return actor.user_id or actor.username


def who_names(session: Session, values: Iterable[str | None]) -> dict[str, str]:
    """Display names for who-column values (user ids → full names; others as they are)."""
    ids = {v for v in values if v}
    if not ids:
        return {}
    rows = session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all()
    names = {r[0]: r[1] for r in rows}
    return {v: names.get(v, v) for v in ids}


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def setting_value(session: Session, actor: CurrentUser, key: str) -> Any:
    """An office setting (JSON): the actor's office first, then the province's; None if unset."""
    rows = session.execute(
        select(Setting.office_code, Setting.value).where(
            Setting.key == key, Setting.deleted.is_(False),
            Setting.office_code.in_({actor.office_code, PROVINCE_CODE}),
        )
    ).all()
    by_office = {r[0]: r[1] for r in rows}
    for office in (actor.office_code, PROVINCE_CODE):
        if office in by_office:
            try:
                return json.loads(by_office[office])
            except ValueError:
                return None
    return None


def unit(session: Session, unit_id: str | None) -> OrgUnit:
    return live(session, OrgUnit, unit_id, "unit.not_found")


register_messages(
    {
        "field.too_long": (
            "Terlalu panjang: {count} karakter, maksimal {max}.",
            "Too long: {count} characters, at most {max}.",
        ),
        "field.date_too_old": (
            "Tanggal {date} tidak masuk akal (sebelum tahun 1900).",
            "The date {date} is not plausible (before 1900).",
        ),
        "field.date_future": (
            "Tanggal {date} masih di masa depan (hari ini {today}).",
            "The date {date} is in the future (today is {today}).",
        ),
        "field.date_too_far": (
            "Tanggal {date} terlalu jauh di masa depan (paling lambat {limit}).",
            "The date {date} is too far in the future (at the latest {limit}).",
        ),
        "field.date_before": (
            "Tanggal {date} lebih awal dari tanggal mulai {other}.",
            "The date {date} is before the start date {other}.",
        ),
        "field.tmt_first": (
            "TMT harus tanggal 1 suatu bulan; yang diisi {date}.",
            "A TMT is always the 1st of a month; {date} given.",
        ),
        "field.range": (
            "Nilai {value} di luar batas {low}–{high}.",
            "The value {value} is outside {low}–{high}.",
        ),
        "field.min": (
            "Nilai {value} tidak boleh kurang dari {low}.",
            "The value {value} may not be below {low}.",
        ),
        "field.email": (
            "Alamat email '{value}' tidak sah (contoh: nama@jambiprov.go.id).",
            "'{value}' is not a valid e-mail address (e.g. name@jambiprov.go.id).",
        ),
        "field.phone": (
            "Nomor telepon '{value}' tidak sah: 6–15 angka, boleh diawali + "
            "(contoh: 0812-3456-7890).",
            "'{value}' is not a valid phone number: 6–15 digits, optional leading + "
            "(e.g. 0812-3456-7890).",
        ),
        "field.digits": (
            "'{value}' harus berupa angka ({lengths} digit).",
            "'{value}' must be digits ({lengths} digits).",
        ),
        "field.not_found": (
            "Data {what} yang dipilih tidak ada (mungkin sudah dihapus).",
            "The selected {what} does not exist (it may have been deleted).",
        ),
        "field.choice": (
            "Nilai '{value}' tidak dikenal; pilih salah satu: {allowed}.",
            "Unknown value '{value}'; choose one of: {allowed}.",
        ),
        "field.date_order": (
            "Tanggal selesai ({end}) tidak boleh sebelum tanggal mulai ({start}).",
            "The end date ({end}) cannot be before the start date ({start}).",
        ),
        "employee.not_found": (
            "Pegawai tidak ditemukan (mungkin sudah dihapus).",
            "Employee not found (it may have been deleted).",
        ),
        "unit.not_found": (
            "Unit organisasi tidak ditemukan (mungkin sudah dihapus).",
            "Organisation unit not found (it may have been deleted).",
        ),
    }
)
