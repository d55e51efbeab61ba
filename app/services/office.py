"""Setting up a database for one office, and telling which office a database belongs to.

:func:`init_office` runs the steps in :data:`INIT_STEPS` in one transaction after creating the
schema: the site identity, the 12 offices of Jambi, the reference data and the jabatan
catalogue (the same rows under the same keys at every site), the office keys
(``app.sync.trust.create_office_keys``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.db.audit import append_audit
from app.db.engine import db_url, is_sqlite, make_engine, make_session_factory
from app.db.engine import unit_of_work as _unit_of_work
from app.db.org import Office, OfficeKind
from app.db.sync_meta import SiteState, init_site
from app.db.tracking import bind_actor
from app.domain import wilayah
from app.errors import SimpegError, register_messages
from app.services.roles import SYSTEM_USER


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    name: str  # "BKPSDM Kabupaten Merangin"
    region_name: str  # "Kabupaten Merangin"
    kind: str  # provinsi / kabupaten / kota


@dataclass(frozen=True)
class AdminSpec:
    """The first admin to create with the office (optional)."""

    username: str
    password: str
    full_name: str = "Administrator"


InitStep = Callable[[Session, str], None]


def agency_name(office: wilayah.Office) -> str:
    if office.kind == "provinsi":
        return f"BKD {office.full_name}"
    return f"BKPSDM {office.full_name}"


def _instansi(office: wilayah.Office) -> str:
    return f"Pemerintah {office.full_name}"


def known_office(code: str) -> wilayah.Office:
    """The office of ``code``, or a clear error listing the valid codes."""
    found = wilayah.office(code or "")
    if found is None:
        known = ", ".join(o.code for o in wilayah.offices())
        raise SimpegError("office.unknown", office=code, known=known)
    return found


def seed_offices(session: Session, own_code: str) -> None:
    """The province and the 11 regency/city offices; each row is owned by its office.

    Keys are deterministic (:func:`app.services.seed.stable_id`), so every site holds the same
    rows under the same ids and bundles about them agree.
    """
    from app.services.seed import add_seeded, stable_id

    add_seeded(session, (
        Office(
            id=stable_id("office", o.code), office_code=o.code, code=o.code,
            kind=OfficeKind(o.kind).value, region_name=o.full_name, name=agency_name(o),
            instansi_name=_instansi(o), agency_name=_agency_long(o),
        )
        for o in wilayah.offices()
    ))


def _agency_long(office: wilayah.Office) -> str:
    if office.kind == "provinsi":
        return f"Badan Kepegawaian Daerah {office.full_name}"
    return f"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia {office.full_name}"


def seed_reference(session: Session, own_code: str) -> None:
    from app.services.seed import seed_jabatan_catalogue, seed_reference_data

    seed_reference_data(session)
    seed_jabatan_catalogue(session)


def create_keys(session: Session, own_code: str) -> None:
    from app.sync.trust import create_office_keys

    create_office_keys(session, own_code)


INIT_STEPS: list[InitStep] = [seed_offices, seed_reference, create_keys]
"""Run in order inside the init transaction, after ``init_site``; append to extend."""


def database_is_empty(url: str) -> bool:
    """True when the database does not exist yet, or has no site, user or office row."""
    if is_sqlite(url):
        path = Path(make_url(url).database or "")
        if not path.exists() or path.stat().st_size == 0:
            return True
    engine = make_engine(url)
    try:
        tables = set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            for table in ("site_state", "app_user", "office", "employee"):
                if table in tables and conn.execute(
                    select(func.count()).select_from(_table(table))
                ).scalar():
                    return False
        return True
    finally:
        engine.dispose()


def _table(name: str):  # type: ignore[no-untyped-def]
    import app.db.models  # noqa: F401
    from app.db.base import Base

    return Base.metadata.tables[name]


def init_office(url: str | Path, office_code: str, *, admin: AdminSpec | None = None,
                steps: Sequence[InitStep] | None = None) -> OfficeInfo:
    """Create the database of ``office_code``: schema at head, site, offices, reference data."""
    office = known_office(office_code)
    url = db_url(url)
    if not database_is_empty(url):
        raise SimpegError("office.db_not_empty", db=_label(url))
    if is_sqlite(url):
        Path(make_url(url).database or "").parent.mkdir(parents=True, exist_ok=True)
    from app.db.schema import create_schema  # Alembic: not loaded by opening an office

    create_schema(url)
    factory = make_session_factory(url)
    try:
        with _unit_of_work(factory, write_lock=True) as session:
            actor = SYSTEM_USER(office.code)
            bind_actor(session, username=actor.username, user_id=None, office_code=office.code)
            init_site(session, office.code)
            append_audit(session, action="office.init", table="site_state",
                         detail=f"office={office.code}")
            for step in INIT_STEPS if steps is None else steps:
                step(session, office.code)
            if admin is not None:
                from app.services.auth import create_first_admin

                create_first_admin(session, admin.username, admin.full_name, admin.password,
                                   office_code=office.code)
    finally:
        factory.kw["bind"].dispose()
    return OfficeInfo(office.code, agency_name(office), office.full_name, office.kind)


def _label(url: str) -> str:
    if is_sqlite(url):
        return make_url(url).database or url
    return make_url(url).render_as_string(hide_password=True)


def site_office(session: Session) -> OfficeInfo | None:
    """The office this database belongs to; ``None`` before :func:`init_office`."""
    code = session.scalar(select(SiteState.site_code))
    if code is None:
        return None
    row = session.scalars(select(Office).where(Office.code == code)).first()
    if row is not None:
        return OfficeInfo(code, row.name, row.region_name, row.kind)
    known = wilayah.office(code)
    if known is None:
        return OfficeInfo(code, code, code, "")
    return OfficeInfo(code, agency_name(known), known.full_name, known.kind)


def site_office_code(session: Session) -> str:
    """This database's office code ("" before it is set up)."""
    return session.scalar(select(SiteState.site_code)) or ""


def read_site_office(conn: sqlite3.Connection, tables: Sequence[str]) -> str | None:
    """The office code stored in a raw SQLite file (a backup), or ``None``."""
    if "site_state" not in tables:
        return None
    row = conn.execute("SELECT site_code FROM site_state").fetchone()
    return row[0] if row else None


register_messages(
    {
        "office.unknown": (
            "Kode kantor {office!r} tidak dikenal. Kode yang sah: {known}.",
            "Unknown office code {office!r}. Valid codes: {known}.",
        ),
        "office.db_not_empty": (
            "Basis data {db} sudah berisi data; init hanya untuk basis data baru.",
            "The database {db} already holds data; init is only for a new database.",
        ),
    }
)
