"""``init_office``: a new office database on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEntry
from app.db.engine import make_session_factory, unit_of_work
from app.db.org import Office
from app.db.reference import BerakhlakValue, EducationLevel, Golongan, Religion, TrainingType
from app.db.sync_meta import ChangeLog, SiteState
from app.db.users import User
from app.errors import SimpegError
from app.services.office import AdminSpec, init_office, site_office
from app.services.passwords import HashParams, set_hash_params
from app.services.seed import stable_id


@pytest.fixture(autouse=True)
def _fast_hashing():
    previous = set_hash_params(HashParams(memory_kib=64, iterations=1, lanes=1))
    yield
    set_hash_params(previous)


def count(s, model, *where):
    return s.scalar(select(func.count()).select_from(model).where(*where))


def test_init_office_sets_up_site_offices_and_reference_data(empty_db_url):
    info = init_office(empty_db_url, "1571", admin=AdminSpec("admin", "sandi-admin-kota"))
    assert (info.code, info.name, info.kind) == ("15.71", "BKPSDM Kota Jambi", "kota")
    factory = make_session_factory(empty_db_url)
    with unit_of_work(factory) as s:
        assert s.scalar(select(SiteState.site_code)) == "15.71"
        assert site_office(s) == info
        offices = {o.code: o for o in s.scalars(select(Office))}
        assert len(offices) == 12 and offices["15"].name == "BKD Provinsi Jambi"
        assert all(o.office_code == code for code, o in offices.items())
        assert count(s, Golongan) == 34
        assert count(s, Golongan, Golongan.kind == "PPPK") == 17
        ix = s.scalars(select(Golongan).where(Golongan.code == "IX")).one()
        assert ix.pns_equivalent == "III/a"
        iiib = s.get(Golongan, stable_id("golongan", "III/b"))
        assert (iiib.pangkat, iiib.ordinal, iiib.office_code) == ("Penata Muda Tingkat I", 10,
                                                                  "15")
        assert count(s, EducationLevel) == 10 and count(s, Religion) == 7
        assert count(s, BerakhlakValue) == 7 and count(s, TrainingType) >= 20
        assert count(s, ChangeLog) == 0, "seeded rows are the owner's, never local changes"
        assert s.scalars(select(User.username)).all() == ["admin"]
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
        assert actions[0] == "office.init" and actions[-1] == "user.first_admin"
    factory.kw["bind"].dispose()


@pytest.mark.parametrize("code", ["16.01", "15.10", "15.02.01", "jambi", ""])
def test_init_office_refuses_an_unknown_code(tmp_path, code):
    path = tmp_path / "x.db"
    with pytest.raises(SimpegError) as err:
        init_office(path, code)
    assert err.value.code == "office.unknown"
    assert "15.01" in err.value.text("id")
    assert not path.exists()


def test_init_office_refuses_a_database_with_data(empty_db_url):
    init_office(empty_db_url, "15.02")
    with pytest.raises(SimpegError) as err:
        init_office(empty_db_url, "15.03")
    assert err.value.code == "office.db_not_empty"
    factory = make_session_factory(empty_db_url)
    with unit_of_work(factory) as s:
        assert s.scalar(select(SiteState.site_code)) == "15.02"
    factory.kw["bind"].dispose()


def test_a_bad_first_admin_leaves_no_half_initialised_site(tmp_path):
    path = tmp_path / "x.db"
    with pytest.raises(SimpegError):
        init_office(path, "15.02", admin=AdminSpec("admin", "pendek"))
    info = init_office(path, "15.02", admin=AdminSpec("admin", "sandi-yang-baik"))
    assert info.code == "15.02"


def test_init_steps_can_be_extended(tmp_path):
    from app.services import office as module

    seen = []
    init_office(tmp_path / "x.db", "15.02",
                steps=[*module.INIT_STEPS, lambda s, code: seen.append(code)])
    assert seen == ["15.02"]
