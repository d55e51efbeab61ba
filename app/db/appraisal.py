"""SKP under PermenPANRB 6/2022 (domain.md §6.1–6.5): periods, the SKP with its RHK,
indicators and BerAKHLAK behaviour, continuous feedback, periodic evaluations, objections.

Identity blocks on the printed forms (pegawai, pejabat penilai, atasan penilai) are stored as
snapshots on the SKP, because the forms must keep showing the pangkat/jabatan at the time even
after the people move on; ``penilai_employee_id``/``atasan_employee_id`` link to our employee
when the official is in our database (non-PNS officials have no NIP).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Synced
from app.db.columns import fk


class PeriodKind(StrEnum):
    PERIODIC = "periodic"  # triwulan / semester
    ANNUAL = "annual"  # evaluasi akhir


class AppraisalPeriod(Synced, Base):
    """An evaluation period of a year: ``sequence`` 1..4 (triwulan) or 1..2 (semester) for
    periodic ones, 0 for the annual evaluation."""

    __tablename__ = "appraisal_period"
    __table_args__ = (
        UniqueConstraint(
            "office_code", "year", "kind", "sequence", name="uq_appraisal_period_slot"
        ),
    )

    year: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    sequence: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(60))  # "Triwulan I", "Akhir"
    start_date: Mapped[date]
    end_date: Mapped[date]
    status: Mapped[str] = mapped_column(String(8), default="open")  # open / closed


class SkpStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"  # disepakati/ditetapkan with the penilai
    EVALUATED = "evaluated"
    FINAL = "final"


class Rating(StrEnum):
    DI_ATAS = "di_atas"
    SESUAI = "sesuai"
    DI_BAWAH = "di_bawah"


class Predikat(StrEnum):
    SANGAT_BAIK = "sangat_baik"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh_perbaikan"
    KURANG = "kurang"  # "Kurang/Misconduct"
    SANGAT_KURANG = "sangat_kurang"


class Skp(Synced, Base):
    """One employee's SKP for a year, from plan to final evaluation.

    At most one live (non-deleted) SKP per employee and year (partial unique index): when a
    jabatan changes mid-year the period is narrowed with ``period_start``/``period_end`` and
    the same SKP carries on. Who/when columns hold user ids (``app_user.id``) as text.
    """

    __tablename__ = "skp"
    __table_args__ = (
        Index(
            "ux_skp_employee_year_live",
            "employee_id",
            "year",
            unique=True,
            sqlite_where=text("NOT deleted"),
            postgresql_where=text("NOT deleted"),
        ),
    )

    employee_id: Mapped[str] = mapped_column(fk("employee.id", "CASCADE"), index=True)
    year: Mapped[int]
    period_start: Mapped[date]
    period_end: Mapped[date]
    approach: Mapped[str] = mapped_column(String(12), default="kuantitatif")
    regime: Mapped[str] = mapped_column(String(10), default="PM6_2022")
    # Pegawai yang dinilai, as at the SKP
    pegawai_nama: Mapped[str | None] = mapped_column(String(200))
    pegawai_nip: Mapped[str | None] = mapped_column(String(18))
    pegawai_pangkat: Mapped[str | None] = mapped_column(String(100))
    pegawai_jabatan: Mapped[str | None] = mapped_column(String(250))
    pegawai_jabatan_kind: Mapped[str | None] = mapped_column(String(24))
    pegawai_unit: Mapped[str | None] = mapped_column(String(250))
    # Pejabat penilai kinerja
    penilai_employee_id: Mapped[str | None] = mapped_column(fk("employee.id", "SET NULL"))
    penilai_nama: Mapped[str | None] = mapped_column(String(200))
    penilai_nip: Mapped[str | None] = mapped_column(String(18))
    penilai_pangkat: Mapped[str | None] = mapped_column(String(100))
    penilai_jabatan: Mapped[str | None] = mapped_column(String(250))
    penilai_unit: Mapped[str | None] = mapped_column(String(250))
    # Atasan pejabat penilai kinerja
    atasan_employee_id: Mapped[str | None] = mapped_column(fk("employee.id", "SET NULL"))
    atasan_nama: Mapped[str | None] = mapped_column(String(200))
    atasan_nip: Mapped[str | None] = mapped_column(String(18))
    atasan_pangkat: Mapped[str | None] = mapped_column(String(100))
    atasan_jabatan: Mapped[str | None] = mapped_column(String(250))
    atasan_unit: Mapped[str | None] = mapped_column(String(250))
    # Workflow
    status: Mapped[str] = mapped_column(String(10), default=SkpStatus.DRAFT.value)
    agreed_at: Mapped[datetime | None]
    agreed_by: Mapped[str | None] = mapped_column(String(36))
    evaluated_at: Mapped[datetime | None]
    evaluated_by: Mapped[str | None] = mapped_column(String(36))
    finalized_at: Mapped[datetime | None]
    finalized_by: Mapped[str | None] = mapped_column(String(36))
    # Result (annual)
    rating_hasil_kerja: Mapped[str | None] = mapped_column(String(8))
    rating_perilaku: Mapped[str | None] = mapped_column(String(8))
    predikat: Mapped[str | None] = mapped_column(String(16))
    capaian_organisasi: Mapped[str | None] = mapped_column(String(16))  # snapshot
    catatan: Mapped[str | None] = mapped_column(Text)  # catatan/rekomendasi
    employee_response: Mapped[str | None] = mapped_column(Text)


class SkpRhk(Synced, Base):
    """A rencana hasil kerja; ``parent_rhk_id`` is the leader's RHK it cascades from
    ("RHK pimpinan yang diintervensi"), ``parent_rhk_text`` its wording when the leader's SKP
    is not in our database."""

    __tablename__ = "skp_rhk"

    skp_id: Mapped[str] = mapped_column(fk("skp.id", "CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="utama")  # utama / tambahan
    parent_rhk_id: Mapped[str | None] = mapped_column(fk("skp_rhk.id", "SET NULL"), index=True)
    parent_rhk_text: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    penugasan_dari: Mapped[str | None] = mapped_column(String(250))
    perspektif: Mapped[str | None] = mapped_column(String(120))  # JPT only
    sort_order: Mapped[int] = mapped_column(default=0)


class SkpIndicator(Synced, Base):
    """An IKI of an RHK with its aspek (kuantitas/kualitas/waktu/biaya), target and realisasi."""

    __tablename__ = "skp_indicator"

    rhk_id: Mapped[str] = mapped_column(fk("skp_rhk.id", "CASCADE"), index=True)
    aspek: Mapped[str] = mapped_column(String(10))
    iki: Mapped[str] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    realisasi: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(Text)  # bukti dukung
    sort_order: Mapped[int] = mapped_column(default=0)


class SkpBehaviour(Synced, Base):
    """One BerAKHLAK value of an SKP: the leader's ekspektasi khusus and the feedback."""

    __tablename__ = "skp_behaviour"
    __table_args__ = (
        UniqueConstraint("skp_id", "berakhlak_code", name="uq_skp_behaviour_skp_value"),
    )

    skp_id: Mapped[str] = mapped_column(fk("skp.id", "CASCADE"))
    berakhlak_code: Mapped[str] = mapped_column(String(24))
    ekspektasi_khusus: Mapped[str | None] = mapped_column(Text)
    feedback: Mapped[str | None] = mapped_column(Text)


