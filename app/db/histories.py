"""Career histories of an employee: pangkat, jabatan, pendidikan, KGB, PMK, angka kredit.

Each row is a synced child of :class:`~app.db.personnel.Employee` (``employee_id``, cascade on
purge). The SIASN names of the columns are in :mod:`app.db.siasn_map`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.columns import fk
from app.db.personnel import EmployeeRecord


class PangkatHistory(EmployeeRecord, Base):
    """Riwayat pangkat/golongan (SIASN rw-golongan). PPPK rows carry their golongan I…XVII."""

    __tablename__ = "pangkat_history"

    golongan_code: Mapped[str] = mapped_column(String(8))
    tmt: Mapped[date]
    sk_nomor: Mapped[str | None] = mapped_column(String(100))
    sk_tanggal: Mapped[date | None]
    sk_pejabat: Mapped[str | None] = mapped_column(String(150))
    pertek_nomor: Mapped[str | None] = mapped_column(String(100))
    pertek_tanggal: Mapped[date | None]
    jenis_kp: Mapped[str | None] = mapped_column(String(40))  # reguler, pilihan, …
    mkg_tahun: Mapped[int | None]
    mkg_bulan: Mapped[int | None]
    gaji_pokok: Mapped[int | None]  # rupiah
    angka_kredit_utama: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    angka_kredit_tambahan: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    peraturan: Mapped[str | None] = mapped_column(String(100))  # DRH "peraturan dasar"


class JabatanHistory(EmployeeRecord, Base):
    """Riwayat jabatan (SIASN rw-jabatan). ``unit_name`` keeps the unit's name as it was, and
    names units of other instansi that are not in our OPD tree."""

    __tablename__ = "jabatan_history"

    unit_id: Mapped[str | None] = mapped_column(fk("org_unit.id", "RESTRICT"), index=True)
    unit_name: Mapped[str | None] = mapped_column(String(250))
    instansi: Mapped[str | None] = mapped_column(String(200))
    jabatan_id: Mapped[str | None] = mapped_column(fk("jabatan.id", "RESTRICT"))
    jabatan_name: Mapped[str] = mapped_column(String(250))
    jabatan_kind: Mapped[str | None] = mapped_column(String(24))
    jenjang: Mapped[str | None] = mapped_column(String(24))
    eselon: Mapped[str | None] = mapped_column(String(8))
    tmt: Mapped[date]
    tmt_selesai: Mapped[date | None]
    tmt_pelantikan: Mapped[date | None]
    sk_nomor: Mapped[str | None] = mapped_column(String(100))
    sk_tanggal: Mapped[date | None]
    sk_pejabat: Mapped[str | None] = mapped_column(String(150))
    jenis_mutasi: Mapped[str | None] = mapped_column(String(40))


class PendidikanHistory(EmployeeRecord, Base):
    """Riwayat pendidikan formal (SIASN rw-pendidikan; DRH section 2)."""

    __tablename__ = "pendidikan_history"

    level_code: Mapped[str] = mapped_column(String(8))  # EducationLevel.code: SD … S3
    school: Mapped[str | None] = mapped_column(String(200))
    jurusan: Mapped[str | None] = mapped_column(String(200))
    ijazah_nomor: Mapped[str | None] = mapped_column(String(100))
    tanggal_lulus: Mapped[date | None]
    tahun_lulus: Mapped[int | None]
    tempat: Mapped[str | None] = mapped_column(String(150))
    kepala_nama: Mapped[str | None] = mapped_column(String(150))  # kepala sekolah / rektor
    gelar_depan: Mapped[str | None] = mapped_column(String(40))
    gelar_belakang: Mapped[str | None] = mapped_column(String(80))
    luar_negeri: Mapped[bool] = mapped_column(default=False)
    is_first: Mapped[bool] = mapped_column(default=False)  # pendidikan saat pengangkatan
    is_last: Mapped[bool] = mapped_column(default=False)  # pendidikan terakhir (diakui)


class KgbHistory(EmployeeRecord, Base):
    """Riwayat kenaikan gaji berkala (domain.md §4.3)."""

    __tablename__ = "kgb_history"

    tmt: Mapped[date]
    sk_nomor: Mapped[str | None] = mapped_column(String(100))
    sk_tanggal: Mapped[date | None]
    sk_pejabat: Mapped[str | None] = mapped_column(String(150))
    golongan_code: Mapped[str | None] = mapped_column(String(8))
    mkg_tahun: Mapped[int | None]
    mkg_bulan: Mapped[int | None]
    gaji_pokok_lama: Mapped[int | None]
    gaji_pokok_baru: Mapped[int | None]


class PmkHistory(EmployeeRecord, Base):
    """Peninjauan masa kerja: prior service credited to MKG/MKS (SIASN rw-masakerja)."""

    __tablename__ = "pmk_history"

    pengalaman: Mapped[str] = mapped_column(String(250))
    tanggal_mulai: Mapped[date | None]
    tanggal_selesai: Mapped[date | None]
    mkg_tahun: Mapped[int] = mapped_column(default=0)
    mkg_bulan: Mapped[int] = mapped_column(default=0)
    sk_nomor: Mapped[str | None] = mapped_column(String(100))
    sk_tanggal: Mapped[date | None]
    bkn_nomor: Mapped[str | None] = mapped_column(String(100))
    bkn_tanggal: Mapped[date | None]


class AngkaKreditHistory(EmployeeRecord, Base):
    """Penetapan angka kredit of a jabatan fungsional (SIASN rw-angkakredit)."""

    __tablename__ = "angka_kredit_history"

    sk_nomor: Mapped[str | None] = mapped_column(String(100))
    sk_tanggal: Mapped[date | None]
    periode_mulai: Mapped[date | None]
    periode_selesai: Mapped[date | None]
    jabatan_name: Mapped[str | None] = mapped_column(String(250))
    kredit_utama: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    kredit_penunjang: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    kredit_total: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    is_first: Mapped[bool] = mapped_column(default=False)
    is_integrasi: Mapped[bool] = mapped_column(default=False)
    is_konversi: Mapped[bool] = mapped_column(default=False)
