"""The business-data digest: equal data → equal digest, whatever order, site or backend."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from app.db.engine import make_session_factory, unit_of_work
from app.db.histories import PangkatHistory
from app.db.personnel import Employee
from app.db.tracking import bind_actor, tombstone
from app.services.digest import (
    canonical_header,
    canonical_row,
    canonical_value,
    digest,
    synced_tables,
)
from app.services.office import init_office
from app.services.seed import stable_id

SITE = "15.02"


def eid(n: int) -> str:
    return str(uuid.UUID(int=n))


def employees(n: int = 5) -> list[dict]:
    return [
        {"id": eid(i + 1), "nama": f"Pegawai {i}", "nip": f"19850315201001{i:04d}",
         "nik": f"150201550385{i:04d}", "tanggal_lahir": date(1985, 3, 15),
         "jenis_kelamin": "LP"[i % 2], "agama_id": stable_id("religion", "islam"),
         "current_golongan_code": "III/b", "current_golongan_ordinal": 10}
        for i in range(n)
    ]


def histories(n: int = 5) -> list[dict]:
    return [
        {"id": eid(1000 + i), "employee_id": eid(i + 1), "golongan_code": "III/b",
         "tmt": date(2020, 4, 1), "angka_kredit_utama": Decimal("12.500"), "gaji_pokok": 3_500_000}
        for i in range(n)
    ]


def build(url, order=1, change=None):
    """An office 15.02 database holding the same employees, inserted in ``order``."""
    init_office(url, SITE)
    factory = make_session_factory(url)
    with unit_of_work(factory, write_lock=True) as s:
        bind_actor(s, username="op1", user_id=None, office_code=SITE)
        for row in employees()[::order]:
            s.add(Employee(**row))
            s.flush()
        for row in histories()[::order]:
            s.add(PangkatHistory(**row))
            s.flush()
    if change:
        with unit_of_work(factory, write_lock=True) as s:
            bind_actor(s, username="op2", user_id=None, office_code=SITE)
            change(s)
    return factory


def report(factory, office=None):
    with unit_of_work(factory) as s:
        return digest(s, office)


@pytest.fixture
def reference(tmp_path, _sqlite_head_template):
    import shutil

    path = tmp_path / "acuan.db"
    shutil.copyfile(_sqlite_head_template, path)
    factory = build(f"sqlite:///{path}", order=1)
    yield factory
    factory.kw["bind"].dispose()


def test_same_data_inserted_in_another_order_has_the_same_digest(db_url, reference):
    # db_url is SQLite or PostgreSQL: on PostgreSQL this also proves cross-backend equality
    factory = build(db_url, order=-1)
    mine, theirs = report(factory), report(reference)
    factory.kw["bind"].dispose()
    assert mine == theirs
    assert mine.rows == theirs.rows > 100


def test_one_changed_field_changes_the_digest_of_that_office_and_table_only(db_url, reference):
    def rename(s):
        s.get(Employee, eid(3)).nama = "Pegawai Tiga"

    factory = build(db_url, change=rename)
    mine, theirs = report(factory), report(reference)
    factory.kw["bind"].dispose()
    assert mine.sha256 != theirs.sha256
    differ = {(o.office_code, t.table)
              for o, p in zip(mine.offices, theirs.offices, strict=True)
              for t, u in zip(o.tables, p.tables, strict=True) if t != u}
    assert differ == {(SITE, "employee")}


def test_a_tombstone_counts_but_stamps_and_updated_at_do_not(tmp_path, _sqlite_head_template,
                                                            reference):
    import shutil

    def touch(s):
        emp = s.get(Employee, eid(2))
        emp.nama = "Sementara"
        s.flush()
        emp.nama = "Pegawai 1"  # back to the original value, but new stamps and updated_at
        s.flush()

    path = tmp_path / "b.db"
    shutil.copyfile(_sqlite_head_template, path)
    factory = build(f"sqlite:///{path}", change=touch)
    assert report(factory) == report(reference)
    with unit_of_work(factory, write_lock=True) as s:
        bind_actor(s, username="v1", user_id=None, office_code=SITE)
        tombstone(s, s.get(Employee, eid(2)), "data ganda")
    assert report(factory) != report(reference)
    factory.kw["bind"].dispose()


def test_office_filter_digests_only_that_offices_rows(reference):
    whole, mine = report(reference), report(reference, SITE)
    assert [o.office_code for o in mine.offices] == [SITE]
    assert mine.offices[0] == next(o for o in whole.offices if o.office_code == SITE)
    assert report(reference, "15.99").offices == ()


def test_local_tables_are_never_digested():
    names = {t.name for t in synced_tables()}
    assert {"employee", "office", "golongan", "pangkat_history"} <= names
    assert not names & {"app_user", "audit_log", "change_log", "site_state", "sync_conflict"}


def test_two_fresh_offices_hold_identical_reference_data(tmp_path, _sqlite_head_template):
    import shutil

    factories = []
    for code in ("15.02", "15"):
        path = tmp_path / f"{code}.db"
        shutil.copyfile(_sqlite_head_template, path)
        init_office(path, code)
        factories.append(make_session_factory(path))
    a, b = (report(f) for f in factories)
    assert a == b
    for f in factories:
        f.kw["bind"].dispose()


@pytest.mark.parametrize("value,expected", [
    (None, None), (True, True), (False, False), (7, 7), ("teks", "teks"),
    (Decimal("12.500"), "12.5"), (Decimal("12"), "12"), (Decimal("0.000"), "0"),
    (Decimal("1E+2"), "100"), (2.5, "2.5"), (date(2024, 1, 2), "2024-01-02"),
    (b"\x00\xff", "00ff"), ({"b": 1, "a": [2]}, '{"a":[2],"b":1}'),
])
def test_values_are_normalised(value, expected):
    assert canonical_value(value) == expected


def test_canonical_lines_are_compact_json():
    assert canonical_header(["a", "b"]) == b'["a","b"]\n'
    assert canonical_row([1, None, "é", Decimal("1.50")]) == '[1,null,"é","1.5"]\n'.encode()


def test_digest_does_not_depend_on_the_streaming_batch_size(reference, monkeypatch):
    from app.services import digest as module

    expected = report(reference)
    monkeypatch.setattr(module, "BATCH", 2)
    assert report(reference) == expected
