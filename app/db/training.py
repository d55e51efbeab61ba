"""Pengembangan kompetensi (domain.md §5): the catalogue, sessions we run, their participants,
and training employees attended elsewhere."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Synced
from app.db.columns import fk
from app.db.personnel import EmployeeRecord


class TrainingCategory(StrEnum):
    """Groups used for DRH printing and JP recaps (Peraturan LAN 10/2018)."""

    LATSAR = "latsar"  # Pelatihan Dasar CPNS (formerly prajabatan)
    PKP = "pkp"  # Pelatihan Kepemimpinan Pengawas
    PKA = "pka"  # Pelatihan Kepemimpinan Administrator
    PKN_II = "pkn_ii"
    PKN_I = "pkn_i"
    STRUKTURAL = "struktural"  # older Diklatpim/SPAMA/SPAMEN… records
    MANAJERIAL = "manajerial"
    TEKNIS = "teknis"
    FUNGSIONAL = "fungsional"
    SOSIAL_KULTURAL = "sosial_kultural"
    SEMINAR = "seminar"
    LAINNYA = "lainnya"


class TrainingProgram(Synced, Base):
    """A programme in the catalogue; ``type_code`` is the TrainingType (kursus, bimtek…)."""

    __tablename__ = "training_program"

    code: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(250))
    kind: Mapped[str] = mapped_column(String(12))  # klasikal / nonklasikal
    category: Mapped[str] = mapped_column(String(16))
    type_code: Mapped[str | None] = mapped_column(String(24))
    default_jp: Mapped[int | None]
    organiser: Mapped[str | None] = mapped_column(String(200))
    competency_area: Mapped[str | None] = mapped_column(String(150))
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)


class SessionStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class TrainingSession(Synced, Base):
    """One run (angkatan) of a programme organised or recorded by the office."""

    __tablename__ = "training_session"

    program_id: Mapped[str] = mapped_column(fk("training_program.id", "RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(250))
    angkatan: Mapped[str | None] = mapped_column(String(20))
    start_date: Mapped[date]
    end_date: Mapped[date] = mapped_column(index=True)  # JP of a year (dashboard, recaps): 0002
    place: Mapped[str | None] = mapped_column(String(200))
    organiser: Mapped[str | None] = mapped_column(String(200))
    jp: Mapped[int] = mapped_column(default=0)
    capacity: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(12), default=SessionStatus.PLANNED.value)
    notes: Mapped[str | None] = mapped_column(Text)


class Attendance(StrEnum):
    REGISTERED = "registered"
    PRESENT = "present"
    PARTIAL = "partial"
    ABSENT = "absent"
    EXCUSED = "excused"


class TrainingParticipant(Synced, Base):
    """An employee in a session; ``jp_credited`` is what counts toward the yearly JP."""

    __tablename__ = "training_participant"
    __table_args__ = (
        UniqueConstraint(
            "session_id", "employee_id", name="uq_training_participant_session_employee"
        ),
    )

    session_id: Mapped[str] = mapped_column(fk("training_session.id", "CASCADE"))
    employee_id: Mapped[str] = mapped_column(fk("employee.id", "CASCADE"), index=True)
    attendance: Mapped[str] = mapped_column(String(12), default=Attendance.REGISTERED.value)
    completed: Mapped[bool] = mapped_column(default=False)
    jp_credited: Mapped[int | None]
    certificate_nomor: Mapped[str | None] = mapped_column(String(100))
    certificate_tanggal: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)


class ExternalTraining(EmployeeRecord, Base):
    """Training an employee attended outside our sessions (SIASN rw-diklat / rw-kursus).

    ``source`` (from :class:`EmployeeRecord`) is ``local`` or ``siasn``.
    """

    __tablename__ = "external_training"

    name: Mapped[str] = mapped_column(String(250))
    kind: Mapped[str] = mapped_column(String(12), default="klasikal")
    category: Mapped[str] = mapped_column(String(16), default=TrainingCategory.LAINNYA.value)
    type_code: Mapped[str | None] = mapped_column(String(24))
    organiser: Mapped[str | None] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(200))
    angkatan: Mapped[str | None] = mapped_column(String(20))
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    year: Mapped[int | None]
    jp: Mapped[int] = mapped_column(default=0)
    certificate_nomor: Mapped[str | None] = mapped_column(String(100))
    certificate_tanggal: Mapped[date | None]
