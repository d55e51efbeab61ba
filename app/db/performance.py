"""Appraisal records beside the SKP: organisation results, public feedback, legacy scores
(DP3, PP 46/2011, PermenPANRB 8/2021) and talent assessments (9-box)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Synced
from app.db.columns import fk
from app.db.personnel import EmployeeRecord


class OrgPerformance(Synced, Base):
    """Capaian kinerja organisasi of the office (``unit_id`` NULL) or one unit, per year:
    istimewa / baik / butuh_perbaikan / kurang / sangat_kurang (domain.md §6.2)."""

    __tablename__ = "org_performance"
    __table_args__ = (
        UniqueConstraint("office_code", "unit_id", "year", name="uq_org_performance_unit_year"),
    )

    unit_id: Mapped[str | None] = mapped_column(fk("org_unit.id", "RESTRICT"))
    year: Mapped[int]
    result: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)


class PublicFeedback(Synced, Base):
    """Umpan balik masyarakat about a unit or an employee, rated 1..5."""

    __tablename__ = "public_feedback"
    __table_args__ = (CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),)

    received_on: Mapped[date]
    channel: Mapped[str] = mapped_column(String(30))  # kotak saran, survei, telepon, media sosial
    unit_id: Mapped[str | None] = mapped_column(fk("org_unit.id", "SET NULL"), index=True)
    employee_id: Mapped[str | None] = mapped_column(fk("employee.id", "SET NULL"), index=True)
    rating: Mapped[int]
    text: Mapped[str | None] = mapped_column(Text)


class Regime(StrEnum):
    """Which rules a kinerja record follows (domain.md §6.6)."""

    DP3_1979 = "DP3_1979"
    PP46_2011 = "PP46_2011"
    PM8_2021 = "PM8_2021"
    PM6_2022 = "PM6_2022"


class LegacyAppraisal(EmployeeRecord, Base):
    """A yearly score under an old regime, as recorded (SIASN rw-dp3 / rw-skp).

    ``scores`` is JSON ``{element: score}`` with the regime's element names (DP3: kesetiaan,
    prestasi_kerja, …; PP 46/2011: orientasi_pelayanan, integritas, …).
    """

    __tablename__ = "legacy_appraisal"
    __table_args__ = (
        UniqueConstraint("employee_id", "year", "regime", name="uq_legacy_appraisal_year"),
    )

    year: Mapped[int]
    regime: Mapped[str] = mapped_column(String(10))
    scores: Mapped[str] = mapped_column(Text, default="{}")
    skp_score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))  # PP 46/2011: nilai SKP
    perilaku_score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    total: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))  # jumlah / nilai prestasi
    average: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))  # DP3 nilai rata-rata
    sebutan: Mapped[str | None] = mapped_column(String(30))  # "Amat Baik", "Baik", …
    penilai_nama: Mapped[str | None] = mapped_column(String(200))
    penilai_nip: Mapped[str | None] = mapped_column(String(18))
    atasan_nama: Mapped[str | None] = mapped_column(String(200))
    atasan_nip: Mapped[str | None] = mapped_column(String(18))


class TalentAssessment(EmployeeRecord, Base):
    """A talent-management placement (PermenPANRB 3/2020): kinerja × potensial → box 1..9.

    ``potential`` rendah/menengah/tinggi, ``kinerja`` di_bawah/sesuai/di_atas; ``box`` as
    computed with the office's configured numbering at the time.
    """

    __tablename__ = "talent_assessment"
    __table_args__ = (CheckConstraint("box BETWEEN 1 AND 9", name="box"),)

    year: Mapped[int]
    assessed_on: Mapped[date | None]
    potential: Mapped[str] = mapped_column(String(10))
    kinerja: Mapped[str] = mapped_column(String(10))
    box: Mapped[int | None]
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    assessor: Mapped[str | None] = mapped_column(String(200))  # assessment centre / source
