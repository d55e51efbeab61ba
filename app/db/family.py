"""Keluarga and the other DRH sections: penghargaan, hukuman disiplin, luar negeri, organisasi."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.personnel import EmployeeRecord


class FamilyRelation(StrEnum):
    SUAMI = "suami"
    ISTRI = "istri"
    ANAK = "anak"
    AYAH = "ayah"
    IBU = "ibu"
    AYAH_MERTUA = "ayah_mertua"
    IBU_MERTUA = "ibu_mertua"
    SAUDARA = "saudara"


class FamilyMember(EmployeeRecord, Base):
    """A member of the employee's family (SIASN data-pasangan/anak/ortu; DRH section 6).

    ``tunjangan`` marks a spouse/child counted for the family allowance; ``status`` is the
    marriage state for a spouse (``menikah``/``cerai``/``meninggal``) or the kind of child
    (``kandung``/``tiri``/``angkat``).
    """

    __tablename__ = "family_member"

    relation: Mapped[str] = mapped_column(String(12))
    nama: Mapped[str] = mapped_column(String(150))
    nik: Mapped[str | None] = mapped_column(String(16))
    nip: Mapped[str | None] = mapped_column(String(18))  # when the spouse is an ASN too
    tempat_lahir: Mapped[str | None] = mapped_column(String(100))
    tanggal_lahir: Mapped[date | None]
    jenis_kelamin: Mapped[str | None] = mapped_column(String(1))
    tanggal_nikah: Mapped[date | None]
    pekerjaan: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str | None] = mapped_column(String(16))
    tunjangan: Mapped[bool] = mapped_column(default=False)
    sort_order: Mapped[int] = mapped_column(default=0)


class PenghargaanHistory(EmployeeRecord, Base):
    """Tanda jasa / penghargaan (SIASN rw-penghargaan; DRH section 4)."""

    __tablename__ = "penghargaan_history"

    nama: Mapped[str] = mapped_column(String(200))  # "Satyalencana Karya Satya 20 Tahun"
    tahun: Mapped[int | None]
    sk_nomor: Mapped[str | None] = mapped_column(String(100))
    sk_tanggal: Mapped[date | None]
    pemberi: Mapped[str | None] = mapped_column(String(200))  # negara/instansi pemberi


class HukumanDisiplin(EmployeeRecord, Base):
    """A disciplinary sanction (SIASN rw-hukdis); ``tingkat`` ringan/sedang/berat."""

    __tablename__ = "hukuman_disiplin"

    jenis: Mapped[str] = mapped_column(String(150))
    tingkat: Mapped[str | None] = mapped_column(String(8))
    alasan: Mapped[str | None] = mapped_column(Text)
    sk_nomor: Mapped[str | None] = mapped_column(String(100))
    sk_tanggal: Mapped[date | None]
    tanggal_mulai: Mapped[date | None]
    tanggal_selesai: Mapped[date | None]
    masa_tahun: Mapped[int | None]
    masa_bulan: Mapped[int | None]
    peraturan: Mapped[str | None] = mapped_column(String(100))  # "PP 94/2021"


class LuarNegeri(EmployeeRecord, Base):
    """Pengalaman ke luar negeri (DRH section 5)."""

    __tablename__ = "luar_negeri"

    negara: Mapped[str] = mapped_column(String(100))
    tujuan: Mapped[str | None] = mapped_column(String(250))
    tanggal_mulai: Mapped[date | None]
    tanggal_selesai: Mapped[date | None]
    lama: Mapped[str | None] = mapped_column(String(60))  # as written: "2 minggu"
    pembiaya: Mapped[str | None] = mapped_column(String(150))


class OrganisasiHistory(EmployeeRecord, Base):
    """Keterangan organisasi (DRH section 7); ``era`` slta / perguruan_tinggi / pns."""

    __tablename__ = "organisasi_history"

    era: Mapped[str] = mapped_column(String(20))
    nama: Mapped[str] = mapped_column(String(200))
    kedudukan: Mapped[str | None] = mapped_column(String(120))
    tanggal_mulai: Mapped[date | None]
    tanggal_selesai: Mapped[date | None]
    tempat: Mapped[str | None] = mapped_column(String(150))
    pimpinan: Mapped[str | None] = mapped_column(String(150))
