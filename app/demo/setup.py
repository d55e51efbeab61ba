"""What the demo writes around its row stream: first the checks, the shared jabatan catalogue
(already seeded by ``simpeg init``; checked to hold every jabatan the demo's career tracks use)
and the demo login accounts; at the end the tombstoned case and the office letterhead."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.audit import append_audit
from app.db.org import Office
from app.db.personnel import Employee
from app.db.tracking import tombstone
from app.db.users import User
from app.demo.context import Letterhead
from app.demo.regency import regency
from app.demo.tracks import catalogue_rows as track_catalogue
from app.demo_accounts import DEMO_ACCOUNTS
from app.errors import SimpegError, register_messages
from app.services.office import site_office_code
from app.services.passwords import hash_password
from app.services.seed import seed_jabatan_catalogue


def check_office(session: Session, office_code: str | None) -> str:
    """The office to fill: the database's own; refused when it is another one or has staff."""
    site = site_office_code(session)
    if not site:
        raise SimpegError("demo.no_site")
    if office_code is not None and office_code != site:
        raise SimpegError("demo.other_office", office=office_code, site=site)
    count = session.scalar(select(func.count()).select_from(Employee)
                           .where(Employee.office_code == site))
    if count:
        raise SimpegError("demo.not_empty", count=count)
    return site


def seed_catalogue(session: Session) -> dict[str, str]:
    """The shared jabatan catalogue (:func:`app.services.seed.seed_jabatan_catalogue`, which
    ``simpeg init`` already ran; an older database gets it here). Refused when a jabatan the
    demo's career tracks use is missing from it. Returns code → id."""
    catalogue = seed_jabatan_catalogue(session)
    missing = sorted(code for code in track_codes() if code not in catalogue)
    if missing:
        raise SimpegError("demo.catalogue_missing", codes=", ".join(missing[:5]),
                          count=len(missing))
    return catalogue


def track_codes() -> tuple[str, ...]:
    """Every catalogue code the demo's career tracks pick jabatan by."""
    return tuple(str(r["code"]) for r in track_catalogue())


def add_accounts(session: Session, office_code: str) -> tuple[str, ...]:
    """The demo login accounts (app.demo_accounts) with their roles. Their passwords are
    deliberately weak, so they bypass the password policy; each is in the audit log."""
    made = []
    for account in DEMO_ACCOUNTS:
        if session.scalar(select(User.id).where(User.username == account.username)):
            continue
        user = User(username=account.username, full_name=account.full_name, role=account.role,
                    office_code=office_code, password_hash=hash_password(account.password),
                    must_change_password=False)
        session.add(user)
        session.flush()
        append_audit(session, action="user.add", table="app_user", pk=user.id,
                     fields=("username", "full_name", "role"), detail="akun demo")
        made.append(account.username)
    return tuple(made)


def finish(session: Session, office_code: str, tombstones: dict[str, str],
           head: Letterhead | None) -> None:
    """Tombstone the deleted case(s) and write the office's letterhead (kop surat)."""
    for employee_id, reason in tombstones.items():
        employee = session.get(Employee, employee_id)
        if employee is not None:
            tombstone(session, employee, reason)
    office = session.scalars(select(Office).where(Office.code == office_code)).first()
    if office is not None:
        r = regency(office_code)
        domain = f"{r.short_name.lower().replace(' ', '')}{'kota' if r.kind == 'kota' else 'kab'}"
        office.address = f"Kompleks Perkantoran Pemerintah {r.full_name}, {r.city}"
        office.postal_code = f"{r.postal_prefix}11"
        office.email = f"bkpsdm@{domain}.go.id"
        office.website = f"https://bkpsdm.{domain}.go.id"
        office.city = r.city
        if head is not None:
            office.head_name, office.head_nip = head.nama, head.nip
            office.head_pangkat, office.head_jabatan = head.pangkat, head.jabatan
    session.flush()


register_messages({
    "demo.catalogue_missing": (
        "Katalog jabatan (resources/data/jabatan-katalog.json) tidak memuat {count} jabatan "
        "yang dipakai data demo, antara lain: {codes}.",
        "The jabatan catalogue (resources/data/jabatan-katalog.json) lacks {count} jabatan "
        "the demo data uses, among them: {codes}.",
    ),
})
