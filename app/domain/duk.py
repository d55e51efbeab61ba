"""DUK (Daftar Urut Kepangkatan): the rank order of PNS in an instansi.

Rule (PP 15/1979 and the BAKN circular; domain.md §8.1, CONFIRMED [S33][S34]). Ties are broken
in this order: pangkat → jabatan → masa kerja → latihan jabatan → pendidikan → usia:

1. higher golongan first; same golongan → earlier TMT golongan first;
2. higher jabatan (eselon) first — non-eselon posts after all eselon; same level → earlier TMT
   jabatan first;
3. longer masa kerja (counted for gaji) first;
4. those with the higher leadership training (latihan jabatan: PKN I > PKN II > PKA > PKP)
   first; same level → earlier graduation first;
5. higher education first; same level → earlier graduation year first (UNCONFIRMED detail);
6. older (earlier birth date) first.

A final tie-break on the NIP makes the order total and repeatable. Missing dates sort last.
Only PNS are ranked (PPPK have no pangkat).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.bangkom import latihan_level
from app.domain.common import InvalidValue
from app.domain.golongan import Golongan, parse_golongan
from app.domain.jabatan import Eselon, eselon_rank
from app.domain.masa_kerja import ZERO, MasaKerja
from app.domain.pendidikan import Pendidikan, parse_pendidikan
from app.errors import register_messages

_LAST = date.max.toordinal()


@dataclass(frozen=True)
class DukEntry:
    """What the DUK needs of one PNS. ``latihan`` is a programme name/code (``PKA``,
    ``Diklatpim III``) or its level (0..4); ``eselon`` a code such as ``III.a`` or ``None``."""

    key: Hashable
    nip: str
    golongan: Golongan | str
    tmt_golongan: date | None
    eselon: Eselon | str | None = None
    tmt_jabatan: date | None = None
    masa_kerja: MasaKerja = ZERO
    latihan: str | int | None = None
    tanggal_latihan: date | None = None
    pendidikan: Pendidikan | str | None = None
    tahun_lulus: int | None = None
    birth_date: date | None = None


def _day(d: date | None) -> int:
    return d.toordinal() if d else _LAST


def duk_key(entry: DukEntry) -> tuple[int | str, ...]:
    """Sort key of a DUK entry: ascending order of keys is the DUK order (PP 15/1979)."""
    g = parse_golongan(entry.golongan)
    if g.kind != "PNS":
        raise InvalidValue("duk.not_pns", part="golongan", nip=entry.nip, golongan=g.code)
    level = entry.latihan if isinstance(entry.latihan, int) else latihan_level(entry.latihan)
    education = parse_pendidikan(entry.pendidikan).level if entry.pendidikan else 0
    return (
        -g.ordinal,
        _day(entry.tmt_golongan),
        eselon_rank(entry.eselon),
        _day(entry.tmt_jabatan),
        -entry.masa_kerja.total_months,
        -level,
        _day(entry.tanggal_latihan) if level else _LAST,
        -education,
        entry.tahun_lulus if entry.tahun_lulus else 9999,
        _day(entry.birth_date),
        entry.nip,
    )


def sort_duk(entries: Iterable[DukEntry]) -> list[DukEntry]:
    """Entries in DUK order."""
    return sorted(entries, key=duk_key)


def rank_duk(entries: Iterable[DukEntry]) -> list[tuple[int, DukEntry]]:
    """Entries in DUK order with their rank number (1 = top)."""
    return list(enumerate(sort_duk(entries), start=1))


register_messages(
    {
        "duk.not_pns": (
            "Pegawai {nip} bergolongan {golongan} (PPPK) tidak masuk DUK.",
            "Employee {nip} has golongan {golongan} (PPPK) and is not ranked in the DUK.",
        ),
    }
)
