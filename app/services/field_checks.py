"""Field checks shared by the personnel, history, org and reference services.

A :class:`Checks` collects every problem of one input (a form is marked in one go, never one
error at a time) as :class:`~app.errors.FieldError` with stable codes; :meth:`Checks.raise_if_any`
raises them together as one :class:`~app.errors.ValidationError`. Field names are the input
dataclass attribute names, so the form knows which widget to mark.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import String
from sqlalchemy import inspect as sa_inspect

from app.domain.common import DomainWarning, InvalidValue
from app.errors import FieldError, ValidationError, register_messages

OLDEST_DATE = date(1900, 1, 1)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-.]+$")


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


class Checks:
    """Collects :class:`FieldError` for one input; ``today`` anchors "not in the future"."""

    def __init__(self, values: Mapping[str, Any], today: date | None = None) -> None:
        self.values = values
        self.today = today or date.today()
        self.errors: list[FieldError] = []

    def error(self, field: str, code: str, **params: object) -> None:
        self.errors.append(FieldError(field, code, params))

    def invalid(self, field: str, exc: InvalidValue) -> None:
        self.errors.append(exc.to_field_error(field))

    def has_error(self, field: str) -> bool:
        return any(e.field == field for e in self.errors)

    def ok(self, *fields: str) -> bool:
        """All ``fields`` have a value and no error so far (so rules between them can run)."""
        return all(self.values.get(f) is not None and not self.has_error(f) for f in fields)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

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
        "field.choice": (
            "Pilihan '{value}' tidak dikenal (yang sah: {allowed}).",
            "Unknown choice '{value}' (allowed: {allowed}).",
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
    }
)
