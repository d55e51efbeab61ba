"""Every site holds the same jabatan catalogue under the same keys: a province made by
``simpeg init`` applies a demo office's full bundle with no jabatan it does not know."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.engine import make_session_factory, unit_of_work
from app.db.personnel import Employee
from app.db.reference import Jabatan
from app.db.sync_meta import Conflict
from app.db.tracking import bind_actor
from app.demo import generate
from app.demo.setup import seed_catalogue, track_codes
from app.errors import SimpegError
from app.services.office import init_office
from app.services.passwords import HashParams, set_hash_params
from app.services.seed import catalogue_rows, seed_jabatan_catalogue, stable_id
from tests.core.sync.conftest import Site, link, sync

OFFICE = "15.02"


@pytest.fixture(autouse=True)
def _fast_hashing():
    previous = set_hash_params(HashParams(memory_kib=64, iterations=1, lanes=1))
    yield
    set_hash_params(previous)


@pytest.fixture(scope="module")
def _demo_office(tmp_path_factory) -> Path:
    """A regency office made by init, then filled by the demo (made once per module)."""
    path = tmp_path_factory.mktemp("demo-office") / f"{OFFICE}.db"
    init_office(path, OFFICE)
    generate(path, employees=40, seed=3, today=date(2026, 3, 2), parallel=False)
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def province_url(request, tmp_path):
    """An empty database for the province, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'province.db'}"
    else:
        from tests.conftest import _fresh_pg_database

        yield from _fresh_pg_database(request, "template0")


def _jabatan(url: str) -> dict[str, str]:
    factory = make_session_factory(url)
    try:
        with unit_of_work(factory) as s:
            return {str(c): str(i) for c, i in s.execute(select(Jabatan.code, Jabatan.id))}
    finally:
        factory.kw["bind"].dispose()


def test_the_catalogue_is_data_with_unique_codes_and_keys_from_them():
    rows = catalogue_rows()
    codes = [str(r["code"]) for r in rows]
    assert len(codes) == len(set(codes)) > 150
    assert all(len(c) <= 64 for c in codes)
    guru = next(r for r in rows if r["code"] == "JF-GURU-AHLI_MUDA")
    assert (guru["name"], guru["jenjang"], guru["bup"]) == ("Guru Ahli Muda", "ahli_muda", 60)
    old = next(r for r in rows if r["code"] == "PL-OLD-PENGADMINISTRASI_UMUM")
    assert old["active"] is False and old["kind"] == "pelaksana"
    assert set(track_codes()) <= set(codes), "every jabatan the demo fills is in the catalogue"


def test_init_seeds_the_catalogue_with_the_same_keys_at_every_site(tmp_path):
    init_office(tmp_path / "a.db", "15.01")
    init_office(tmp_path / "b.db", "15.71")
    a, b = _jabatan(f"sqlite:///{tmp_path / 'a.db'}"), _jabatan(f"sqlite:///{tmp_path / 'b.db'}")
    assert a == b and len(a) == len(catalogue_rows())
    assert a["JF-PERAWAT-TERAMPIL"] == stable_id("jabatan", "JF-PERAWAT-TERAMPIL")


def test_seeding_again_keeps_what_is_there_and_adds_new_rows(tmp_path):
    path = tmp_path / "x.db"
    init_office(path, "15.03")
    table = {"rows": [*catalogue_rows(), {"code": "JF-PENERJEMAH-AHLI_MUDA",
                                          "name": "Penerjemah Ahli Muda",
                                          "kind": "fungsional_keahlian", "jenjang": "ahli_muda"}]}
    factory = make_session_factory(path)
    try:
        with unit_of_work(factory) as s:
            bind_actor(s, username="system", user_id=None, office_code="15.03")
            have = seed_jabatan_catalogue(s, table)
            assert len(have) == len(catalogue_rows()) + 1
            assert seed_catalogue(s) == have  # the demo's call adds nothing more
            new = s.get(Jabatan, stable_id("jabatan", "JF-PENERJEMAH-AHLI_MUDA"))
            assert (new.office_code, new.active, new.bup) == ("15", True, None)
    finally:
        factory.kw["bind"].dispose()


def test_the_demo_refuses_a_catalogue_lacking_its_jabatan(tmp_path, monkeypatch):
    path = tmp_path / "x.db"
    init_office(path, "15.04")
    monkeypatch.setattr("app.demo.setup.track_codes", lambda: ("JF-TIDAK_ADA-AHLI_MUDA",))
    with pytest.raises(SimpegError) as err:
        generate(path, employees=3, seed=1, today=date(2026, 3, 2), parallel=False)
    assert err.value.code == "demo.catalogue_missing"
    assert "JF-TIDAK_ADA-AHLI_MUDA" in err.value.text()


def test_province_made_by_init_applies_a_demo_office_bundle(province_url, _demo_office,
                                                           tmp_path, capsys):
    assert main(["--db", province_url, "init", "--office", "15"]) == 0, capsys.readouterr().err
    office_path = tmp_path / f"{OFFICE}.db"
    shutil.copyfile(_demo_office, office_path)
    office_url = f"sqlite:///{office_path}"
    link(province_url, office_url)
    office, province = (Site(OFFICE, office_url, tmp_path / "out-office"),
                        Site("15", province_url, tmp_path / "out-15"))
    try:
        result = sync(office, province)
        assert (result.status, result.held, result.conflicts) == ("applied", 0, 0)
        with province.session() as s:
            assert not s.scalar(select(func.count()).select_from(Conflict))
            staff = s.scalar(select(func.count()).select_from(Employee)
                             .where(Employee.office_code == OFFICE))
            assert staff == 40
            dangling = s.scalar(
                select(func.count()).select_from(Employee)
                .outerjoin(Jabatan, Jabatan.id == Employee.current_jabatan_id)
                .where(Employee.current_jabatan_id.is_not(None), Jabatan.id.is_(None)))
            assert dangling == 0
            held = s.scalar(select(func.count()).select_from(Employee).where(
                Employee.current_jabatan_id.is_not(None)))
            assert held > 0
    finally:
        office.close()
        province.close()
