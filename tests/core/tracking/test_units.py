"""Change-unit declarations and the JSON form of unit values."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.db.base import Synced
from app.db.sync_units import decode_values, sync_units, unit_spec, unit_values
from tests.core.tracking.models import Note, Person

LIFECYCLE = ("office_code", "deleted", "deleted_reason", "merged_into")


def test_declared_units_plus_lifecycle():
    assert sync_units(Person) == {
        "identity": ("nik", "name", "birth_date"),
        "contact": ("address", "phone"),
        "employment": ("grade", "salary"),
        "lifecycle": LIFECYCLE,
    }


def test_default_is_one_row_unit_with_every_own_column():
    assert sync_units(Note) == {
        "row": ("person_id", "folder_id", "text", "photo"), "lifecycle": LIFECYCLE}


def _model(name: str, units: dict[str, tuple[str, ...]]) -> type:
    class _Base(DeclarativeBase):
        metadata = MetaData()

    attrs = {
        "__tablename__": name, "__sync_units__": units,
        "__annotations__": {"a": Mapped[str], "b": Mapped[str]},
        "a": mapped_column(String(5)), "b": mapped_column(String(5)),
    }
    return type(name, (Synced, _Base), attrs)


@pytest.mark.parametrize(("units", "complaint"), [
    ({"x": ("a",)}, "leaves out columns ['b']"),
    ({"x": ("a", "b"), "y": ("b",)}, "is in units 'x' and 'y'"),
    ({"x": ("a", "b", "nope")}, "'nope' is not a column"),
    ({"x": ("a", "b", "deleted")}, "'deleted' is not a column"),
    ({"x": ("a", "b"), "lifecycle": ()}, "implicit"),
])
def test_bad_declarations_are_rejected_with_the_reason(units, complaint):
    cls = _model(f"bad_{abs(hash(str(units)))}", units)
    with pytest.raises(TypeError, match=complaint.replace("[", r"\[").replace("]", r"\]")):
        unit_spec(cls)


def test_only_synced_models_have_units():
    from app.db.sync_meta import ChangeLog

    with pytest.raises(TypeError):
        unit_spec(ChangeLog)


def test_values_round_trip_through_json():
    p = Person(nik="1", name="A", birth_date=date(1970, 12, 31), salary=Decimal("10.05"),
               office_code="15.02", deleted=False)
    n = Note(text="t", photo=b"\x00\xffdata", office_code="15.02", deleted=False)
    assert unit_values(p, "identity") == {"nik": "1", "name": "A", "birth_date": "1970-12-31"}
    assert unit_values(p, "employment") == {"grade": None, "salary": "10.05"}
    for obj, unit in ((p, "identity"), (p, "employment"), (n, "row"), (n, "lifecycle")):
        values = unit_values(obj, unit)
        assert decode_values(type(obj), values) == {k: getattr(obj, k) for k in values}


def test_decode_rejects_unknown_attributes_and_parses_datetimes():
    with pytest.raises(KeyError):
        decode_values(Note, {"nope": 1})

    class _Base(DeclarativeBase):
        metadata = MetaData()

    class Stamped(Synced, _Base):
        __tablename__ = "t_stamped"
        seen_at: Mapped[datetime | None] = mapped_column()

    when = datetime(2025, 3, 1, 7, 12, 0, 123456)
    obj = Stamped(seen_at=when)
    assert decode_values(Stamped, unit_values(obj, "row")) == {"seen_at": when}
