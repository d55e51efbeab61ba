"""Coded cells as offices and SIASN spell them: jenis pegawai, kedudukan, agama, status
perkawinan, tingkat pendidikan, golongan.

Each reader takes the cell text and returns our code (or a reference id) or raises
:class:`~app.intake.values.CellProblem`. SIASN spellings handled: ``JENIS PEGAWAI NAMA``
("PNS Daerah Kab/Kota", "PPPK"), ``STATUS CPNS PNS`` (``C``/``P``), ``KEDUDUKAN HUKUM NAMA``
("Aktif", "CLTN", "Tugas Belajar", "Pemberhentian Sementara", "Masa Persiapan Pensiun"…),
``AGAMA NAMA`` ("Katholik", "Budha", "Konghucu"), ``JENIS KAWIN NAMA`` ("Menikah"),
``TINGKAT PENDIDIKAN NAMA`` ("S-1/Sarjana", "Diploma III/Sarjana Muda", "SLTA Kejuruan").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.golongan import InvalidGolongan, parse_golongan
from app.domain.pendidikan import InvalidPendidikan, Pendidikan, parse_pendidikan
from app.intake.values import CellProblem, read_text

JENIS = ("PNS", "CPNS", "PPPK")


def _key(text: str) -> str:
    return re.sub(r"[^A-Z0-9]+", " ", text.upper()).strip()


def read_jenis_pegawai(value: object) -> str | None:
    text = read_text(value)
    if text is None:
        return None
    key = _key(text)
    words = key.split()
    if "PPPK" in words or "P3K" in words or "PERJANJIAN" in words:
        return "PPPK"
    if words[:1] == ["CPNS"] or key in ("C", "CALON PNS") or "CPNS" in words:
        return "CPNS"
    if "PNS" in words or key == "P" or "PEGAWAI NEGERI SIPIL" in key:
        return "PNS"
    raise CellProblem("intake.bad_jenis_pegawai", value=text)


def read_status_cpns_pns(value: object) -> str | None:
    text = read_text(value)
    if text is None:
        return None
    key = _key(text)
    if key in ("C", "CPNS", "CALON PNS"):
        return "CPNS"
    if key in ("P", "PNS"):
        return "PNS"
    raise CellProblem("intake.bad_jenis_pegawai", value=text)


_KEDUDUKAN = (
    (("MASA PERSIAPAN PENSIUN", "AKTIF", "MPP"), "aktif"),
    (("CLTN", "CUTI DI LUAR TANGGUNGAN", "CUTI DILUAR TANGGUNGAN"), "cltn"),
    (("TUGAS BELAJAR",), "tugas_belajar"),
    (("SEMENTARA",), "diberhentikan_sementara"),
    (("PENSIUN", "PURNA"), "pensiun"),
    (("MENINGGAL", "WAFAT", "TEWAS"), "meninggal"),
    (("PINDAH", "MUTASI KELUAR"), "pindah_keluar"),
    (("BERHENTI", "DIBERHENTIKAN", "PEMBERHENTIAN", "MENGUNDURKAN DIRI"), "berhenti"),
)


def read_kedudukan(value: object) -> str | None:
    text = read_text(value)
    if text is None:
        return None
    key = _key(text)
    for needles, status in _KEDUDUKAN:
        if any(n in key for n in needles):
            return status
    raise CellProblem("intake.bad_kedudukan", value=text)


@dataclass(frozen=True)
class RefChoice:
    """A reference row the cell may name: its id, code and name."""

    id: str
    code: str
    name: str


_RELIGION_ALIASES = {
    "KATHOLIK": "katolik", "KATOLIK": "katolik", "PROTESTAN": "kristen", "KRISTEN": "kristen",
    "BUDHA": "buddha", "BUDDHA": "buddha", "KONGHUCU": "khonghucu", "KONG HU CU": "khonghucu",
    "KHONG HU CU": "khonghucu", "HINDU": "hindu", "ISLAM": "islam",
    "KEPERCAYAAN": "kepercayaan", "PENGHAYAT KEPERCAYAAN": "kepercayaan",
}
_MARITAL_ALIASES = {
    "MENIKAH": "kawin", "KAWIN": "kawin", "NIKAH": "kawin", "BELUM MENIKAH": "belum_kawin",
    "BELUM KAWIN": "belum_kawin", "LAJANG": "belum_kawin", "TIDAK KAWIN": "belum_kawin",
    "CERAI": "cerai_hidup", "CERAI HIDUP": "cerai_hidup", "CERAI MATI": "cerai_mati",
}


def read_reference(value: object, choices: Iterable[RefChoice], aliases: dict[str, str],
                   code: str) -> str | None:
    """The id of the reference row named by the cell (by code, name or a known alias)."""
    text = read_text(value)
    if text is None:
        return None
    key = _key(text)
    rows = list(choices)
    wanted = aliases.get(key)
    if wanted is None:
        wanted = next((a for k, a in aliases.items() if k in key.split() or key.startswith(k)),
                      None)
    for row in rows:
        if key in (_key(row.code), _key(row.name)) or row.code == wanted:
            return row.id
    raise CellProblem(code, value=text, allowed=", ".join(r.name for r in rows))


def read_religion(value: object, choices: Iterable[RefChoice]) -> str | None:
    return read_reference(value, choices, _RELIGION_ALIASES, "intake.bad_agama")


def read_marital(value: object, choices: Iterable[RefChoice]) -> str | None:
    return read_reference(value, choices, _MARITAL_ALIASES, "intake.bad_kawin")


def read_pendidikan(value: object) -> str | None:
    """``"S-1/Sarjana"``, ``"Diploma III/Sarjana Muda"``, ``"SLTA Kejuruan"`` → the code."""
    text = read_text(value)
    if text is None:
        return None
    attempts = [text, *re.split(r"[/,]", text), text.split()[0]]
    for attempt in attempts:
        try:
            return parse_pendidikan(attempt.strip()).value
        except InvalidPendidikan:
            continue
    raise CellProblem("pendidikan.unknown", value=text)


def pendidikan_level(code: str) -> int:
    return Pendidikan(code).level


def read_golongan(value: object, kind: str | None) -> str | None:
    """The golongan code (``III/b``, ``IX``) of the employee's kind (PNS/CPNS → PNS)."""
    text = read_text(value)
    if text is None:
        return None
    wanted = "PPPK" if kind == "PPPK" else ("PNS" if kind else None)
    try:
        return parse_golongan(text, wanted).code  # type: ignore[arg-type]
    except InvalidGolongan as exc:
        raise CellProblem(exc.code, **exc.params) from None