class ContinuousFeedback(Synced, Base):
    """Umpan balik berkelanjutan, on the SKP as a whole or on one RHK."""

    __tablename__ = "continuous_feedback"

    skp_id: Mapped[str] = mapped_column(fk("skp.id", "CASCADE"), index=True)
    rhk_id: Mapped[str | None] = mapped_column(fk("skp_rhk.id", "CASCADE"))
    given_on: Mapped[date]
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)


class SkpPeriodicEvaluation(Synced, Base):
    """The evaluation of an SKP for one periodic period (triwulan/semester)."""

    __tablename__ = "skp_periodic_evaluation"
    __table_args__ = (
        UniqueConstraint("skp_id", "period_id", name="uq_skp_periodic_evaluation_skp_period"),
    )

    skp_id: Mapped[str] = mapped_column(fk("skp.id", "CASCADE"))
    period_id: Mapped[str] = mapped_column(fk("appraisal_period.id", "RESTRICT"), index=True)
    rating_hasil_kerja: Mapped[str | None] = mapped_column(String(8))
    rating_perilaku: Mapped[str | None] = mapped_column(String(8))
    predikat: Mapped[str | None] = mapped_column(String(16))
    evaluated_on: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)


class SkpObjection(Synced, Base):
    """Keberatan of the employee against the evaluation, decided by the atasan penilai."""

    __tablename__ = "skp_objection"

    skp_id: Mapped[str] = mapped_column(fk("skp.id", "CASCADE"), index=True)
    submitted_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    decision: Mapped[str | None] = mapped_column(String(10))  # accepted / rejected / partial
    reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None]
