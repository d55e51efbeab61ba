"""Offices, the OPD tree of each office, and office-level settings that travel in bundles."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Synced
from app.db.columns import fk

PROVINCE_CODE = "15"


class OfficeKind(StrEnum):
    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"


class Office(Synced, Base):
    """A personnel office: the province (``15``) or a regency/city (``15.01``…``15.72``).

    ``code`` is the Kemendagri region code and never changes. The row is owned by the office
    itself (``office_code == code``) so each office keeps its own letterhead current.
    """

    __tablename__ = "office"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    region_name: Mapped[str] = mapped_column(String(120))  # "Kabupaten Merangin"
    name: Mapped[str] = mapped_column(String(200))  # "BKPSDM Kabupaten Merangin"
    # Letterhead ("kop surat") and signature block.
    instansi_name: Mapped[str | None] = mapped_column(String(200))  # "Pemerintah Kabupaten …"
    agency_name: Mapped[str | None] = mapped_column(String(250))  # full name of the BKPSDM/BKD
    address: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(String(10))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(120))
    city: Mapped[str | None] = mapped_column(String(80))  # place on signatures: "Bangko"
    head_name: Mapped[str | None] = mapped_column(String(150))
    head_nip: Mapped[str | None] = mapped_column(String(18))
    head_pangkat: Mapped[str | None] = mapped_column(String(80))
    head_jabatan: Mapped[str | None] = mapped_column(String(200))


class OrgUnitKind(StrEnum):
    SEKRETARIAT_DAERAH = "sekretariat_daerah"
    SEKRETARIAT_DPRD = "sekretariat_dprd"
    INSPEKTORAT = "inspektorat"
    DINAS = "dinas"
    BADAN = "badan"
    KANTOR = "kantor"
    KECAMATAN = "kecamatan"
    KELURAHAN = "kelurahan"
    BAGIAN = "bagian"
    BIDANG = "bidang"
    SEKRETARIAT = "sekretariat"
    SUBBAGIAN = "subbagian"
    SEKSI = "seksi"
    UPT = "upt"
    SEKOLAH = "sekolah"
    PUSKESMAS = "puskesmas"
    RUMAH_SAKIT = "rumah_sakit"
    LAINNYA = "lainnya"


class OrgUnit(Synced, Base):
    """One node of an office's OPD tree (``parent_id`` is NULL for the OPD itself).

    Units are deactivated (``active = False``), not deleted, once employees have pointed at
    them; the foreign keys from employees and jabatan histories restrict physical deletes.
    """

    __tablename__ = "org_unit"
    __table_args__ = (Index("ix_org_unit_office_parent", "office_code", "parent_id"),)

    parent_id: Mapped[str | None] = mapped_column(fk("org_unit.id", "RESTRICT"))
    name: Mapped[str] = mapped_column(String(250))
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(24))
    eselon: Mapped[str | None] = mapped_column(String(8))  # eselon of the unit's head
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    siasn_unor_id: Mapped[str | None] = mapped_column(String(64))


class Setting(Synced, Base):
    """An office-level setting that travels in bundles (thresholds, letterhead overrides…).

    ``value`` is JSON text. Per-user UI state never lives here (that is QSettings).
    """

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("office_code", "key", name="uq_setting_office_key"),)

    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text, default="null")
