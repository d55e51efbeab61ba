"""Multi-site fixtures: the province and two regencies, each a database with its own keys,
trusting each other the star way (every office trusts the province and vice versa).

The three databases are made once per test run (``init`` + keys + trust) and copied for each
test; the key files stay in the template folder (the databases record their paths).
``world_pg`` runs the province on PostgreSQL (skipped without ``SIMPEG_TEST_PG_URL``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import Synced
from app.db.personnel import Employee
from app.db.sync_meta import Conflict
from app.db.tracking import tombstone
from app.services.context import ServiceContext
from app.services.digest import digest
from app.services.office import init_office
from app.services.sync_service import export_job, import_job
from app.sync.cards import identity_card, parse_identity_card
from app.sync.exporter import ExportResult
from app.sync.import_result import ImportResult
from app.sync.scope import table_infos
from app.sync.trust import load_own_keys, trust_card

PROV, KAB, KAB2 = "15", "15.02", "15.03"
CODES = (PROV, KAB, KAB2)


@dataclass
class Site:
    """One office's database, driven as its system user."""

    code: str
    url: str
    out: Path
    ctx: ServiceContext = field(init=False)
    _n: int = 0

    def __post_init__(self) -> None:
        self.ctx = ServiceContext.open(self.url).as_system()
        self.out.mkdir(parents=True, exist_ok=True)

    def close(self) -> None:
        self.ctx.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.ctx.write_session() as s:
            yield s

    # --- business writes (tracked, like a service would) ----------------------------------

    def add_employee(self, nama: str, nik: str | None = None, **values: Any) -> str:
        with self.session() as s:
            e = Employee(nama=nama, nik=nik, **values)
            s.add(e)
            s.flush()
            return e.id

    def edit(self, cls: type[Synced], pk: str, **values: Any) -> None:
        with self.session() as s:
            obj = s.get(cls, pk)
            for k, v in values.items():
                setattr(obj, k, v)

    def delete(self, cls: type[Synced], pk: str, reason: str = "dihapus") -> None:
        with self.session() as s:
            tombstone(s, s.get(cls, pk), reason)

    def row(self, cls: type[Synced], pk: str) -> Synced | None:
        with self.ctx.read_session() as s:
            obj = s.get(cls, pk)
            if obj is not None:
                s.expunge(obj)
            return obj

    def conflicts(self, status: str | None = "open") -> list[Conflict]:
        with self.ctx.read_session() as s:
            stmt = select(Conflict).order_by(Conflict.detected_at, Conflict.id)
            if status:
                stmt = stmt.where(Conflict.status == status)
            rows = list(s.scalars(stmt))
            for r in rows:
                s.expunge(r)
            return rows

    # --- sync ---------------------------------------------------------------------------------

    def export_to(self, peer: str, **kw: Any) -> ExportResult:
        self._n += 1
        path = self.out / f"{self.code}-to-{peer}-{self._n:03d}.hrb"
        return export_job(self.ctx, peer, path, **kw)(_progress())

    def import_(self, path: Path, *, dry_run: bool = False, **kw: Any) -> ImportResult:
        return import_job(self.ctx, path, dry_run=dry_run, **kw)(_progress())

    def digest(self, office: str | None = None) -> str:
        with self.ctx.read_session() as s:
            return digest(s, office).sha256

    def table_digests(self, office: str) -> dict[str, str]:
        with self.ctx.read_session() as s:
            report = digest(s, office)
        return {t.table: t.sha256 for o in report.offices for t in o.tables}


def _progress():  # type: ignore[no-untyped-def]
    from app.jobs import Progress

    return Progress()


def sync(src: Site, dst: Site) -> ImportResult:
    """Export ``src`` → ``dst`` and import it there."""
    return dst.import_(src.export_to(dst.code).path)


