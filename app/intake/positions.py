"""What kind of jabatan a row names, and what kind of unit a new unit is.

SIASN's ``JENIS JABATAN NAMA`` says "Struktural", "Fungsional Tertentu" or "Fungsional Umum";
our kinds are finer (domain.md §2.3–2.4), so the kind comes from, in order:

1. the jenis cell when it names one of our kinds ("JPT Pratama", "Pelaksana", "JFU"…);
2. the eselon (II → JPT pratama, III → administrator, IV → pengawas: the usual mapping);
3. the jabatan name: a jenjang in it ("… Ahli Muda", "… Terampil") makes a jabatan fungsional;
   "Kepala Dinas", "Camat", "Kepala Seksi"… a structural post; anything else a pelaksana.

A "Fungsional" cell whose name carries no jenjang cannot be placed: the row is refused
(a jabatan fungsional needs its jenjang). Unit kinds are guessed from the unit's name
("Dinas …" → dinas, "SD Negeri …" → sekolah) and shown in the preview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.jabatan import (
    InvalidJabatan,
    JenisJabatan,
    Jenjang,
    parse_eselon,
    parse_jenis_jabatan,
)
from app.intake.values import CellProblem

_JENJANG_WORDS = (
    ("AHLI PERTAMA", Jenjang.AHLI_PERTAMA), ("AHLI MUDA", Jenjang.AHLI_MUDA),
    ("AHLI MADYA", Jenjang.AHLI_MADYA), ("AHLI UTAMA", Jenjang.AHLI_UTAMA),
    ("PENYELIA", Jenjang.PENYELIA), ("MAHIR", Jenjang.MAHIR), ("TERAMPIL", Jenjang.TERAMPIL),
    ("PELAKSANA LANJUTAN", Jenjang.MAHIR), ("PELAKSANA PEMULA", Jenjang.PEMULA),
    ("PEMULA", Jenjang.PEMULA),
)
_JPT = ("SEKRETARIS DAERAH", "KEPALA DINAS", "KEPALA BADAN", "INSPEKTUR DAERAH", "INSPEKTUR KAB",
        "ASISTEN", "STAF AHLI", "SEKRETARIS DPRD", "DIREKTUR RSUD", "DIREKTUR RUMAH SAKIT")
_ADMINISTRATOR = ("SEKRETARIS DINAS", "SEKRETARIS BADAN", "SEKRETARIS", "KEPALA BIDANG",
                  "KABID", "KEPALA BAGIAN", "KABAG", "CAMAT", "INSPEKTUR PEMBANTU",
                  "KEPALA KANTOR")
_PENGAWAS = ("KEPALA SEKSI", "KASI", "KEPALA SUB BAGIAN", "KEPALA SUBBAGIAN", "KASUBBAG",
             "KASUBAG", "KEPALA SUB BIDANG", "KASUBBID", "LURAH", "SEKRETARIS KECAMATAN",
             "SEKRETARIS CAMAT", "SEKCAM", "SEKRETARIS KELURAHAN", "KEPALA UPT", "KEPALA UPTD")


@dataclass(frozen=True)
class PositionKind:
    kind: str  # a JenisJabatan value
    jenjang: str | None
    eselon: str | None
    guessed: bool  # from the name alone (shown in the preview for the clerk to check)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^A-Z0-9]+", " ", text.upper()).split())


def jenjang_in(name: str) -> Jenjang | None:
    key = _key(name)
    for words, jenjang in _JENJANG_WORDS:
        if re.search(rf"\b{words}\b", key):
            return jenjang
    return None


def _structural_by_name(key: str) -> JenisJabatan | None:
    for needles, jenis in ((_JPT, JenisJabatan.JPT_PRATAMA),
                           (_PENGAWAS, JenisJabatan.PENGAWAS),
                           (_ADMINISTRATOR, JenisJabatan.ADMINISTRATOR)):
        if any(key.startswith(n) for n in needles):
            return jenis
    return None


def position_kind(name: str, jenis_text: str | None, eselon_text: str | None) -> PositionKind:
    """Kind, jenjang and eselon of the jabatan ``name`` (see the module docstring)."""
    try:
        eselon = parse_eselon(eselon_text) if eselon_text else None
    except InvalidJabatan as exc:
        raise CellProblem(exc.code, **exc.params) from None
    eselon_code = eselon.code if eselon else None
    jenjang = jenjang_in(name)
    jenis_key = _key(jenis_text or "")
    explicit = _explicit_kind(jenis_text)
    if explicit is not None:
        if explicit.is_fungsional:
            if jenjang is None or jenjang.jenis is not explicit:
                raise CellProblem("intake.jf_without_jenjang", jabatan=name)
            return PositionKind(explicit.value, jenjang.value, eselon_code, False)
        return PositionKind(explicit.value, None, eselon_code, False)
    if "FUNGSIONAL" in jenis_key and "UMUM" not in jenis_key:
        if jenjang is None:
            raise CellProblem("intake.jf_without_jenjang", jabatan=name)
        return PositionKind(jenjang.jenis.value, jenjang.value, eselon_code, False)
    if "UMUM" in jenis_key or "PELAKSANA" in jenis_key:
        return PositionKind(JenisJabatan.PELAKSANA.value, None, eselon_code, False)
    if eselon is not None:
        return PositionKind(eselon.jenis.value, None, eselon_code, False)
    structural = "STRUKTURAL" in jenis_key
    by_name = _structural_by_name(_key(name))
    if by_name is not None:
        return PositionKind(by_name.value, None, None, not structural)
    if structural:
        raise CellProblem("intake.structural_unknown", jabatan=name)
    if jenjang is not None:
        return PositionKind(jenjang.jenis.value, jenjang.value, None, not jenis_key)
    return PositionKind(JenisJabatan.PELAKSANA.value, None, None, not jenis_key)


def _explicit_kind(text: str | None) -> JenisJabatan | None:
    if not text:
        return None
    try:
        return parse_jenis_jabatan(text)
    except InvalidJabatan:
        return None


_UNIT_KINDS = (
    ("SEKRETARIAT DAERAH", "sekretariat_daerah"), ("SETDA", "sekretariat_daerah"),
    ("SEKRETARIAT DPRD", "sekretariat_dprd"), ("SEKRETARIAT DEWAN", "sekretariat_dprd"),
    ("INSPEKTORAT", "inspektorat"), ("DINAS", "dinas"), ("BADAN", "badan"),
    ("KANTOR", "kantor"), ("KECAMATAN", "kecamatan"), ("KELURAHAN", "kelurahan"),
    ("SUB BAGIAN", "subbagian"), ("SUBBAGIAN", "subbagian"), ("BAGIAN", "bagian"),
    ("BIDANG", "bidang"), ("SEKRETARIAT", "sekretariat"), ("SEKSI", "seksi"), ("UPTD", "upt"),
    ("UPT", "upt"), ("SD ", "sekolah"), ("SMP", "sekolah"), ("SMA", "sekolah"),
    ("SMK", "sekolah"), ("SEKOLAH", "sekolah"), ("TK ", "sekolah"), ("PUSKESMAS", "puskesmas"),
    ("RSUD", "rumah_sakit"), ("RUMAH SAKIT", "rumah_sakit"),
)


def unit_kind(name: str) -> str:
    """The org-unit kind a unit name suggests (``lainnya`` when nothing does)."""
    key = _key(name) + " "
    for prefix, kind in _UNIT_KINDS:
        if key.startswith(prefix):
            return kind
    for needle, kind in _UNIT_KINDS:
        if f" {needle.strip()} " in f" {key}":
            return kind
    return "lainnya"
