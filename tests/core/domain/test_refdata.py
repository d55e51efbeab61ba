"""The shipped reference tables: documented, sourced, read-only once loaded."""

from __future__ import annotations

import pytest

from app.domain import refdata

FILES = sorted(p.name for p in refdata.data_dir().iterdir() if p.name != "README.md")


def test_readme_lists_every_data_file():
    readme = (refdata.data_dir() / "README.md").read_text(encoding="utf-8")
    missing = [name for name in FILES if f"`{name}`" not in readme]
    assert missing == []
    assert "MIT" in readme and "300.2.2-2430/2025" in readme


@pytest.mark.parametrize("name", [n for n in FILES if n.endswith(".json")])
def test_json_tables_say_source_and_confidence(name):
    meta = refdata.load_json(name)["_meta"]
    assert meta["source"] and meta["confidence"]


@pytest.mark.parametrize(
    "name", [n for n in FILES if n.endswith(".csv") and n != "wilayah-jambi.csv"]
)
def test_csv_tables_start_with_a_source_comment(name):
    text = refdata.data_path(name).read_text(encoding="utf-8")
    comments = "\n".join(line for line in text.splitlines() if line.startswith("#")).lower()
    assert text.startswith("# ")
    assert "source" in comments and "confidence" in comments
    assert refdata.load_csv(name)  # parses to at least one row


def test_loaded_tables_are_read_only():
    data = refdata.load_json("talenta.json")
    with pytest.raises(TypeError):
        data["default_ordering"] = "B"  # type: ignore[index]
    assert isinstance(data["orderings"]["A"]["atas"], type(data))
    rows = refdata.load_csv("bup.csv")
    with pytest.raises(TypeError):
        rows[0]["bup"] = "99"  # type: ignore[index]


def test_parse_csv_text_skips_comments_and_blank_rows():
    rows = refdata.parse_csv_text("# comment\n a , b \n1, 2\n,\n# another\n3,4\n")
    assert [dict(r) for r in rows] == [{"a": "1", "b": "2"}, {"a": "3", "b": "4"}]
    assert refdata.optional_int(" ") is None and refdata.optional_int("7") == 7
