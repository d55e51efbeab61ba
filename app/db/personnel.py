"""The employee: identity, contacts, employment, and denormalised "current" columns.

The ``current_*`` columns repeat the latest pangkat, jabatan and pendidikan history rows so the
personnel list can filter and sort 100,000 rows on indexed columns without joins. Whoever writes
a history row keeps them in step (the history services); they travel in the ``grade``,
``employment`` and ``education`` change units like any other column.

``nama_search`` is ``nama`` folded to lowercase ASCII words (:func:`fold_search`), kept in step
by the ORM whenever ``nama`` is set. Prefix search is a range on the list index
``(office_code, deleted, nama_search)``: ``nama_search >= p AND nama_search < p + "\\x7f"``
(see :func:`name_prefix_bounds`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum

from sqlalchemy import CheckConstraint, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from app.db.base import Base, Synced
from app.db.columns import fk


class JenisPegawai(StrEnum):
    PNS = "PNS"
    CPNS = "CPNS"
    PPPK = "PPPK"


class EmployeeStatus(StrEnum):
    """Kedudukan pegawai."""

    AKTIF = "aktif"
    CLTN = "cltn"  # cuti di luar tanggungan negara
    TUGAS_BELAJAR = "tugas_belajar"
    DIBERHENTIKAN_SEMENTARA = "diberhentikan_sementara"
    PENSIUN = "pensiun"
    MENINGGAL = "meninggal"
    BERHENTI = "berhenti"
    PINDAH_KELUAR = "pindah_keluar"


ACTIVE_STATUSES = frozenset(
    {EmployeeStatus.AKTIF, EmployeeStatus.CLTN, EmployeeStatus.TUGAS_BELAJAR,
     EmployeeStatus.DIBERHENTIKAN_SEMENTARA}
)

_APOSTROPHES = str.maketrans("", "", "'`\u2018\u2019\u02bc")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold_search(text: str | None) -> str:
    """Lowercase ASCII words separated by single spaces: ``"Ma'ruf  Éko"`` → ``"maruf eko"``.

    Apply the same folding to what the user types before comparing with ``nama_search``.
    """
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_APOSTROPHES))
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(_NON_WORD.sub(" ", ascii_text).split())


def name_prefix_bounds(typed: str) -> tuple[str, str] | None:
    """``(low, high)`` for ``low <= nama_search < high``; None when nothing searchable was typed.

    A range (not ``LIKE``) uses the B-tree index on both SQLite and PostgreSQL. A trailing
    space is kept, so ``"siti "`` finds "Siti Aminah" but not "Sitiawati".
    """
    prefix = fold_search(typed)
    if not prefix:
        return None
    if typed[-1:].isspace():
        prefix += " "
    return prefix, prefix + "\x7f"


# Byte order on PostgreSQL whatever the server's locale, so the prefix range means the same on
# every install (an en_US collation ignores spaces); SQLite compares bytes already.
SEARCH_KEY = String(150).with_variant(String(150, collation="C"), "postgresql")


class Employee(Synced, Base):
    """A PNS, CPNS or PPPK. ``nip`` holds the NIP, or the NI PPPK for PPPK (both 18 digits)."""

    __tablename__ = "employee"
    __table_args__ = (
        Index("ix_employee_list_name", "office_code", "deleted", "nama_search"),
        CheckConstraint("jenis_kelamin IN ('L', 'P')", name="jenis_kelamin"),
    )
    __sync_units__: dict[str, tuple[str, ...]] = {
        "identity": (
            "nik", "nama", "nama_search", "gelar_depan", "gelar_belakang", "tempat_lahir",
            "tanggal_lahir", "jenis_kelamin", "agama_id", "status_perkawinan_id",
            "golongan_darah", "npwp", "bpjs", "tinggi_badan", "berat_badan", "rambut",
            "bentuk_muka", "warna_kulit", "ciri_khas", "cacat_tubuh", "hobi",
        ),
        "contact": (
            "alamat", "rt", "rw", "kelurahan", "kecamatan", "kabupaten_kota", "provinsi",
            "kode_pos", "kode_wilayah", "telepon", "email",
        ),
        "employment": (
            "nip", "nip_lama", "jenis_pegawai", "status", "tmt_status", "tmt_cpns", "tmt_pns",
            "sk_cpns_nomor", "sk_cpns_tanggal", "sk_pns_nomor", "sk_pns_tanggal",
            "sttpl_nomor", "sttpl_tanggal", "karpeg", "karis_karsu", "taspen",
            "current_unit_id", "current_jabatan_id", "current_jabatan_name",
            "current_jabatan_kind", "current_jabatan_jenjang", "current_eselon", "tmt_jabatan",
        ),
        "grade": (
            "current_golongan_code", "current_golongan_ordinal", "tmt_golongan",
            "mkg_tahun", "mkg_bulan",
        ),
        "education": ("current_pendidikan_code", "current_pendidikan_ordinal"),
    }
    # Non-personal codes whose old → new values may appear in the audit log.
    __audit_safe__ = frozenset({
        "jenis_pegawai", "status", "current_unit_id", "current_jabatan_id",
        "current_jabatan_kind", "current_jabatan_jenjang", "current_eselon",
        "current_golongan_code", "current_golongan_ordinal", "current_pendidikan_code",
        "current_pendidikan_ordinal",
    })

    # Identity
    nip: Mapped[str | None] = mapped_column(String(18), unique=True)
    nip_lama: Mapped[str | None] = mapped_column(String(20))
    nik: Mapped[str | None] = mapped_column(String(16), unique=True)
    nama: Mapped[str] = mapped_column(String(150))
    nama_search: Mapped[str] = mapped_column(SEARCH_KEY, default="")
    gelar_depan: Mapped[str | None] = mapped_column(String(40))
    gelar_belakang: Mapped[str | None] = mapped_column(String(80))
    tempat_lahir: Mapped[str | None] = mapped_column(String(100))
    tanggal_lahir: Mapped[date | None]
    jenis_kelamin: Mapped[str | None] = mapped_column(String(1))
    agama_id: Mapped[str | None] = mapped_column(fk("religion.id", "RESTRICT"))
    status_perkawinan_id: Mapped[str | None] = mapped_column(fk("marital_status.id", "RESTRICT"))
    golongan_darah: Mapped[str | None] = mapped_column(String(3))
    npwp: Mapped[str | None] = mapped_column(String(25))
    bpjs: Mapped[str | None] = mapped_column(String(25))
    # Keterangan badan and hobby (DRH section 1)
    tinggi_badan: Mapped[int | None]  # cm
    berat_badan: Mapped[int | None]  # kg
    rambut: Mapped[str | None] = mapped_column(String(40))
    bentuk_muka: Mapped[str | None] = mapped_column(String(40))
    warna_kulit: Mapped[str | None] = mapped_column(String(40))
    ciri_khas: Mapped[str | None] = mapped_column(String(120))
    cacat_tubuh: Mapped[str | None] = mapped_column(String(120))
    hobi: Mapped[str | None] = mapped_column(String(120))

    # Contact
    alamat: Mapped[str | None] = mapped_column(Text)
    rt: Mapped[str | None] = mapped_column(String(4))
    rw: Mapped[str | None] = mapped_column(String(4))
    kelurahan: Mapped[str | None] = mapped_column(String(100))
    kecamatan: Mapped[str | None] = mapped_column(String(100))
    kabupaten_kota: Mapped[str | None] = mapped_column(String(100))
    provinsi: Mapped[str | None] = mapped_column(String(100))
    kode_pos: Mapped[str | None] = mapped_column(String(10))
    kode_wilayah: Mapped[str | None] = mapped_column(String(13))  # "15.02.02.1001"
    telepon: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(120))

    # Employment
    jenis_pegawai: Mapped[str] = mapped_column(
        String(4), default=JenisPegawai.PNS.value, index=True
    )
    status: Mapped[str] = mapped_column(
        String(24), default=EmployeeStatus.AKTIF.value, index=True
    )
    tmt_status: Mapped[date | None]
    tmt_cpns: Mapped[date | None]
    tmt_pns: Mapped[date | None]
    sk_cpns_nomor: Mapped[str | None] = mapped_column(String(100))
    sk_cpns_tanggal: Mapped[date | None]
    sk_pns_nomor: Mapped[str | None] = mapped_column(String(100))
    sk_pns_tanggal: Mapped[date | None]
    sttpl_nomor: Mapped[str | None] = mapped_column(String(100))
    sttpl_tanggal: Mapped[date | None]
    karpeg: Mapped[str | None] = mapped_column(String(25))
    karis_karsu: Mapped[str | None] = mapped_column(String(25))
    taspen: Mapped[str | None] = mapped_column(String(25))

    # Current position (denormalised from JabatanHistory)
    current_unit_id: Mapped[str | None] = mapped_column(fk("org_unit.id", "RESTRICT"), index=True)
    current_jabatan_id: Mapped[str | None] = mapped_column(fk("jabatan.id", "RESTRICT"))
    current_jabatan_name: Mapped[str | None] = mapped_column(String(250))
    current_jabatan_kind: Mapped[str | None] = mapped_column(String(24), index=True)
    current_jabatan_jenjang: Mapped[str | None] = mapped_column(String(24))
    current_eselon: Mapped[str | None] = mapped_column(String(8))
    tmt_jabatan: Mapped[date | None]
    # Current grade (denormalised from PangkatHistory)
    current_golongan_code: Mapped[str | None] = mapped_column(String(8))
    current_golongan_ordinal: Mapped[int | None] = mapped_column(index=True)
    tmt_golongan: Mapped[date | None]
    mkg_tahun: Mapped[int | None]  # MKG on the SK of the current pangkat
    mkg_bulan: Mapped[int | None]
    # Highest education (denormalised from PendidikanHistory)
    current_pendidikan_code: Mapped[str | None] = mapped_column(String(8))
    current_pendidikan_ordinal: Mapped[int | None]

    @validates("nama")
    def _keep_search_key(self, _key: str, value: str) -> str:
        self.nama_search = fold_search(value)
        return value

    @property
    def nama_lengkap(self) -> str:
        """Name with academic titles as printed: ``"Dr. Siti Aminah, S.E., M.M."``."""
        text = f"{self.gelar_depan} {self.nama}" if self.gelar_depan else self.nama
        return f"{text}, {self.gelar_belakang}" if self.gelar_belakang else text


class EmployeePhoto(Synced, Base):
    """The pas foto, kept apart so employee rows stay light. A small JPEG (≤ ~100 KB)."""

    __tablename__ = "employee_photo"

    employee_id: Mapped[str] = mapped_column(fk("employee.id", "CASCADE"), unique=True)
    content_type: Mapped[str] = mapped_column(String(40), default="image/jpeg")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RecordSource(StrEnum):
    LOCAL = "local"
    SIASN = "siasn"
    INTAKE = "intake"


class EmployeeRecord(Synced):
    """Columns of every per-employee history row (pangkat, jabatan, pendidikan, …).

    ``source`` says where the row came from; ``siasn_id`` is the SIASN riwayat id when known,
    so a later SIASN exchange can recognise the row (domain.md §10).
    """

    employee_id: Mapped[str] = mapped_column(fk("employee.id", "CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(8), default=RecordSource.LOCAL.value)
    siasn_id: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str | None] = mapped_column(Text)
