"""``simpeg keys|export|import|conflicts``: the whole round trip from the command line."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.db.personnel import Employee
from app.errors import set_language
from app.services.context import ServiceContext


@pytest.fixture(autouse=True)
def _language():
    yield
    set_language("id")


def simpeg(capsys, *argv):  # type: ignore[no-untyped-def]
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def failure(err: str) -> str:
    """The one reason line (progress and notes may precede it on stderr)."""
    reasons = [line for line in err.splitlines() if line.startswith("simpeg:")]
    assert len(reasons) == 1 and err.strip().endswith(reasons[0]), err
    return reasons[0]


def ok(capsys, *argv) -> str:  # type: ignore[no-untyped-def]
    code, out, err = simpeg(capsys, *argv)
    assert code == 0, err
    return out


@pytest.fixture
def offices(tmp_path, capsys):  # type: ignore[no-untyped-def]
    prov, kab = tmp_path / "prov.db", tmp_path / "kab.db"
    ok(capsys, "--db", prov, "init", "--office", "15")
    ok(capsys, "--db", kab, "init", "--office", "15.02")
    ok(capsys, "--db", prov, "keys", "export", "--out", tmp_path / "prov.card")
    ok(capsys, "--db", kab, "keys", "export", "--out", tmp_path / "kab.card")
    return prov, kab


def _fingerprint(capsys, db) -> str:  # type: ignore[no-untyped-def]
    return json.loads(ok(capsys, "--db", db, "--json", "keys", "show"))["office"][
        "fingerprint_text"]


def _add(db, nama: str, nik: str) -> str:  # type: ignore[no-untyped-def]
    with ServiceContext.open(db) as ctx:
        ctx.as_system()
        with ctx.write_session() as s:
            e = Employee(nama=nama, nik=nik)
            s.add(e)
            s.flush()
            return e.id


def _edit(db, pk: str, **values) -> None:  # type: ignore[no-untyped-def]
    with ServiceContext.open(db) as ctx:
        ctx.as_system()
        with ctx.write_session() as s:
            obj = s.get(Employee, pk)
            for k, v in values.items():
                setattr(obj, k, v)


def test_trust_asks_to_compare_the_fingerprint(offices, capsys, tmp_path):
    prov, kab = offices
    code, _, err = simpeg(capsys, "--db", prov, "keys", "trust", tmp_path / "kab.card")
    assert code == 1 and "--yes/--fingerprint" in failure(err)  # no terminal to ask on
    code, _, err = simpeg(capsys, "--db", prov, "keys", "trust", tmp_path / "kab.card",
                          "--fingerprint", "0000 0000 0000 0000 0000 0000 0000 0000")
    assert code == 1 and "TIDAK dipercaya" in failure(err)
    fp = _fingerprint(capsys, kab)
    out = ok(capsys, "--db", prov, "keys", "trust", tmp_path / "kab.card", "--fingerprint",
             fp.lower().replace(" ", "-"))
    assert "15.02" in out and fp in out
    shown = json.loads(ok(capsys, "--db", prov, "--json", "keys", "show"))
    assert [(p["office_code"], p["fingerprint_text"]) for p in shown["peers"]] == [("15.02", fp)]


def test_round_trip_export_dry_run_import_conflicts_receipts(offices, capsys, tmp_path):
    prov, kab = offices
    ok(capsys, "--db", prov, "keys", "trust", tmp_path / "kab.card", "--yes")
    ok(capsys, "--db", kab, "keys", "trust", tmp_path / "prov.card", "--yes")
    pk = _add(kab, "Siti Aminah", "1502014101900001")
    out = ok(capsys, "--db", kab, "export", "--to", "15", "--out", tmp_path)
    bundle = tmp_path / "15.02-to-15-000001.hrb"
    assert bundle.exists() and "Bundel 1 untuk 15" in out
    before = ok(capsys, "--db", prov, "--json", "digest")
    preview = json.loads(ok(capsys, "--db", prov, "--json", "import", bundle, "--dry-run"))
    assert preview["status"] == "dry_run" and preview["tables"][0]["new"] == 1
    assert ok(capsys, "--db", prov, "--json", "digest") == before
    out = ok(capsys, "--db", prov, "import", bundle)
    assert "1 data baru" in out and "Pengirim 15.02" in out
    # both edit the same unit; the province's queue gets the conflict
    _edit(kab, pk, telepon="0811")
    _edit(prov, pk, telepon="0822")
    ok(capsys, "--db", kab, "export", "--to", "15", "--out", tmp_path / "k2.hrb")
    ok(capsys, "--db", prov, "import", tmp_path / "k2.hrb")
    listed = json.loads(ok(capsys, "--db", prov, "--json", "conflicts", "list"))
    [conflict] = listed
    assert conflict["kind"] == "edit-edit" and conflict["record_label"] == "Siti Aminah"
    text = ok(capsys, "--db", prov, "conflicts", "list")
    assert conflict["id"][:8] in text and "0811" in text and "0822" in text
    code, _, err = simpeg(capsys, "--db", prov, "conflicts", "resolve", conflict["id"][:8],
                          "--value", "[1]")
    assert code == 1 and "objek JSON" in failure(err)
    ok(capsys, "--db", prov, "conflicts", "resolve", conflict["id"][:8], "--value",
       '{"telepon": "0833"}', "--reason", "ditelepon langsung")
    assert "Tidak ada konflik" in ok(capsys, "--db", prov, "conflicts", "list")
    ok(capsys, "--db", prov, "export", "--to", "15.02", "--out", tmp_path / "p1.hrb")
    out = ok(capsys, "--db", kab, "import", tmp_path / "p1.hrb")
    assert "tanda terima" in out and "Bundel 2 kantor ini sudah diterapkan" in out
    receipts = ok(capsys, "--db", kab, "conflicts", "receipts")
    assert "0833" in receipts and "system@15" in receipts
    assert json.loads(ok(capsys, "--db", kab, "--json", "digest", "--office", "15.02")) == \
        json.loads(ok(capsys, "--db", prov, "--json", "digest", "--office", "15.02"))


def test_import_of_a_parked_bundle_exits_3_and_says_what_is_missing(offices, capsys,
                                                                    tmp_path):
    prov, kab = offices
    ok(capsys, "--db", prov, "keys", "trust", tmp_path / "kab.card", "--yes")
    ok(capsys, "--db", kab, "keys", "trust", tmp_path / "prov.card", "--yes")
    _add(kab, "A", "1502010101900002")
    ok(capsys, "--db", kab, "export", "--to", "15", "--out", tmp_path / "b1.hrb")
    with ServiceContext.open(kab) as ctx:  # as if the province had acknowledged b1
        from app.db.sync_meta import SyncPeer
        from app.sync.watermarks import knowledge_vector

        ctx.as_system()
        with ctx.write_session() as s:
            s.get(SyncPeer, "15").acked_json = json.dumps(knowledge_vector(s))
    _add(kab, "B", "1502010101900003")
    ok(capsys, "--db", kab, "export", "--to", "15", "--out", tmp_path / "b2.hrb")
    code, _, err = simpeg(capsys, "--db", prov, "import", tmp_path / "b2.hrb")
    assert code == 3 and "Bundel 1 dari 15.02 belum diterima" in failure(err)
    out = ok(capsys, "--db", prov, "import", tmp_path / "b1.hrb")
    assert out.count("diimpor") == 2  # b1, then the parked b2 by itself


def test_a_rejected_bundle_fails_with_one_line(offices, capsys, tmp_path):
    prov, kab = offices
    ok(capsys, "--db", kab, "keys", "trust", tmp_path / "prov.card", "--yes")
    ok(capsys, "--db", kab, "export", "--to", "15", "--out", tmp_path / "b.hrb")
    code, _, err = simpeg(capsys, "--db", prov, "import", tmp_path / "b.hrb")
    assert code == 1 and "tidak Anda percayai (15.02)" in failure(err)
