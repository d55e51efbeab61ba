"""Gaji pokok by golongan, MKG and date (domain.md §4.3, §10), on the worked examples of the
shipped table: PP 15/2019 III/a MKG 0 = Rp 2.579.400; CPNS receive 80 %."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.domain import gaji, refdata
from app.domain.common import InvalidValue
from app.domain.gaji import GajiTable, gaji_pokok, peraturan_on, rupiah

IN_2020 = date(2020, 6, 1)
IN_2025 = date(2025, 6, 1)


def test_iii_a_mkg_0_under_pp_15_2019():
    assert gaji_pokok("III/a", 0, IN_2020) == 2_579_400
    assert peraturan_on(IN_2020).nama == "PP 15/2019"


def test_cpns_receive_80_percent():
    assert gaji_pokok("III/a", 0, IN_2020, cpns=True) == 2_063_520  # 80 % of 2.579.400
    assert gaji_pokok("II/a", 0, IN_2020, cpns=True) == 1_617_760  # 80 % of 2.022.200


def test_the_row_is_the_largest_grid_mkg_not_above():
    # III/a rows are even years: MKG 1 is still paid the MKG 0 row, MKG 3 the MKG 2 row
    assert gaji_pokok("III/a", 1, IN_2020) == 2_579_400
    assert gaji_pokok("III/a", 2, IN_2020) == 2_660_700
    assert gaji_pokok("III/a", 3, IN_2020) == 2_660_700
    # beyond the last row the last amount stays (III/a MKG 32 = the highest III/a amount)
    assert gaji_pokok("III/a", 40, IN_2020) == 4_236_400
    # golongan II rows are odd years from 3 (II/a also 0 and 1)
    assert gaji_pokok("II/a", 2, IN_2020) == 2_054_100
    assert gaji_pokok("II/b", 4, IN_2020) == 2_208_400
    assert gaji_pokok("II/b", 2, IN_2020) is None  # below the first II/b row


def test_the_regulation_in_force_on_the_date():
    assert gaji_pokok("III/a", 0, date(2023, 12, 31)) == 2_579_400  # PP 15/2019
    assert gaji_pokok("III/a", 0, date(2024, 1, 1)) == 2_785_700  # PP 5/2024, +8 %
    assert gaji_pokok("IV/e", 32, IN_2025) == 6_373_200
    assert gaji_pokok("III/a", 2, IN_2025) == 2_873_500
    assert gaji_pokok("II/a", 33, IN_2025) == 3_643_400
    assert gaji_pokok("III/a", 0, date(2018, 12, 31)) is None  # no table shipped before 2019
    assert peraturan_on(date(2018, 12, 31)) is None


def test_amounts_not_verified_yet_are_none_never_guessed():
    # PP 15/2019 III/c MKG 20 failed the cross-check: empty in the shipped table
    assert gaji_pokok("III/c", 20, IN_2020) is None
    assert gaji_pokok("III/c", 21, IN_2020) is None  # the same row
    assert gaji_pokok("III/c", 22, IN_2020) == 3_941_400
    assert gaji_pokok("III/c", 20, IN_2025) == 4_126_600
    assert rupiah(None) == "gaji pokok belum ada di tabel"
    assert rupiah(2_579_400) == "Rp 2.579.400"


def test_pppk_and_unknown_golongan_have_no_amount():
    assert gaji_pokok("IX", 0, IN_2020) is None  # Perpres 98/2020 table not shipped
    assert gaji_pokok("V/z", 0, IN_2020) is None
    assert gaji_pokok("III/a", -1, IN_2020) is None


def test_every_grid_row_has_a_table_row_and_vice_versa():
    grid = refdata.load_json("kgb-grid.json")["rows"]
    table = gaji.default_table()
    assert [p.nama for p in table.peraturan] == ["PP 15/2019", "PP 5/2024"]
    for p in table.peraturan:
        rows = {g: [m for m, _ in r] for g, r in p.rows.items()}
        assert rows == {g: list(v) for g, v in grid.items()}, p.nama


def test_known_amounts_rise_with_mkg_and_with_golongan():
    for p in gaji.default_table().peraturan:
        for gol, rows in p.rows.items():
            amounts = [a for _, a in rows if a is not None]
            assert amounts == sorted(amounts) and len(set(amounts)) == len(amounts), gol
        lowest = [rows[0][1] for rows in p.rows.values()]
        assert lowest == sorted(lowest), p.nama  # I/a < I/b < … < IV/e at their first rows


def test_pp_5_2024_is_pp_15_2019_plus_8_percent_where_both_are_known():
    old, new = gaji.default_table().peraturan
    for gol, rows in new.rows.items():
        for mkg, amount in rows:
            before = old.amount(gol, mkg)
            if amount is not None and before is not None:
                assert abs(amount - before * 1.08) < 200, (gol, mkg)  # rounded to Rp 100


def test_a_table_passed_in_is_used():
    table = GajiTable.from_rows([
        {"peraturan": "PP X", "berlaku_mulai": "2030-01-01", "golongan": "III/a",
         "mkg_tahun": "0", "gaji_pokok": "5.000.000"},
    ])
    assert gaji_pokok("III/a", 4, date(2030, 2, 1), table=table) == 5_000_000
    assert gaji_pokok("III/a", 4, date(2029, 2, 1), table=table) is None


def test_a_bad_row_is_named():
    with pytest.raises(InvalidValue, match="row 1"):
        GajiTable.from_rows([{"peraturan": "PP X", "berlaku_mulai": "2030-13-01",
                              "golongan": "III/a", "mkg_tahun": "0", "gaji_pokok": "1"}])


def test_an_office_override_replaces_the_shipped_table(tmp_path, monkeypatch):
    monkeypatch.setenv("SIMPEG_HOME", str(tmp_path))
    shipped = refdata.shipped_path(gaji.FILE).read_text(encoding="utf-8")
    folder = refdata.override_dir()
    folder.mkdir(parents=True)
    fixed = shipped.replace("PP 15/2019,2019-01-01,III/c,20,\n",
                            "PP 15/2019,2019-01-01,III/c,20,3821000\n")
    assert fixed != shipped
    (folder / gaji.FILE).write_text(fixed, encoding="utf-8")
    assert refdata.is_overridden(gaji.FILE)
    assert gaji_pokok("III/c", 20, IN_2020) == 3_821_000
    (folder / gaji.FILE).unlink()
    assert not refdata.is_overridden(gaji.FILE)
    assert gaji_pokok("III/c", 20, IN_2020) is None


def test_override_works_for_every_reference_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SIMPEG_HOME", str(tmp_path))
    folder = refdata.override_dir()
    folder.mkdir(parents=True)
    data = json.loads(refdata.shipped_path("talenta.json").read_text(encoding="utf-8"))
    data["default_ordering"] = "B"
    (folder / "talenta.json").write_text(json.dumps(data), encoding="utf-8")
    assert refdata.load_json("talenta.json")["default_ordering"] == "B"
    (folder / "talenta.json").unlink()
    assert refdata.load_json("talenta.json")["default_ordering"] != "B"
