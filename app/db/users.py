"""Local user accounts (sync.md §3.3): never synced, each office keeps its own.

Passwords are stored only as PHC-format Argon2id strings (``$argon2id$v=19$m=…,t=…,p=…$salt$hash``);
the rules that create and check them live in :mod:`app.services.auth`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, UuidKey, utcnow


class User(UuidKey, Base):
    """One person who may log in at this office, with exactly one role."""

    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    office_code: Mapped[str] = mapped_column(String(8), nullable=False)
    password_hash: Mapped[str] = mapped_column(Text, nullable=False)
    active: Mapped[bool] = mapped_column(default=True, nullable=False)
    failed_attempts: Mapped[int] = mapped_column(default=0, nullable=False)
    locked_until: Mapped[datetime | None] = mapped_column()
    must_change_password: Mapped[bool] = mapped_column(default=False, nullable=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, nullable=False)
    last_login_at: Mapped[datetime | None] = mapped_column()

    def __repr__(self) -> str:
        return f"User({self.username!r}, role={self.role!r}, office={self.office_code!r})"
