"""Change records round-trip (sync.md §5.2 c): what the exporter writes, the importer reads back
exactly — unicode, quotes, backslashes, text that looks like a key, NULLs, dates."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.db.sync_units import dumps
from app.sync import BundleRejected
from app.sync.records import ChangeRecord, change_line, parse_change
from app.sync.scope import table_info

CONTACT = table_info("employee").spec.units["contact"]
texts = st.one_of(st.none(), st.text(max_size=40),
                  st.sampled_from(['"values":{"x":1}', '\\"', "Jl. Ké 🌴\nRT 01", ""]))


def _line(values: dict, base: str | None = '[7,"15.02"]') -> bytes:
    row = ("15.02", "ab" * 16, 41, 812, "employee", "0190aaaa-0000-7000-8000-000000000001",
           "contact", "upsert", "15.02", dumps(values), base, "op1",
           datetime(2025, 2, 27, 3, 10, 11, 123456))
    return change_line(row)


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({k: texts for k in CONTACT}))
def test_a_change_line_reads_back_exactly(values):
    line = _line(values)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    info = table_info("employee")
    checked = parse_change(info, json.loads(line), 1)
    fast = ChangeRecord.from_line("employee", line[:-1])
    assert checked.values == fast.values == values
    assert fast.values_json == dumps(values)
    assert (fast.origin, fast.seq, fast.lamport, fast.base, fast.user) == \
        ("15.02/" + "ab" * 16, 41, 812, (7, "15.02"), "op1")
    assert fast.at == checked.at == datetime(2025, 2, 27, 3, 10, 11, 123456)
    assert fast.log_row()["values_json"] == checked.log_row()["values_json"]


@pytest.mark.parametrize("mutate", [
    lambda d: d.pop("user"),
    lambda d: d.__setitem__("unit", "nope"),
    lambda d: d["values"].__setitem__("alamat", {"nested": 1}),
    lambda d: d["values"].pop("alamat"),
    lambda d: d.__setitem__("op", "delete"),
    lambda d: d.__setitem__("base", [1]),
], ids=["missing-field", "unknown-unit", "nested", "schema", "op", "base"])
def test_malformed_records_are_refused_with_line_and_member(mutate):
    doc = json.loads(_line(dict.fromkeys(CONTACT)))
    mutate(doc)
    with pytest.raises(BundleRejected) as err:
        parse_change(table_info("employee"), doc, 9)
    assert err.value.code == "bundle.record_invalid"
    assert err.value.params["line"] == 9 and err.value.params["name"] == \
        "changes/employee.jsonl"
