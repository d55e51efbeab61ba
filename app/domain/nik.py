"""NIK (Nomor Induk Kependudukan, the KTP number): parse, validate, cross-check with the NIP.

Rules (domain.md §1.3, Dukcapil S07/S08/S09): 16 digits ``PP KK CC DDMMYY NNNN`` — province,
regency/city and district (kecamatan) of the place where the NIK was *first* registered; day of
birth (**women: day + 40**), month, last two digits of the year; sequence from 0001. The NIK is
lifelong and never re-issued to fix a wrong birth date.

The century is not encoded. Resolution: a ``birth_date_hint`` (e.g. from the NIP or the
employee record) whose last two year digits match wins; otherwise the pivot of §1.3 on the full
date — ``20YY`` when that date is not after ``today``, else ``19YY``.

Province codes outside the known range are errors; a code inside the range that is not listed,
and Jambi district codes missing from the Kemendagri table (older NIKs may carry the code of the
parent regency before a split), are warnings only (:func:`nik_warnings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from app.domain import wilayah
from app.domain.common import DomainWarning, InvalidValue
from app.domain.nip import NipInfo
from app.errors import register_messages

NIK_LENGTH = 16
_SEPARATORS = " .-\t\u00a0"
Gender = Literal["L", "P"]


class InvalidNik(InvalidValue):
    """The NIK breaks a rule; ``part`` is one of ``whole``, ``province``, ``regency``,
    ``district``, ``birth_date``, ``sequence``."""

    code = "nik.invalid"
    default_field = "nik"


@dataclass(frozen=True)
class NikInfo:
    """What a 16-digit NIK says (region codes undotted, as inside the NIK)."""

    nik: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: date
    gender: Gender
    sequence: int
    province_name: str | None = None
    regency_name: str | None = None
    district_name: str | None = None


def normalize_nik(text: str) -> str:
    """The digits of ``text`` (spaces, dots, hyphens removed); other characters are errors."""
    if text is None or not str(text).strip():
        raise InvalidNik("nik.empty", part="whole")
    cleaned = "".join(ch for ch in str(text) if ch not in _SEPARATORS)
    for ch in cleaned:
        if not ("0" <= ch <= "9"):
            raise InvalidNik("nik.chars", part="whole", char=ch)
    return cleaned


@lru_cache(maxsize=1)
def _province_range() -> tuple[int, int]:
    codes = [int(c) for c in wilayah.province_names()]
    return min(codes), max(codes)


def _resolve_birth_date(
    day: int, month: int, yy: int, today: date, hint: date | None
) -> date | None:
    candidates = [2000 + yy, 1900 + yy]
    if hint is not None and hint.year % 100 == yy:
        candidates = [hint.year] + [y for y in candidates if y != hint.year]
    for year in candidates:
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if hint is not None and year == hint.year:
            return found
        if found <= today or year < 2000:
            return found
    return None


def parse_nik(
    text: str,
    *,
    today: date | None = None,
    birth_date_hint: date | None = None,
    table: wilayah.WilayahTable | None = None,
) -> NikInfo:
    """Parse and validate a NIK (Dukcapil layout, domain.md §1.3).

    ``today`` is the pivot date of the century rule (default: today); ``birth_date_hint`` is a
    birth date known from elsewhere whose century is preferred when its year ends in ``YY``.
    """
    digits = normalize_nik(text)
    if len(digits) != NIK_LENGTH:
        raise InvalidNik("nik.length", part="whole", count=len(digits))
    low, high = _province_range()
    if not low <= int(digits[0:2]) <= high:
        raise InvalidNik("nik.province", part="province", value=digits[0:2], low=low, high=high)
    if digits[2:4] == "00":
        raise InvalidNik("nik.regency", part="regency", value=digits[2:4])
    if digits[4:6] == "00":
        raise InvalidNik("nik.district", part="district", value=digits[4:6])

    raw_day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    gender: Gender = "P" if raw_day > 40 else "L"
    day = raw_day - 40 if raw_day > 40 else raw_day
    if not (1 <= day <= 31) or not (1 <= month <= 12):
        raise InvalidNik("nik.birth_date", part="birth_date", value=digits[6:12])
    birth = _resolve_birth_date(day, month, yy, today or date.today(), birth_date_hint)
    if birth is None:
        raise InvalidNik("nik.birth_date", part="birth_date", value=digits[6:12])
    sequence = int(digits[12:16])
    if sequence == 0:
        raise InvalidNik("nik.sequence", part="sequence", value=digits[12:16])

    province, regency, district = digits[0:2], digits[0:4], digits[0:6]
    return NikInfo(
        nik=digits,
        province_code=province,
        regency_code=regency,
        district_code=district,
        birth_date=birth,
        gender=gender,
        sequence=sequence,
        province_name=wilayah.province_names().get(province),
        regency_name=wilayah.region_name(regency, table) if province == wilayah.JAMBI else None,
        district_name=wilayah.region_name(district, table) if province == wilayah.JAMBI else None,
    )


def is_valid_nik(text: str, *, today: date | None = None) -> bool:
    try:
        parse_nik(text, today=today)
    except InvalidNik:
        return False
    return True


def nik_warnings(info: NikInfo) -> list[DomainWarning]:
    """Findings that keep the NIK: an unlisted province code, or a Jambi regency/district code
    missing from the Kemendagri table (older NIKs keep pre-split codes, domain.md §1.3)."""
    found: list[DomainWarning] = []
    if info.province_name is None:
        found.append(DomainWarning("nik.province_unknown", "nik", {"value": info.province_code}))
    elif info.province_code == wilayah.JAMBI:
        if info.regency_name is None:
            found.append(DomainWarning("nik.regency_unknown", "nik", {"value": info.regency_code}))
        elif info.district_name is None:
            found.append(
                DomainWarning("nik.district_unknown", "nik", {"value": info.district_code})
            )
    return found


def cross_check_nip_nik(nip_info: NipInfo, nik_info: NikInfo) -> list[DomainWarning]:
    """Birth date and gender of the NIP against the NIK (domain.md §1.1 rule 7).

    The NIK's century is a guess, so birth dates are compared on day, month and the last two
    year digits. Mismatches are warnings: the record may still be right in one of them.
    """
    found: list[DomainWarning] = []
    a, b = nip_info.birth_date, nik_info.birth_date
    if (a.day, a.month, a.year % 100) != (b.day, b.month, b.year % 100):
        found.append(
            DomainWarning(
                "nik.nip_birth_date_mismatch",
                "nik",
                {"nip_date": a.strftime("%d-%m-%Y"), "nik_date": b.strftime("%d-%m-%Y")},
            )
        )
    if nip_info.gender != nik_info.gender:
        found.append(
            DomainWarning(
                "nik.nip_gender_mismatch",
                "nik",
                {"nip_gender": nip_info.gender, "nik_gender": nik_info.gender},
            )
        )
    return found


register_messages(
    {
        "nik.invalid": ("NIK tidak sah.", "The NIK is invalid."),
        "nik.empty": ("NIK belum diisi.", "The NIK is empty."),
        "nik.chars": (
            "NIK hanya boleh berisi angka; ada '{char}'.",
            "A NIK may only hold digits; found '{char}'.",
        ),
        "nik.length": (
            "NIK harus 16 digit; yang diisi {count} digit.",
            "A NIK has 16 digits; {count} given.",
        ),
        "nik.province": (
            "Kode provinsi pada NIK (digit 1–2: {value}) harus antara {low} dan {high}.",
            "The province code of the NIK (digits 1–2: {value}) must be {low}–{high}.",
        ),
        "nik.regency": (
            "Kode kabupaten/kota pada NIK (digit 3–4: {value}) tidak boleh 00.",
            "The regency code of the NIK (digits 3–4: {value}) may not be 00.",
        ),
        "nik.district": (
            "Kode kecamatan pada NIK (digit 5–6: {value}) tidak boleh 00.",
            "The district code of the NIK (digits 5–6: {value}) may not be 00.",
        ),
        "nik.birth_date": (
            "Tanggal lahir pada NIK (digit 7–12: {value}) tidak sah "
            "(perempuan: tanggal ditambah 40).",
            "The birth date in the NIK (digits 7–12: {value}) is invalid "
            "(women: day plus 40).",
        ),
        "nik.sequence": (
            "Nomor urut pada NIK (digit 13–16) tidak boleh 0000.",
            "The sequence number of the NIK (digits 13–16) may not be 0000.",
        ),
        "nik.province_unknown": (
            "Kode provinsi {value} pada NIK tidak ada dalam daftar provinsi.",
            "Province code {value} of the NIK is not in the province list.",
        ),
        "nik.regency_unknown": (
            "Kode kabupaten/kota {value} pada NIK tidak dikenal di Provinsi Jambi.",
            "Regency code {value} of the NIK is not known in Jambi province.",
        ),
        "nik.district_unknown": (
            "Kode kecamatan {value} pada NIK tidak ada dalam tabel Kemendagri "
            "(NIK lama bisa memakai kode sebelum pemekaran).",
            "District code {value} of the NIK is not in the Kemendagri table "
            "(older NIKs may use pre-split codes).",
        ),
        "nik.nip_birth_date_mismatch": (
            "Tanggal lahir pada NIP ({nip_date}) berbeda dengan pada NIK ({nik_date}).",
            "The birth date in the NIP ({nip_date}) differs from the NIK ({nik_date}).",
        ),
        "nik.nip_gender_mismatch": (
            "Jenis kelamin pada NIP ({nip_gender}) berbeda dengan pada NIK ({nik_gender}).",
            "The gender in the NIP ({nip_gender}) differs from the NIK ({nik_gender}).",
        ),
    }
)
