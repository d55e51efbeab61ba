"""Reference tables maintained by the province (``office_code = "15"``) and sent down in bundles.

Each table is small and typed. Rows are identified by ``code`` everywhere outside the database
(bundles, spreadsheets, domain rules); histories store the code (``"III/b"``, ``"S1"``,
``"II.a"``) so that a record stays readable even when a reference row is retired.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Synced


class CodedRow(Synced):
    """A reference row: a stable ``code``, an order for lists and an ``active`` flag."""

    code: Mapped[str] = mapped_column(String(32), unique=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class GolonganKind(StrEnum):
    PNS = "PNS"
    PPPK = "PPPK"


class Golongan(CodedRow, Base):
    """PNS golongan/ruang I/a…IV/e and PPPK golongan I…XVII (domain.md §2.1–2.2).

    ``ordinal`` is 1..17 within each kind (for DUK ordering and ranges); ``pns_equivalent``
    is the PNS code a PPPK golongan is paid like (``"IX"`` → ``"III/a"``).
    """

    __tablename__ = "golongan"
    __table_args__ = (UniqueConstraint("kind", "ordinal", name="uq_golongan_kind_ordinal"),)

    kind: Mapped[str] = mapped_column(String(4))
    ordinal: Mapped[int]
    pangkat: Mapped[str | None] = mapped_column(String(60))  # PNS only: "Penata Muda Tingkat I"
    group_name: Mapped[str | None] = mapped_column(String(20))  # "Juru" … "Pembina"
    pns_equivalent: Mapped[str | None] = mapped_column(String(8))


class JabatanKind(StrEnum):
    """Jenis jabatan (UU 5/2014; PP 11/2017), domain.md §2.3."""

    JPT_UTAMA = "jpt_utama"
    JPT_MADYA = "jpt_madya"
    JPT_PRATAMA = "jpt_pratama"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    PELAKSANA = "pelaksana"
    FUNGSIONAL_KEAHLIAN = "fungsional_keahlian"
    FUNGSIONAL_KETERAMPILAN = "fungsional_keterampilan"


class PelaksanaCategory(StrEnum):
    """PermenPANRB 45/2022 groups of jabatan pelaksana."""

    KLEREK = "klerek"
    OPERATOR = "operator"
    TEKNISI = "teknisi"


class Jabatan(Synced, Base):
    """The jabatan catalogue (nomenklatur) with what the rules need from it.

    ``jenjang`` is the JF level (``ahli_pertama`` … ``ahli_utama``, ``pemula`` … ``penyelia``);
    ``bup`` overrides the retirement age of the jabatan kind (guru 60, dosen 65…) when set.
    """

    __tablename__ = "jabatan"

    code: Mapped[str | None] = mapped_column(String(64), unique=True)  # SIASN id when known
    name: Mapped[str] = mapped_column(String(250), index=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)
    jenjang: Mapped[str | None] = mapped_column(String(24))
    eselon: Mapped[str | None] = mapped_column(String(8))
    bup: Mapped[int | None]
    kelas_jabatan: Mapped[int | None]
    pelaksana_category: Mapped[str | None] = mapped_column(String(12))
    active: Mapped[bool] = mapped_column(default=True)


class Eselon(CodedRow, Base):
    """Eselon I.a … V.b (``ordinal`` 1 = I.a, the highest); domain.md §2.4."""

    __tablename__ = "eselon"

    name: Mapped[str] = mapped_column(String(40))
    ordinal: Mapped[int]
    jabatan_kind: Mapped[str | None] = mapped_column(String(24))


class EducationLevel(CodedRow, Base):
    """Tingkat pendidikan SD, SMP, SMA, D-I…D-IV, S1, S2, S3 (codes of
    ``app.domain.pendidikan.Pendidikan``; ``ordinal`` grows with the level)."""

    __tablename__ = "education_level"

    name: Mapped[str] = mapped_column(String(60))
    ordinal: Mapped[int]


class Religion(CodedRow, Base):
    __tablename__ = "religion"

    name: Mapped[str] = mapped_column(String(40))


class MaritalStatus(CodedRow, Base):
    __tablename__ = "marital_status"

    name: Mapped[str] = mapped_column(String(40))


class TrainingKind(StrEnum):
    KLASIKAL = "klasikal"
    NONKLASIKAL = "nonklasikal"


class TrainingType(CodedRow, Base):
    """Bentuk pengembangan kompetensi: kursus, bimtek, seminar, coaching, e-learning… (§5)."""

    __tablename__ = "training_type"

    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(12))


class BerakhlakValue(CodedRow, Base):
    """One of the seven BerAKHLAK core values (SE MenPANRB 20/2021), domain.md §6.3.

    ``behaviours`` is a JSON list of the panduan perilaku sentences.
    """

    __tablename__ = "berakhlak_value"

    name: Mapped[str] = mapped_column(String(60))
    meaning: Mapped[str | None] = mapped_column(Text)
    behaviours: Mapped[str] = mapped_column(Text, default="[]")
