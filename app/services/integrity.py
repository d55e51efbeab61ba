"""``check``: is this database whole? (re-exported by :mod:`app.services.backup`).

SQLite: ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` on a read-only connection.
Both backends: the schema revision against this program's, and the audit hash chain (the first
broken entry is named). Nothing is changed, nothing is migrated.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from app.db.audit import AuditCheck, verify_audit_chain
from app.db.engine import db_url, is_sqlite, make_engine, make_session_factory, unit_of_work
from app.db.schema import current_revision, head_revision
from app.errors import SimpegError, message, register_messages

MAX_REPORTED = 20


@dataclass(frozen=True)
class CheckReport:
    db: str
    backend: str
    schema_revision: str | None
    head_revision: str | None
    audit: AuditCheck | None
    integrity: tuple[str, ...] = ()  # problems found by integrity_check ("" list = fine)
    foreign_keys: tuple[str, ...] = ()  # "employee row 12 → religion"
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def schema_ok(self) -> bool:
        return self.schema_revision is not None and self.schema_revision == self.head_revision

    @property
    def ok(self) -> bool:
        audit_ok = self.audit is not None and self.audit.ok
        return not self.integrity and not self.foreign_keys and self.schema_ok and audit_ok

    def summary(self, lang: str | None = None) -> str:
        """One line: fine, or the first problem found."""
        if self.integrity:
            return message("check.integrity_bad", lang, detail=self.integrity[0])
        if self.foreign_keys:
            return message("check.fk_bad", lang, count=len(self.foreign_keys),
                           first=self.foreign_keys[0])
        if self.schema_revision is None:
            return message("check.no_schema", lang, db=self.db)
        if not self.schema_ok:
            return message("check.schema_bad", lang, found=self.schema_revision or "-",
                           head=self.head_revision)
        if self.audit is not None and not self.audit.ok:
            return self.audit.text(lang)
        return message("check.ok", lang, db=self.db)

    def lines(self, lang: str | None = None) -> list[str]:
        ok, bad = message("check.mark_ok", lang), message("check.mark_bad", lang)
        out = [message("check.title", lang, db=self.db, backend=self.backend)]
        if self.backend == "sqlite":
            out.append(f"{bad if self.integrity else ok} " + (
                message("check.integrity_bad", lang, detail="; ".join(self.integrity))
                if self.integrity else message("check.integrity_ok", lang)))
            out.append(f"{bad if self.foreign_keys else ok} " + (
                message("check.fk_bad", lang, count=len(self.foreign_keys),
                        first="; ".join(self.foreign_keys[:5]))
                if self.foreign_keys else message("check.fk_ok", lang)))
        out.append(f"{ok if self.schema_ok else bad} " + message(
            "check.schema", lang, found=self.schema_revision or "-", head=self.head_revision))
        if self.audit is not None:
            out.append(f"{ok if self.audit.ok else bad} {self.audit.text(lang)}")
        out.extend(self.notes)
        return out


def _label(url: str) -> str:
    if is_sqlite(url):
        return make_url(url).database or url
    return make_url(url).render_as_string(hide_password=True)


def check(db: str | Path) -> CheckReport:
    """Check the database at ``db`` (a path or a URL) without changing it."""
    url = db_url(db)
    label = _label(url)
    integrity: tuple[str, ...] = ()
    foreign: tuple[str, ...] = ()
    if is_sqlite(url):
        path = Path(make_url(url).database or "")
        if not path.is_file():
            raise SimpegError("context.no_database", path=str(path))
        integrity, foreign = _sqlite_checks(path)
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        audit = None
        if "audit_log" in inspect(engine).get_table_names():
            with unit_of_work(make_session_factory(engine)) as session:
                audit = verify_audit_chain(session)
    finally:
        engine.dispose()
    return CheckReport(label, "sqlite" if is_sqlite(url) else engine.dialect.name, revision,
                       head_revision(), audit, integrity, foreign)


def _sqlite_checks(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as conn:
            problems = [r[0] for r in conn.execute(f"PRAGMA integrity_check({MAX_REPORTED})")]
            fks = conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_REPORTED)
    except sqlite3.DatabaseError as exc:
        return (str(exc),), ()
    integrity = () if problems == ["ok"] else tuple(problems)
    foreign = tuple(f"{table} rowid {rowid} → {parent}" for table, rowid, parent, _ in fks)
    return integrity, foreign


register_messages(
    {
        "check.title": ("Pemeriksaan {db} ({backend}):", "Check of {db} ({backend}):"),
        "check.mark_ok": ("[OK]  ", "[OK]  "),
        "check.mark_bad": ("[RUSAK]", "[BAD] "),
        "check.ok": ("Basis data {db} utuh.", "Database {db} is intact."),
        "check.integrity_ok": ("Struktur berkas utuh.", "File structure intact."),
        "check.integrity_bad": (
            "Berkas basis data rusak: {detail}. Pulihkan dari cadangan.",
            "The database file is damaged: {detail}. Restore from a backup.",
        ),
        "check.fk_ok": ("Semua rujukan antar-tabel sah.", "Every cross-table reference is valid."),
        "check.fk_bad": (
            "{count} rujukan antar-tabel tidak sah, mis. {first}.",
            "{count} invalid cross-table reference(s), e.g. {first}.",
        ),
        "check.no_schema": (
            "{db} bukan basis data SIMPEG Luring (belum ada skema).",
            "{db} is not a SIMPEG Luring database (no schema yet).",
        ),
        "check.schema": (
            "Versi skema {found} (aplikasi ini: {head}).",
            "Schema revision {found} (this app: {head}).",
        ),
        "check.schema_bad": (
            "Versi skema {found} tidak sama dengan versi aplikasi ({head}); buka basis data "
            "dengan aplikasi agar dimigrasikan, atau perbarui aplikasi.",
            "Schema revision {found} differs from this app's ({head}); open the database in "
            "the app to migrate it, or update the app.",
        ),
    }
)
