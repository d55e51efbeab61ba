"""NIP (Nomor Induk Pegawai) of a PNS and NI PPPK: parse, validate, normalise, format.

Rules (domain.md §1.1, §1.2):

* NIP PNS — Perka BKN 22/2007 (Nomor Identitas PNS) and Perka BKN 43/2007: 18 digits
  ``YYYYMMDD YYYYMM G NNN`` = birth date, TMT CPNS year+month (always the 1st of the month),
  gender (1 = L, 2 = P), sequence (001 unless the first 15 digits collide; never 000).
* NI PPPK — observed layout ``YYYYMMDD YYYY CC G NNN``: birth date, year of first appointment as
  PPPK, a 2-digit code ``CC`` (meaning UNCONFIRMED; ``21`` regular, ``24`` paruh waktu), gender,
  sequence. A number whose digits 13–14 are ``>= 21`` is read as NI PPPK; ``01``–``12`` as a PNS
  NIP. Decision: for a PPPK, :attr:`NipInfo.tmt_cpns` is ``None`` (the month is not encoded and a
  PPPK has no TMT CPNS); the year is in :attr:`NipInfo.appointment_year`.
* TMT not before the 18th birthday (PP 11/2017 Pasal 23, UNCONFIRMED → data
  ``nip-aturan.json``); an age above 35 at TMT is only a warning (UNCONFIRMED → data).

Spaces, dots and hyphens are accepted on input and stripped (official use writes the 18 digits
without spaces, S04). Every error is an :class:`InvalidNip` with a stable ``code`` and a ``part``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Literal

from app.domain import refdata
from app.domain.common import DomainWarning, InvalidValue
from app.domain.dates import add_years, age_on
from app.errors import register_messages

Kind = Literal["PNS", "PPPK"]
Gender = Literal["L", "P"]

NIP_LENGTH = 18
_SEPARATORS = " .-\t\u00a0"


class InvalidNip(InvalidValue):
    """The NIP breaks a rule; ``part`` is one of ``whole``, ``birth_date``, ``tmt``, ``pppk_code``,
    ``gender``, ``sequence``."""

    code = "nip.invalid"
    default_field = "nip"


@dataclass(frozen=True)
class NipRules:
    """Thresholds and PPPK codes (``resources/data/nip-aturan.json``)."""

    min_age_at_tmt: int = 18
    warn_age_above: int = 35
    pppk_code_min: int = 21
    pppk_codes: Mapping[str, str] | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> NipRules:
        codes = {str(k): str(v["label"]) for k, v in data.get("pppk_codes", {}).items()}
        return cls(
            min_age_at_tmt=int(data["min_age_at_tmt"]),
            warn_age_above=int(data["warn_age_above"]),
            pppk_code_min=int(data["pppk_code_min"]),
            pppk_codes=codes,
        )


@lru_cache(maxsize=1)
def default_rules() -> NipRules:
    return NipRules.from_json(refdata.load_json("nip-aturan.json"))


@dataclass(frozen=True)
class NipInfo:
    """What an 18-digit NIP / NI PPPK says."""

    nip: str
    kind: Kind
    birth_date: date
    tmt_cpns: date | None
    appointment_year: int
    gender: Gender
    sequence: int
    pppk_code: str | None = None

    @property
    def formatted(self) -> str:
        return format_nip(self.nip)


def normalize_nip(text: str) -> str:
    """The digits of ``text`` with spaces, dots and hyphens removed.

    Raises :class:`InvalidNip` (``nip.empty`` / ``nip.chars``) for an empty value or any other
    character; the length is checked by :func:`parse_nip`.
    """
    if text is None or not str(text).strip():
        raise InvalidNip("nip.empty", part="whole")
    cleaned = "".join(ch for ch in str(text) if ch not in _SEPARATORS)
    for ch in cleaned:
        if not ("0" <= ch <= "9"):
            raise InvalidNip("nip.chars", part="whole", char=ch)
    return cleaned


def nip_kind(digits: str, rules: NipRules | None = None) -> Kind | None:
    """``"PNS"`` when digits 13–14 are 01–12, ``"PPPK"`` when >= 21 (domain.md §1.2), else None."""
    code = int(digits[12:14])
    if 1 <= code <= 12:
        return "PNS"
    if code >= (rules or default_rules()).pppk_code_min:
        return "PPPK"
    return None


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_nip(
    text: str, *, expected_kind: Kind | None = None, rules: NipRules | None = None
) -> NipInfo:
    """Parse and validate a NIP PNS or NI PPPK (Perka BKN 22/2007, 43/2007; domain.md §1.1–1.2).

    ``expected_kind`` — when the employee's jenis is known, a number of the other layout is
    rejected (``nip.kind``): the jenis is stored explicitly, never inferred from the NIP alone.
    """
    rules = rules or default_rules()
    digits = normalize_nip(text)
    if len(digits) != NIP_LENGTH:
        raise InvalidNip("nip.length", part="whole", count=len(digits))

    birth = _date_or_none(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    if birth is None or birth.year < 1900:
        raise InvalidNip("nip.birth_date", part="birth_date", value=digits[0:8])

    tmt_year = int(digits[8:12])
    code = int(digits[12:14])
    if 1 <= code <= 12:
        kind: Kind = "PNS"
    elif code >= rules.pppk_code_min:
        kind = "PPPK"
    else:
        raise InvalidNip("nip.tmt_month", part="tmt", value=digits[12:14])
    if expected_kind is not None and expected_kind != kind:
        raise InvalidNip("nip.kind", part="tmt", expected=expected_kind, actual=kind)
    if tmt_year < 1900 or tmt_year < birth.year:
        raise InvalidNip("nip.tmt_year", part="tmt", value=digits[8:12])

    if digits[14] not in "12":
        raise InvalidNip("nip.gender", part="gender", value=digits[14])
    sequence = int(digits[15:18])
    if sequence == 0:
        raise InvalidNip("nip.sequence", part="sequence", value=digits[15:18])

    adult = add_years(birth, rules.min_age_at_tmt)
    tmt = date(tmt_year, code, 1) if kind == "PNS" else None
    if (tmt < adult) if tmt is not None else (tmt_year < adult.year):
        raise InvalidNip(
            "nip.tmt_before_18",
            part="tmt",
            tmt=f"{code:02d}/{tmt_year}" if kind == "PNS" else str(tmt_year),
            min_age=rules.min_age_at_tmt,
            date=adult.strftime("%d-%m-%Y"),
        )
    return NipInfo(
        nip=digits,
        kind=kind,
        birth_date=birth,
        tmt_cpns=tmt,
        appointment_year=tmt_year,
        gender="L" if digits[14] == "1" else "P",
        sequence=sequence,
        pppk_code=digits[12:14] if kind == "PPPK" else None,
    )


def is_valid_nip(text: str) -> bool:
    try:
        parse_nip(text)
    except InvalidNip:
        return False
    return True


def nip_warnings(
    info: NipInfo, *, today: date | None = None, rules: NipRules | None = None
) -> list[DomainWarning]:
    """Findings that do not reject the NIP (domain.md §1.1 rule 6, §1.2; UNCONFIRMED limits).

    * ``nip.age_over_limit`` — older than the limit (35) at TMT: legacy honorer appointments
      were older, so this is never an error;
    * ``nip.tmt_future`` — the TMT lies after ``today``;
    * ``nip.pppk_code_unknown`` — an NI PPPK code not in the table.
    """
    rules = rules or default_rules()
    today = today or date.today()
    found: list[DomainWarning] = []
    tmt = info.tmt_cpns or date(info.appointment_year, 1, 1)
    age = age_on(info.birth_date, tmt)
    if age > rules.warn_age_above:
        found.append(
            DomainWarning("nip.age_over_limit", "nip", {"age": age, "limit": rules.warn_age_above})
        )
    if tmt > today:
        found.append(DomainWarning("nip.tmt_future", "nip", {"tmt": tmt.strftime("%m/%Y")}))
    if info.kind == "PPPK" and info.pppk_code not in (rules.pppk_codes or {}):
        params = {"pppk_code": info.pppk_code}
        found.append(DomainWarning("nip.pppk_code_unknown", "nip", params))
    return found


def format_nip(nip: str, sep: str = " ") -> str:
    """Group an 18-digit NIP for display: PNS ``19850315 201001 1 001`` (8 6 1 3), NI PPPK
    ``19900913 2025 24 2 014`` (8 4 2 1 3). Raises :class:`InvalidNip` when not 18 digits."""
    digits = normalize_nip(nip)
    if len(digits) != NIP_LENGTH:
        raise InvalidNip("nip.length", part="whole", count=len(digits))
    if nip_kind(digits) == "PPPK":
        parts = (digits[0:8], digits[8:12], digits[12:14], digits[14], digits[15:])
    else:
        parts = (digits[0:8], digits[8:14], digits[14], digits[15:])
    return sep.join(parts)


def display_nip(text: str | None) -> str:
    """:func:`format_nip` for display that never raises (odd legacy values come back as is)."""
    if not text:
        return ""
    try:
        return format_nip(text)
    except InvalidNip:
        return str(text).strip()


register_messages(
    {
        "nip.invalid": ("NIP tidak sah.", "The NIP is invalid."),
        "nip.empty": ("NIP belum diisi.", "The NIP is empty."),
        "nip.chars": (
            "NIP hanya boleh berisi angka (spasi, titik dan tanda hubung boleh); ada '{char}'.",
            "A NIP may only hold digits (spaces, dots and hyphens allowed); found '{char}'.",
        ),
        "nip.length": (
            "NIP harus 18 digit; yang diisi {count} digit.",
            "A NIP has 18 digits; {count} given.",
        ),
        "nip.birth_date": (
            "Tanggal lahir pada NIP (digit 1–8: {value}) bukan tanggal yang sah.",
            "The birth date in the NIP (digits 1–8: {value}) is not a valid date.",
        ),
        "nip.tmt_month": (
            "Bulan TMT CPNS pada NIP (digit 13–14: {value}) harus 01–12, "
            "atau kode PPPK 21 ke atas.",
            "The TMT CPNS month in the NIP (digits 13–14: {value}) must be 01–12, "
            "or a PPPK code of 21 or more.",
        ),
        "nip.tmt_year": (
            "Tahun TMT pada NIP (digit 9–12: {value}) tidak masuk akal.",
            "The TMT year in the NIP (digits 9–12: {value}) is not plausible.",
        ),
        "nip.kind": (
            "Nomor ini berformat NIP {actual}, bukan {expected} (lihat digit 13–14).",
            "This number has the {actual} layout, not {expected} (see digits 13–14).",
        ),
        "nip.gender": (
            "Kode jenis kelamin pada NIP (digit 15: {value}) harus 1 (laki-laki) "
            "atau 2 (perempuan).",
            "The gender digit of the NIP (digit 15: {value}) must be 1 (male) or 2 (female).",
        ),
        "nip.sequence": (
            "Nomor urut pada NIP (digit 16–18) tidak boleh 000.",
            "The sequence number of the NIP (digits 16–18) may not be 000.",
        ),
        "nip.tmt_before_18": (
            "TMT pada NIP ({tmt}) lebih awal dari usia {min_age} tahun (ulang tahun {date}).",
            "The TMT in the NIP ({tmt}) is before age {min_age} (birthday {date}).",
        ),
        "nip.age_over_limit": (
            "Usia saat TMT {age} tahun, di atas {limit} tahun: periksa kembali NIP.",
            "Age at TMT is {age}, above {limit}: please check the NIP.",
        ),
        "nip.tmt_future": (
            "TMT pada NIP ({tmt}) masih di masa depan.",
            "The TMT in the NIP ({tmt}) is in the future.",
        ),
        "nip.pppk_code_unknown": (
            "Kode PPPK {pppk_code} pada NIP (digit 13–14) belum dikenal.",
            "PPPK code {pppk_code} in the NIP (digits 13–14) is not known.",
        ),
    }
)
