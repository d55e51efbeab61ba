"""The province on PostgreSQL (skipped without ``SIMPEG_TEST_PG_URL``) and regency offices on
SQLite, linked the star way. The regency databases are made once per run and copied per test;
the province is a fresh PostgreSQL database per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.audit import verify_audit_chain
from app.db.sync_meta import ChangeLog, site_info
from app.services.office import init_office
from tests.core.sync.conftest import Site, link

PROV = "15"
REGENCIES = ("15.01", "15.02", "15.03")

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="session")
def _regency_template(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("province-offices")
    before = os.environ.get("SIMPEG_HOME")
    os.environ["SIMPEG_HOME"] = str(base / "home")
    try:
        for code in REGENCIES:
            init_office(base / f"{code}.db", code)
    finally:
        if before is None:
            os.environ.pop("SIMPEG_HOME", None)
        else:
            os.environ["SIMPEG_HOME"] = before
    return base


@pytest.fixture
def province_url(request) -> Iterator[str]:
    """A fresh province database on PostgreSQL, initialised for office 15."""
    from tests.conftest import _fresh_pg_database

    gen = _fresh_pg_database(request, None)
    url = next(gen)
    init_office(url, PROV)
    yield url
    for _ in gen:
        pass


@pytest.fixture
def province(province_url, tmp_path) -> Iterator[Site]:
    site = Site(PROV, province_url, tmp_path / "out-15")
    yield site
    site.close()


@pytest.fixture
def regencies(province, _regency_template, tmp_path) -> Iterator[dict[str, Site]]:
    """The three regency offices, each trusting the province and trusted by it."""
    sites = {}
    for code in REGENCIES:
        target = tmp_path / f"{code}.db"
        shutil.copyfile(_regency_template / f"{code}.db", target)
        link(province.url, f"sqlite:///{target}")
        sites[code] = Site(code, f"sqlite:///{target}", tmp_path / f"out-{code}")
    yield sites
    for s in sites.values():
        s.close()


def assert_log_sound(site: Site) -> None:
    """The site's own change log has contiguous seqs and a non-decreasing Lamport clock, and
    the audit chain verifies."""
    with site.ctx.read_session() as s:
        info = site_info(s)
        rows = s.execute(select(ChangeLog.origin_seq, ChangeLog.lamport).where(
            ChangeLog.origin_site == info.site_code, ChangeLog.origin_inc == info.incarnation)
            .order_by(ChangeLog.origin_seq)).all()
        seqs = [r.origin_seq for r in rows]
        assert seqs == list(range(1, len(seqs) + 1)), "change seqs have a gap or a repeat"
        assert info.next_seq == len(seqs) + 1
        lamports = [r.lamport for r in rows]
        assert lamports == sorted(lamports), "Lamport clock went backwards"
        check = verify_audit_chain(s)
        assert check.ok, check.reason


def add_valid_employee(site: Site, nama: str, n: int) -> str:
    """An employee the personnel service accepts (NIP agreeing with birth date and sex)."""
    from datetime import date

    return site.add_employee(nama, nip=f"19850101201001100{n}"[:15] + f"{n:03d}",
                             tanggal_lahir=date(1985, 1, 1), jenis_kelamin="L")
