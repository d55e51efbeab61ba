"""A small office for the training, appraisal and talent service tests (both backends).

Kabupaten Merangin (15.02) with two OPDs::

    Dinas Pendidikan          kadis  (JPT pratama)
      Sekretariat             sekdis (administrator)
      Bidang Pembinaan SMP    kabid  (administrator), siti, budi (PNS), rina (PPPK),
                              cpns (CPNS), purna (retired)
    BKPSDM                    kaban  (JPT pratama), andi

Test modules make it a fixture: ``org = build_org(session_factory)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from app.db.engine import SessionFactory, unit_of_work
from app.db.org import OrgUnit
from app.db.personnel import Employee
from app.db.sync_meta import init_site
from app.db.tracking import bind_actor
from app.services.roles import SYSTEM_USER, CurrentUser, Role

SITE = "15.02"
OPERATOR = CurrentUser("op-1", "operator1", "Operator Satu", Role.OPERATOR, SITE)
VERIFIKATOR = CurrentUser("ver-1", "verifikator1", "Verifikator Satu", Role.VERIFIKATOR, SITE)
AUDITOR = CurrentUser("aud-1", "auditor1", "Auditor Satu", Role.AUDITOR, SITE)
ADMIN = CurrentUser("adm-1", "admin1", "Admin Satu", Role.ADMIN, SITE)


@contextmanager
def work(factory: SessionFactory, actor: CurrentUser = OPERATOR) -> Iterator:
    with unit_of_work(factory, write_lock=True) as s:
        bind_actor(s, username=actor.username, user_id=actor.user_id,
                   office_code=actor.office_code)
        yield s


def call(factory: SessionFactory, fn, *args, actor: CurrentUser = OPERATOR, **kw):
    """``fn(session, actor, *args, **kw)`` in its own unit of work, like ServiceContext."""
    with work(factory, actor) as s:
        return fn(s, actor, *args, **kw)


@dataclass
class Org:
    factory: SessionFactory
    units: dict[str, str]
    people: dict[str, str]

    def call(self, fn, *args, actor: CurrentUser = OPERATOR, **kw):
        return call(self.factory, fn, *args, actor=actor, **kw)


_PEOPLE = [
    # key, nama, nip, unit, jenis, jabatan kind, jabatan name, golongan, status
    ("kadis", "Hasan Basri", "196805121990031004", "dinas", "PNS", "jpt_pratama",
     "Kepala Dinas Pendidikan", "IV/c", "aktif"),
    ("sekdis", "Nurhayati", "197203151995032002", "sekretariat", "PNS", "administrator",
     "Sekretaris Dinas", "IV/a", "aktif"),
    ("kabid", "Ahmad Fauzi", "197511202000031003", "bidang", "PNS", "administrator",
     "Kepala Bidang Pembinaan SMP", "IV/a", "aktif"),
    ("siti", "Siti Aminah", "198503152010012003", "bidang", "PNS", "pelaksana",
     "Pengadministrasi Umum", "III/b", "aktif"),
    ("budi", "Budi Santoso", "197901012005011002", "bidang", "PNS", "fungsional_keahlian",
     "Analis Kebijakan Ahli Muda", "III/d", "aktif"),
    ("rina", "Rina Marlina", "199002142023212011", "bidang", "PPPK", "fungsional_keahlian",
     "Guru Ahli Pertama", "IX", "aktif"),
    ("cpns", "Dedi Kurniawan", "199807082024031001", "bidang", "CPNS", "pelaksana",
     "Penata Layanan Operasional", "III/a", "aktif"),
    ("purna", "Maryam", "195901011980032001", "bidang", "PNS", "pelaksana",
     "Pengadministrasi Umum", "III/d", "pensiun"),
    ("kaban", "Zulkifli", "197004041994031005", "bkpsdm", "PNS", "jpt_pratama",
     "Kepala BKPSDM", "IV/c", "aktif"),
    ("andi", "Andi Saputra", "198812122014021001", "bkpsdm", "PNS", "pelaksana",
     "Pengelola Kepegawaian", "III/a", "aktif"),
]


_UNITS = [
    # key, name, kind, parent key, sort order (parents before their children)
    ("dinas", "Dinas Pendidikan", "dinas", None, 1),
    ("bkpsdm", "BKPSDM", "badan", None, 2),
    ("sekretariat", "Sekretariat", "sekretariat", "dinas", 1),
    ("bidang", "Bidang Pembinaan SMP", "bidang", "dinas", 2),
]


def build_org(factory: SessionFactory) -> Org:
    with work(factory, SYSTEM_USER(SITE)) as s:
        init_site(s, SITE)
    with work(factory) as s:
        units: dict[str, str] = {}
        for key, name, kind, parent, order in _UNITS:
            unit = OrgUnit(name=name, kind=kind, parent_id=units.get(parent), sort_order=order)
            s.add(unit)
            s.flush()
            units[key] = unit.id
        people = {}
        for key, nama, nip, unit_key, jenis, kind, jabatan, gol, status in _PEOPLE:
            emp = Employee(
                nama=nama, nip=nip, jenis_pegawai=jenis, status=status,
                tanggal_lahir=date(int(nip[:4]), int(nip[4:6]), int(nip[6:8])),
                jenis_kelamin="P" if nip[14] == "2" else "L",
                current_unit_id=units[unit_key], current_jabatan_kind=kind,
                current_jabatan_name=jabatan, current_golongan_code=gol,
            )
            s.add(emp)
            s.flush()
            people[key] = emp.id
    return Org(factory, units, people)
