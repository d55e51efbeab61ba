"""The import's bulk writes: ``insert_rows`` (COPY on PostgreSQL from ``COPY_MIN_ROWS`` rows,
executemany below and on SQLite) and ``key_in`` lookups — same rows and same errors on both
databases."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.db.sync_meta import COPY_MIN_ROWS, ChangeLog, insert_rows
from app.sync.merge_rows import chunks, key_chunk, key_in

_T = ChangeLog.__table__
WHEN = datetime(2026, 3, 16, 8, 30, 15, 123456)


def _rows(n: int, start: int = 1) -> list[dict]:
    return [{
        "origin_site": "15.02", "origin_inc": "inc-a", "origin_seq": seq, "lamport": 10 + seq,
        "table_name": "employee", "pk": f"pk-{seq:05d}", "unit": "identity", "op": "upsert",
        "office_code": "15.02",
        "values_json": '{"nama": "Siti \\"Aisyah\\"", "catatan": "baris\\tdua\\\\n"}',
        "base_stamp": None if seq % 2 else f"[{seq}, \"15\"]", "user_name": "operator",
        "created_at_utc": WHEN,
    } for seq in range(start, start + n)]


def _stored(factory) -> list[tuple]:  # type: ignore[no-untyped-def]
    with factory() as s:
        return [tuple(r) for r in s.execute(select(_T).order_by(_T.c.origin_seq))]


@pytest.mark.parametrize("n", [3, COPY_MIN_ROWS, 2 * COPY_MIN_ROWS + 7])
def test_rows_arrive_as_given(session_factory, n):
    expected = [tuple(r.values()) for r in _rows(n)]
    with session_factory() as s:
        insert_rows(s, _T, _rows(n))
        s.commit()
    stored = _stored(session_factory)
    assert stored == expected
    assert stored[0][9] == '{"nama": "Siti \\"Aisyah\\"", "catatan": "baris\\tdua\\\\n"}'
    assert stored[0][10] is None and stored[1][10] == '[2, "15"]'
    assert stored[0][12] == WHEN


def test_duplicate_key_in_a_big_batch_is_an_integrity_error(session_factory):
    with session_factory() as s:
        insert_rows(s, _T, _rows(5))
        s.commit()
    with session_factory() as s:
        with pytest.raises(IntegrityError):
            insert_rows(s, _T, _rows(COPY_MIN_ROWS + 10, start=3))
        s.rollback()
    assert [r[2] for r in _stored(session_factory)] == [1, 2, 3, 4, 5]


def test_key_in_finds_exactly_the_stored_keys(session_factory):
    with session_factory() as s:
        insert_rows(s, _T, _rows(1200))
        s.commit()
    wanted = [f"pk-{i:05d}" for i in range(900, 1800)]  # 900..1200 stored, the rest not
    with session_factory() as s:
        size = key_chunk(s)
        found = set()
        for part in chunks(wanted, size):
            found.update(s.scalars(select(_T.c.pk).where(key_in(s, _T.c.pk, part))))
        assert found == {f"pk-{i:05d}" for i in range(900, 1201)}
        assert s.scalars(select(_T.c.pk).where(key_in(s, _T.c.pk, []))).all() == []
