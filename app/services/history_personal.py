"""The other DRH sections: keluarga, penghargaan, hukuman disiplin, luar negeri, organisasi
(domain.md §8.2). Registered with :mod:`app.services.history_engine`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.db.family import (
    FamilyMember,
    FamilyRelation,
    HukumanDisiplin,
    LuarNegeri,
    OrganisasiHistory,
    PenghargaanHistory,
)
from app.domain.nik import InvalidNik, parse_nik
from app.domain.nip import InvalidNip, parse_nip
from app.errors import register_messages
from app.services.history_engine import HistoryCheck, HistoryKind, RecordInput, register

SPOUSES = (FamilyRelation.SUAMI.value, FamilyRelation.ISTRI.value)
RELATION_GENDER = {"suami": "L", "istri": "P", "ayah": "L", "ibu": "P", "ayah_mertua": "L",
                   "ibu_mertua": "P"}
SPOUSE_STATUS = ("menikah", "cerai", "meninggal")
CHILD_STATUS = ("kandung", "tiri", "angkat")
TINGKAT_HUKUMAN = ("ringan", "sedang", "berat")
ORGANISASI_ERA = ("slta", "perguruan_tinggi", "pns")


@dataclass(frozen=True, kw_only=True)
class KeluargaInput(RecordInput):
    relation: str | None = None
    nama: str | None = None
    nik: str | None = None
    nip: str | None = None
    tempat_lahir: str | None = None
    tanggal_lahir: date | None = None
    jenis_kelamin: str | None = None
    tanggal_nikah: date | None = None
    pekerjaan: str | None = None
    status: str | None = None
    tunjangan: bool = False
    sort_order: int = 0


@dataclass(frozen=True, kw_only=True)
class PenghargaanInput(RecordInput):
    nama: str | None = None
    tahun: int | None = None
    sk_nomor: str | None = None
    sk_tanggal: date | None = None
    pemberi: str | None = None


@dataclass(frozen=True, kw_only=True)
class HukumanDisiplinInput(RecordInput):
    jenis: str | None = None
    tingkat: str | None = None
    alasan: str | None = None
    sk_nomor: str | None = None
    sk_tanggal: date | None = None
    tanggal_mulai: date | None = None
    tanggal_selesai: date | None = None
    masa_tahun: int | None = None
    masa_bulan: int | None = None
    peraturan: str | None = None


@dataclass(frozen=True, kw_only=True)
class LuarNegeriInput(RecordInput):
    negara: str | None = None
    tujuan: str | None = None
    tanggal_mulai: date | None = None
    tanggal_selesai: date | None = None
    lama: str | None = None
    pembiaya: str | None = None


@dataclass(frozen=True, kw_only=True)
class OrganisasiInput(RecordInput):
    era: str | None = None
    nama: str | None = None
    kedudukan: str | None = None
    tanggal_mulai: date | None = None
    tanggal_selesai: date | None = None
    tempat: str | None = None
    pimpinan: str | None = None


def _validate_keluarga(check: HistoryCheck) -> None:
    values = check.values
    check.required("relation", "nama")
    check.choice("relation", [r.value for r in FamilyRelation])
    check.choice("jenis_kelamin", ["L", "P"])
    relation = values["relation"]
    implied = RELATION_GENDER.get(relation or "")
    if implied is not None and values["jenis_kelamin"] is None:
        values["jenis_kelamin"] = implied
    elif implied is not None and values["jenis_kelamin"] != implied:
        check.error("jenis_kelamin", "family.gender_relation", relation=relation)
    _identity_numbers(check)
    check.not_future("tanggal_lahir", "tanggal_nikah")
    check.date_order("tanggal_lahir", "tanggal_nikah")
    spouse = relation in SPOUSES
    if values["tanggal_nikah"] is not None and not spouse:
        check.error("tanggal_nikah", "family.nikah_spouse_only")
    if spouse:
        check.choice("status", SPOUSE_STATUS)
    elif relation == FamilyRelation.ANAK.value:
        check.choice("status", CHILD_STATUS)
    values["tunjangan"] = bool(values["tunjangan"])
    if values["tunjangan"] and not (spouse or relation == FamilyRelation.ANAK.value):
        check.error("tunjangan", "family.tunjangan_scope")
    values["sort_order"] = values["sort_order"] or 0


def _identity_numbers(check: HistoryCheck) -> None:
    values = check.values
    if values["nik"] is not None:
        try:
            values["nik"] = parse_nik(values["nik"], today=check.today,
                                      birth_date_hint=values["tanggal_lahir"]).nik
        except InvalidNik as exc:
            check.invalid("nik", exc)
    if values["nip"] is not None:
        try:
            values["nip"] = parse_nip(values["nip"]).nip
        except InvalidNip as exc:
            check.invalid("nip", exc)


def _validate_penghargaan(check: HistoryCheck) -> None:
    values = check.values
    check.required("nama")
    check.not_future("sk_tanggal")
    check.year("tahun")
    if values["tahun"] is None and isinstance(values["sk_tanggal"], date):
        values["tahun"] = values["sk_tanggal"].year


def _validate_hukuman(check: HistoryCheck) -> None:
    check.required("jenis")
    check.choice("tingkat", TINGKAT_HUKUMAN)
    check.not_future("sk_tanggal")
    check.date_order("tanggal_mulai", "tanggal_selesai")
    check.int_range("masa_tahun", 0, 10)
    check.int_range("masa_bulan", 0, 11)


def _validate_luar_negeri(check: HistoryCheck) -> None:
    check.required("negara")
    check.not_future("tanggal_mulai", "tanggal_selesai")
    check.date_order("tanggal_mulai", "tanggal_selesai")


def _validate_organisasi(check: HistoryCheck) -> None:
    check.required("era", "nama")
    check.choice("era", ORGANISASI_ERA)
    check.not_future("tanggal_mulai", "tanggal_selesai")
    check.date_order("tanggal_mulai", "tanggal_selesai")


KELUARGA = register(HistoryKind(
    "keluarga", FamilyMember, KeluargaInput, _validate_keluarga,
    ("sort_order", "tanggal_lahir"), ("keterangan keluarga", "family"),
    unique=("relation", "nama", "tanggal_lahir"),
))
PENGHARGAAN = register(HistoryKind(
    "penghargaan", PenghargaanHistory, PenghargaanInput, _validate_penghargaan,
    ("tahun", "sk_tanggal"), ("tanda jasa/penghargaan", "awards"), unique=("nama", "tahun"),
))
HUKUMAN_DISIPLIN = register(HistoryKind(
    "hukuman_disiplin", HukumanDisiplin, HukumanDisiplinInput, _validate_hukuman,
    ("tanggal_mulai", "sk_tanggal"), ("hukuman disiplin", "disciplinary sanctions"),
    unique=("jenis", "sk_nomor"),
))
LUAR_NEGERI = register(HistoryKind(
    "luar_negeri", LuarNegeri, LuarNegeriInput, _validate_luar_negeri, ("tanggal_mulai",),
    ("pengalaman ke luar negeri", "travel abroad"), unique=("negara", "tanggal_mulai"),
))
ORGANISASI = register(HistoryKind(
    "organisasi", OrganisasiHistory, OrganisasiInput, _validate_organisasi,
    ("tanggal_mulai",), ("keterangan organisasi", "organisations"),
    unique=("era", "nama", "tanggal_mulai"),
))

register_messages(
    {
        "family.gender_relation": (
            "Jenis kelamin tidak cocok dengan hubungan keluarga ({relation}).",
            "The gender does not fit the relation ({relation}).",
        ),
        "family.nikah_spouse_only": (
            "Tanggal nikah hanya diisi untuk suami/istri.",
            "A marriage date is only for a husband or wife.",
        ),
        "family.tunjangan_scope": (
            "Tunjangan keluarga hanya untuk suami/istri dan anak.",
            "The family allowance covers only a spouse and children.",
        ),
    }
)
