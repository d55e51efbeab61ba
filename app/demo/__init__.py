"""The realistic demo office: a Jambi regency's BKPSDM with its whole staff.

:func:`generate` fills a database made by :func:`app.services.office.init_office` (default: Kab.
Merangin, ``15.02``) with the OPD tree (Sekretariat Daerah with asisten/bagian, Sekretariat
DPRD, Inspektorat, Bappeda, BKPSDM, BPKAD, the dinas with their bidang, SD/SMP negeri,
puskesmas, the RSUD, one kecamatan per real kecamatan with its kelurahan) and ``employees``
people whose every part agrees with the rules of ``domain.md``: NIP/NI PPPK and NIK from birth
date, TMT and gender; titles from education; golongan from the KP periods and caps; KGB from
the MKG grid; jenjang from golongan; ``current_*`` columns from the histories; predikat from the
matrix. Family, training with JP, SKPs (summaries, full RHK/IKI/BerAKHLAK, periodic
evaluations, the current year in mixed states), PP 46/2011 scores, talent boxes, the demo
login accounts (:mod:`app.demo_accounts`). Same ``seed`` and ``today``, same data and digest.

Every row goes through the change tracking (:func:`app.db.tracking.bulk_insert`: stamps,
change_log, one audit entry per table and batch); the jabatan catalogue is the shared one
``simpeg init`` seeds at every site (:func:`app.services.seed.seed_jabatan_catalogue`). The
rows come from a pure, deterministic stream (:mod:`app.demo.stream`) — for big demos from a
forked second process (:mod:`app.demo.parallel`) while this one writes — 1,000 employees per
transaction, so memory stays flat; cancelling keeps the batches already written.

Deliberate cases (:mod:`app.demo.cases`; ids in :attr:`DemoSummary.cases`):

* ``pppk`` — a PPPK guru: NI PPPK ``YYYYMMDD YYYY 21 G NNN``, golongan IX, no pangkat history;
* ``cpns_baru`` — a CPNS appointed this month, Latsar still ahead;
* ``pensiun_3_bulan`` — a pelaksana whose TMT pensiun (BUP 58) is within three months;
* ``lewat_bup`` — a pelaksana past BUP whose retirement was never processed (still ``aktif``);
* ``pensiun`` — a retired employee (status ``pensiun``), histories ending at the TMT pensiun;
* ``kgb_bulan_ini`` — a KGB due this month (III/a, two years after TMT CPNS, not yet recorded);
* ``kp_periode_berikut`` — a KP reguler due at the next KP period (II/a, four years on);
* ``jp_kurang`` — a guru with no training at all (0 JP this year; many others are under 20);
* ``nik_nip_beda`` — a NIK whose birth date differs from the NIP's (a warning, not an error);
* ``nama_apostrof`` — "Ma'ruf" with hajj and two academic titles;
* ``gelar_rumit`` — "dr. Hj. Siti Qur'ani Rahmah, M.Kes.": front titles, apostrophe, S2;
* ``dihapus`` — a duplicate record tombstoned with its reason.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from app.db.audit import append_audit
from app.db.engine import SessionFactory, db_url, make_session_factory, unit_of_work
from app.db.tracking import bind_actor, bulk_insert
from app.demo import setup
from app.demo.builder import TABLE_ORDER
from app.demo.models import MODELS
from app.demo.parallel import batches
from app.demo.regency import regency
from app.demo.stream import BATCH, SETUP_TABLES, Batch, DemoSpec, Ending
from app.demo_accounts import DEMO_EMPLOYEES, DEMO_OFFICE_CODE
from app.errors import register_messages
from app.jobs import NO_PROGRESS, Progress
from app.services.office import agency_name, init_office, known_office
from app.services.roles import SYSTEM_USER

__all__ = ["BATCH", "DemoSummary", "create_demo_database", "generate"]


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate` wrote: rows per table, the deliberate cases (name → employee id)
    and the accounts created."""

    office_code: str
    employees: int
    seed: int
    today: date
    rows: Mapping[str, int] = field(default_factory=dict)
    cases: Mapping[str, str] = field(default_factory=dict)
    accounts: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def history_rows(self) -> int:
        """Rows of the per-employee tables other than ``employee`` itself."""
        return sum(n for t, n in self.rows.items() if t in TABLE_ORDER and t != "employee")


def generate(
    factory_or_url: SessionFactory | str | Path,
    *,
    employees: int = DEMO_EMPLOYEES,
    seed: int | None = 1,
    office_code: str | None = None,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
    parallel: bool | None = None,
) -> DemoSummary:
    """Fill this database's office (made by ``init_office``; it must hold no employees yet)
    with a demo staff of ``employees`` people. ``office_code`` defaults to the database's own
    office and must match it; ``today`` fixes the calendar (default: today); ``parallel``
    forces the second generator process on or off (default: big demos where possible)."""
    if employees < 0:
        raise ValueError("employees cannot be negative")
    owned = not isinstance(factory_or_url, sessionmaker)
    factory = make_session_factory(db_url(factory_or_url)) if owned else factory_or_url
    try:
        return _generate(factory, employees, 1 if seed is None else int(seed), office_code,
                         today or date.today(), progress, parallel)
    finally:
        if owned:
            factory.kw["bind"].dispose()  # type: ignore[union-attr]


