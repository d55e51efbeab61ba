"""Fixtures and builders of the personnel/history/org/query service tests.

``world`` is a database at head (both backends) set up as office 15.02 (Merangin) with the
offices, the reference data and a small OPD tree; ``call`` runs a service the way
``ServiceContext.write`` does (one unit of work, the actor bound for change tracking).
Import the fixtures into a test module: ``from tests.core.services.personnel_fixtures import
world  # noqa: F401``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

from app.db.engine import SessionFactory, unit_of_work
from app.db.org import OrgUnit
from app.db.reference import Religion
from app.db.sync_meta import ChangeLog, init_site
from app.db.tracking import bind_actor
from app.services.digest import digest
from app.services.employee_input import EmployeeInput
from app.services.office import seed_offices, seed_reference
from app.services.roles import CurrentUser, Role

SITE = "15.02"
OTHER_SITE = "15.71"
OPERATOR = CurrentUser(None, "operator1", "Operator Satu", Role.OPERATOR, SITE)
VERIFIKATOR = CurrentUser(None, "verif1", "Verifikator Satu", Role.VERIFIKATOR, SITE)
AUDITOR = CurrentUser(None, "audit1", "Auditor Satu", Role.AUDITOR, SITE)
ADMIN = CurrentUser(None, "admin1", "Admin Satu", Role.ADMIN, SITE)
ORG_EDITOR = CurrentUser(None, "orgeditor", "Penata Organisasi", Role.STEWARD, SITE)
STEWARD = CurrentUser(None, "steward1", "Pengelola Provinsi", Role.STEWARD, "15")
OTHER_OPERATOR = CurrentUser(None, "operator9", "Operator Kota", Role.OPERATOR, OTHER_SITE)

T = TypeVar("T")

# Worked examples (domain.md §1): NIP = birth date, TMT CPNS year+month, gender, sequence;
# NIK = district, day (+40 for women), month, year, sequence.
SITI = dict(nip="198503152010012003", nik="1502015503850001", nama="Siti Aminah",
            tanggal_lahir=date(1985, 3, 15), jenis_kelamin="P", tmt_cpns=date(2010, 1, 1))
BUDI = dict(nip="197901012005011002", nik="1502020101790003", nama="Budi Santoso",
            tanggal_lahir=date(1979, 1, 1), jenis_kelamin="L", tmt_cpns=date(2005, 1, 1))


@dataclass
class World:
    factory: SessionFactory
    units: dict[str, str] = field(default_factory=dict)
    religion_id: str = ""

    def call(self, actor: CurrentUser, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        """``fn(session, actor, *args, **kw)`` in its own unit of work, like ctx.write."""
        with unit_of_work(self.factory) as session:
            bind_actor(session, username=actor.username, user_id=actor.user_id,
                       office_code=actor.office_code)
            return fn(session, actor, *args, **kw)

    def fingerprint(self) -> tuple[str, int]:
        """The business-data digest and the number of change-log rows."""
        with unit_of_work(self.factory) as session:
            business = digest(session).sha256
            changes = session.scalar(select(func.count()).select_from(ChangeLog)) or 0
        return business, changes


def employee_input(base: dict[str, Any] | None = None, **values: Any) -> EmployeeInput:
    return EmployeeInput(**{**(base or SITI), **values})


def _add_unit(session: Any, office: str, name: str, kind: str, parent: str | None = None) -> str:
    unit = OrgUnit(office_code=office, name=name, kind=kind, parent_id=parent)
    session.add(unit)
    session.flush()
    return unit.id


@pytest.fixture
def world(session_factory) -> World:
    w = World(session_factory)
    with unit_of_work(session_factory) as s:
        bind_actor(s, username="system", user_id=None, office_code=SITE)
        init_site(s, SITE)
        seed_offices(s, SITE)
        seed_reference(s, SITE)
        dik = _add_unit(s, SITE, "Dinas Pendidikan", "dinas")
        w.units = {
            "dinas_pendidikan": dik,
            "bidang_sd": _add_unit(s, SITE, "Bidang Pembinaan SD", "bidang", dik),
            "bkpsdm": _add_unit(s, SITE, "BKPSDM", "badan"),
            "kota": _add_unit(s, OTHER_SITE, "Dinas Kesehatan Kota", "dinas"),
        }
        w.religion_id = s.scalar(select(Religion.id).where(Religion.code == "islam")) or ""
    return w


# --- a small staff for the list and search tests ----------------------------------------------

STAFF = {
    "siti": (SITI, "bidang_sd", "III/b", date(2014, 4, 1), "pengawas", None),
    "budi": (BUDI, "dinas_pendidikan", "IV/a", date(2019, 4, 1), "administrator", None),
    "rina": (dict(nip="199009132025242014", nama="Rina Marlina", tanggal_lahir=date(1990, 9, 13),
                  jenis_kelamin="P", jenis_pegawai="PPPK"),
             "bkpsdm", "IX", date(2025, 3, 1), "fungsional_keahlian", "ahli_pertama"),
    "ahmad": (dict(nip="196712101990031001", nama="Ahmad Santoso Putra",
                   tanggal_lahir=date(1967, 12, 10), jenis_kelamin="L",
                   tmt_cpns=date(1990, 3, 1)),
              "bkpsdm", "II/d", date(2015, 10, 1), "pelaksana", None),
    "dewi": (dict(nip="197005201995032001", nama="Dewi Lestari", tanggal_lahir=date(1970, 5, 20),
                  jenis_kelamin="P", tmt_cpns=date(1995, 3, 1), status="pensiun"),
             "bidang_sd", None, None, None, None),
}


def populate(world: World) -> dict[str, str]:
    """Create :data:`STAFF` (with a pangkat and a jabatan each) and one employee of another
    office (``hendra``); returns the ids by key."""
    from app.services.histories import JabatanInput, PangkatInput, add_history
    from app.services.personnel import create_employee

    ids = {}
    for key, (person, unit, gol, tmt, kind, jenjang) in STAFF.items():
        data = EmployeeInput(**{"nik": None, **person}, current_unit_id=world.units[unit])
        emp = world.call(OPERATOR, create_employee, data).id
        if gol is not None:
            world.call(OPERATOR, add_history, emp, PangkatInput(golongan_code=gol, tmt=tmt,
                                                                mkg_tahun=4, mkg_bulan=0))
            world.call(OPERATOR, add_history, emp, JabatanInput(
                jabatan_name=f"Jabatan {person['nama']}", jabatan_kind=kind, jenjang=jenjang,
                tmt=tmt, unit_id=world.units[unit]))
        ids[key] = emp
    hendra = EmployeeInput(nip="198001012006041001", nama="Hendra Gunawan",
                           tanggal_lahir=date(1980, 1, 1), jenis_kelamin="L",
                           tmt_cpns=date(2006, 4, 1), current_unit_id=world.units["kota"])
    ids["hendra"] = world.call(OTHER_OPERATOR, create_employee, hendra).id
    return ids