def converge(prov: Site, *offices: Site, rounds: int = 2) -> None:
    """Full rounds through the hub until everyone has everything."""
    for _ in range(rounds):
        for o in offices:
            sync(o, prov)
        for o in offices:
            sync(prov, o)


def shared_digest(site: Site) -> dict[str, str]:
    """Digest per table of the province's rows of shared tables (every office holds them)."""
    infos = table_infos()
    return {t: d for t, d in site.table_digests(PROV).items() if infos[t].shared}


def assert_converged(prov: Site, *offices: Site) -> None:
    for o in offices:
        assert o.digest(o.code) == prov.digest(o.code), f"office {o.code} differs"
        assert shared_digest(o) == shared_digest(prov), f"shared data differs at {o.code}"


def _card(site_url: str) -> bytes:
    ctx = ServiceContext.open(site_url)
    try:
        with ctx.read_session() as s:
            keys = load_own_keys(s)
        return identity_card(keys, f"Kantor {keys.office_code}")
    finally:
        ctx.close()


def link(url_a: str, url_b: str) -> None:
    """Mutual trust between two databases (as the admins would after the phone call)."""
    for here, there in ((url_a, url_b), (url_b, url_a)):
        card = parse_identity_card(_card(there))
        ctx = ServiceContext.open(here).as_system()
        try:
            with ctx.write_session() as s:
                trust_card(s, card, by="admin")
        finally:
            ctx.close()


@pytest.fixture(scope="session")
def _world_template(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("sync-world")
    before = os.environ.get("SIMPEG_HOME")
    os.environ["SIMPEG_HOME"] = str(base / "home")
    try:
        for code in CODES:
            init_office(base / f"{code}.db", code)
        prov = f"sqlite:///{base / '15.db'}"
        for code in CODES[1:]:
            link(prov, f"sqlite:///{base / f'{code}.db'}")
    finally:
        if before is None:
            os.environ.pop("SIMPEG_HOME", None)
        else:
            os.environ["SIMPEG_HOME"] = before
    return base


class World:
    def __init__(self, sites: dict[str, Site]) -> None:
        self.sites = sites
        self.prov, self.kab, self.kab2 = sites[PROV], sites[KAB], sites[KAB2]

    def close(self) -> None:
        for s in self.sites.values():
            s.close()


def _copy_site(template: Path, tmp: Path, code: str) -> str:
    target = tmp / f"{code}.db"
    shutil.copyfile(template / f"{code}.db", target)
    return f"sqlite:///{target}"


@pytest.fixture
def world(_world_template, tmp_path) -> Iterator[World]:
    """Province, Merangin (15.02) and Sarolangun (15.03) on SQLite."""
    w = World({c: Site(c, _copy_site(_world_template, tmp_path, c), tmp_path / f"out-{c}")
               for c in CODES})
    yield w
    w.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def world_db(request, _world_template, tmp_path) -> Iterator[World]:
    """Like ``world``, once with the province on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield from _plain(_world_template, tmp_path)
        return
    pg_url = next(iter(request.getfixturevalue("_pg_province")))
    sites = {PROV: Site(PROV, pg_url, tmp_path / "out-15")}
    for c in CODES[1:]:
        url = _copy_site(_world_template, tmp_path, c)
        link(pg_url, url)
        sites[c] = Site(c, url, tmp_path / f"out-{c}")
    w = World(sites)
    yield w
    w.close()


def _plain(template: Path, tmp_path: Path) -> Iterator[World]:
    w = World({c: Site(c, _copy_site(template, tmp_path, c), tmp_path / f"out-{c}")
               for c in CODES})
    yield w
    w.close()


@pytest.fixture
def _pg_province(request):  # type: ignore[no-untyped-def]
    """A fresh PostgreSQL database made the province (dropped afterwards)."""
    from tests.conftest import _fresh_pg_database

    gen = _fresh_pg_database(request, None)
    url = next(gen)
    init_office(url, PROV)
    yield iter([url])
    with contextlib.suppress(StopIteration):
        next(gen)