def create_demo_database(
    path: str | Path, *, employees: int = DEMO_EMPLOYEES, seed: int | None = 1,
    today: date | None = None, progress: Progress = NO_PROGRESS,
    parallel: bool | None = None,
) -> DemoSummary:
    """A new database of the demo office (Kab. Merangin) filled by :func:`generate`."""
    init_office(path, DEMO_OFFICE_CODE)
    return generate(path, employees=employees, seed=seed, today=today, progress=progress,
                    parallel=parallel)


def _write(session: Session, rows: Mapping[str, list[dict[str, object]]], order: tuple[str, ...],
           counts: dict[str, int]) -> None:
    """Every table of a batch through the tracked bulk path, parents first. Rows with the same
    empty columns are put together: the ORM's bulk INSERT starts a new ``executemany``
    whenever that pattern changes."""
    for table in order:
        batch = rows.get(table)
        if batch:
            batch.sort(key=_null_pattern)
            bulk_insert(session, MODELS[table], batch)
            counts[table] = counts.get(table, 0) + len(batch)


def _null_pattern(row: dict[str, object]) -> tuple[bool, ...]:
    return tuple(v is None for v in row.values())


@contextmanager
def _batch_transaction(factory: SessionFactory, office: str) -> Iterator[Session]:
    """One batch: the system actor bound, foreign keys checked at COMMIT (they are
    DEFERRABLE) since sorted rows may come before the rows they point at."""
    with unit_of_work(factory, write_lock=True) as session:
        actor = SYSTEM_USER(office)
        bind_actor(session, username=actor.username, user_id=None, office_code=office)
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("PRAGMA defer_foreign_keys=ON"))
        else:
            session.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        yield session


def _generate(factory: SessionFactory, employees: int, seed: int, office_code: str | None,
              today: date, progress: Progress, parallel: bool | None) -> DemoSummary:
    started = time.perf_counter()
    total = max(employees, 1)
    progress.step(0, total, "Menyiapkan struktur organisasi dan data acuan…")
    with unit_of_work(factory, write_lock=True) as s:
        office = setup.check_office(s, office_code)
        regency(office)  # refuses the province before anything is written
        actor = SYSTEM_USER(office)
        bind_actor(s, username=actor.username, user_id=None, office_code=office)
        catalogue = setup.seed_catalogue(s)
        accounts = setup.add_accounts(s, office)
    spec = DemoSpec(office, seed, today, employees, agency_name(known_office(office)),
                    catalogue)
    counts: dict[str, int] = {}
    ending = _write_stream(factory, office, spec, parallel, counts, progress)
    with _batch_transaction(factory, office) as s:
        setup.finish(s, office, ending.tombstones, ending.head)
        append_audit(s, action="demo.generate", table="employee",
                     detail=f"employees={employees} seed={seed} today={today.isoformat()}")
    progress.step(total, total, "Data demo selesai dibuat.")
    return DemoSummary(office, employees, seed, today, counts, dict(ending.cases), accounts,
                       round(time.perf_counter() - started, 2))


def _write_stream(factory: SessionFactory, office: str, spec: DemoSpec, parallel: bool | None,
                  counts: dict[str, int], progress: Progress) -> Ending:
    """Write every batch of the stream, one transaction each; returns its ending."""
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived acyclic dicts: the cycle collector only slows us
    try:
        for item in batches(spec, parallel=parallel):
            if isinstance(item, Ending):
                return item
            with _batch_transaction(factory, office) as s:
                _write(s, item.rows, SETUP_TABLES if item.done == 0 else TABLE_ORDER, counts)
            item.rows.clear()
            gc.collect(0)
            _report(progress, item, spec.employees, max(spec.employees, 1))
    finally:
        if collecting:
            gc.enable()
    raise RuntimeError("the demo stream ended without its closing item")


def _report(progress: Progress, item: Batch, employees: int, total: int) -> None:
    if item.done == 0:
        progress.step(0, total, "Struktur organisasi dibuat; membuat data pegawai…")
        return
    text_done = f"{item.done:,}".replace(",", ".")
    text_all = f"{employees:,}".replace(",", ".")
    progress.step(item.done, total, f"Membuat data pegawai demo: {text_done} dari {text_all}")


register_messages(
    {
        "demo.no_site": (
            "Basis data belum disiapkan untuk sebuah kantor; jalankan dulu: simpeg init "
            "--office KODE.",
            "The database is not set up for an office yet; run first: simpeg init --office CODE.",
        ),
        "demo.other_office": (
            "Basis data ini milik kantor {site}, bukan {office}; data demo hanya dibuat untuk "
            "kantor pemilik basis data.",
            "This database belongs to office {site}, not {office}; demo data is only made for "
            "the database's own office.",
        ),
        "demo.not_empty": (
            "Basis data sudah berisi {count} pegawai; data demo hanya dibuat pada basis data "
            "yang belum berisi pegawai.",
            "The database already holds {count} employees; demo data is only made in a "
            "database without employees.",
        ),
        "demo.not_regency": (
            "Kode kantor {office!r} bukan kabupaten/kota di Provinsi Jambi; data demo dibuat "
            "untuk kantor kabupaten/kota (contoh: 15.02).",
            "Office code {office!r} is not a regency/city of Jambi; demo data is made for a "
            "regency/city office (e.g. 15.02).",
        ),
    }
)
