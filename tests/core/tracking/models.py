"""Throwaway synced models for the tracking tests, on their own metadata (not Base.metadata)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, MetaData, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.db.base import NAMING_CONVENTION, Synced


class TestBase(DeclarativeBase):
    __test__ = False
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Person(Synced, TestBase):
    """Three units plus lifecycle; ``grade`` is safe to show in the audit log."""

    __tablename__ = "t_person"
    __sync_units__ = {
        "identity": ("nik", "name", "birth_date"),
        "contact": ("address", "phone"),
        "employment": ("grade", "salary"),
    }
    __audit_safe__ = frozenset({"grade"})

    nik: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column()
    address: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    grade: Mapped[str] = mapped_column(String(8), default="III/a")
    salary: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))


class Note(Synced, TestBase):
    """One default unit ``row``; a child of Folder through a relationship with no backref."""

    __tablename__ = "t_note"

    person_id: Mapped[str | None] = mapped_column(ForeignKey("t_person.id"))
    folder_id: Mapped[str | None] = mapped_column(ForeignKey("t_folder.id"))
    text: Mapped[str] = mapped_column(String(200))
    photo: Mapped[bytes | None] = mapped_column()


class Folder(Synced, TestBase):
    __tablename__ = "t_folder"

    title: Mapped[str] = mapped_column(String(100))
    notes: Mapped[list[Note]] = relationship()
