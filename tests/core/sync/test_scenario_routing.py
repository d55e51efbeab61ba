"""The star: what the province routes to whom (transfers, reference data, corrections), receipts
for an office's lost changes, acknowledgements, and three sites converging."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from app.db.histories import PangkatHistory
from app.db.org import OrgUnit
from app.db.personnel import Employee
from app.db.reference import Golongan, Jabatan
from app.services.sync_service import list_bundles, list_receipts, resolve_conflict
from tests.core.sync.conftest import assert_converged, converge, sync


def _employee_with_history(site, nik: str):  # type: ignore[no-untyped-def]
    with site.session() as s:
        unit = OrgUnit(name="Dinas Pendidikan", kind="dinas")
        s.add(unit)
        s.flush()
        e = Employee(nama="Ahmad Yani", nik=nik, current_unit_id=unit.id)
        s.add(e)
        s.flush()
        s.add(PangkatHistory(employee_id=e.id, golongan_code="III/a",
                             tmt=date(2015, 4, 1)))
        return e.id, unit.id


def test_transfer_between_offices_arrives_whole_with_what_it_refers_to(world_db):
    w = world_db
    pk, unit = _employee_with_history(w.kab, "1502010101850001")
    converge(w.prov, w.kab)
    assert w.kab2.row(Employee, pk) is None  # not Sarolangun's business
    w.kab.edit(Employee, pk, office_code="15.03")  # Merangin hands the employee over
    sync(w.kab, w.prov)
    result = sync(w.prov, w.kab2)
    assert result.snapshots >= 3  # the employee, the history row, the old unit
    moved = w.kab2.row(Employee, pk)
    assert moved.office_code == "15.03" and moved.current_unit_id == unit
    assert w.kab2.row(OrgUnit, unit).office_code == "15.02"
    with w.kab2.ctx.read_session() as s:
        assert s.scalars(select(PangkatHistory.golongan_code)
                         .where(PangkatHistory.employee_id == pk)).all() == ["III/a"]
    w.kab2.edit(Employee, pk, alamat="Muara Tembesi")  # the new owner may write it
    converge(w.prov, w.kab, w.kab2)
    assert w.prov.row(Employee, pk).alamat == "Muara Tembesi"
    assert w.prov.conflicts() == []
    assert_converged(w.prov, w.kab, w.kab2)


def test_transfer_made_by_the_province_reaches_the_old_owner_too(world):
    w = world
    pk = w.kab.add_employee("Dewi Sartika", nik="1502014101880002")
    converge(w.prov, w.kab)
    w.prov.edit(Employee, pk, office_code="15.03")
    w.kab.edit(Employee, pk, telepon="0812")  # Merangin did not know yet
    sync(w.kab, w.prov)
    [held] = w.prov.conflicts()
    assert held.kind == "ownership" and json.loads(held.incoming_values)["telepon"] == "0812"
    assert w.prov.row(Employee, pk).telepon is None  # held, not applied
    converge(w.prov, w.kab, w.kab2)
    assert w.kab.row(Employee, pk).office_code == "15.03"  # the old owner learnt it
    assert w.kab2.row(Employee, pk).office_code == "15.03"
    [receipt] = w.kab.ctx.read(list_receipts)
    assert (receipt.outcome, receipt.kind) == ("held", "ownership")
    assert_converged(w.prov, w.kab2)


def test_reference_data_and_corrections_go_down_only_where_they_belong(world):
    w = world
    pk = w.kab.add_employee("Rahmat Hidayat", nik="1502010101770003")
    converge(w.prov, w.kab, w.kab2)
    with w.prov.session() as s:
        s.add(Jabatan(name="Analis Kebijakan Ahli Muda", kind="fungsional_keahlian",
                      code="AKAM-1"))
        g = s.scalars(select(Golongan).where(Golongan.code == "IV/e")).one()
        g.pangkat = "Pembina Utama (koreksi)"
    w.prov.edit(Employee, pk, current_golongan_code="IV/a")  # a correction for Merangin
    r_kab, r_kab2 = sync(w.prov, w.kab), sync(w.prov, w.kab2)
    for site in (w.kab, w.kab2):
        with site.ctx.read_session() as s:
            assert s.scalar(select(Jabatan.name).where(Jabatan.code == "AKAM-1"))
            assert s.scalar(select(Golongan.pangkat).where(Golongan.code == "IV/e")) \
                == "Pembina Utama (koreksi)"
    assert w.kab.row(Employee, pk).current_golongan_code == "IV/a"
    assert w.kab2.row(Employee, pk) is None
    assert {t.table for t in r_kab.tables} == {"employee", "golongan", "jabatan"}
    assert {t.table for t in r_kab2.tables} == {"golongan", "jabatan"}
    assert_converged(w.prov, w.kab, w.kab2)


def test_receipts_tell_the_office_what_lost_and_who_decided(world):
    w = world
    pk = w.kab.add_employee("Sri Mulyani", nik="1502014101900004")
    converge(w.prov, w.kab)
    w.prov.edit(Employee, pk, nama="Sri Mulyani")  # no-op: nothing recorded
    w.prov.edit(Employee, pk, gelar_belakang="S.E.")
    w.kab.edit(Employee, pk, gelar_belakang="S.Ak.")
    sync(w.kab, w.prov)
    [c] = w.prov.conflicts()
    winner = "kab" if c.winner == "incoming" else "prov"
    result = sync(w.prov, w.kab)
    assert result.receipts == 1
    [receipt] = w.kab.ctx.read(list_receipts)
    assert receipt.decided_by == "" and receipt.status == "open"
    expected = "won" if winner == "kab" else "lost"
    assert receipt.outcome == expected
    assert receipt.our_values["gelar_belakang"] == "S.Ak."
    # the clerk decides for Merangin's value; the next bundle says so
    w.prov.ctx.write(resolve_conflict, c.id, take="incoming")
    sync(w.kab, w.prov)  # Merangin confirms the receipts it has
    result = sync(w.prov, w.kab)
    assert result.receipts == 1  # only the new event, not the old receipt again
    [receipt] = w.kab.ctx.read(list_receipts)
    assert (receipt.outcome, receipt.status, receipt.decided_by) == ("won", "resolved",
                                                                     "system@15")
    assert receipt.winning_values["gelar_belakang"] == "S.Ak."
    assert w.kab.row(Employee, pk).gelar_belakang == "S.Ak."
    assert w.kab.conflicts() == []
    assert_converged(w.prov, w.kab)


def test_an_office_sees_which_of_its_bundles_the_province_applied(world):
    w = world
    w.kab.add_employee("Yusuf", nik="1502010101700005")
    first = w.kab.export_to(w.prov.code)
    w.prov.import_(first.path)
    w.kab.add_employee("Zainab", nik="1502014101700006")
    second = w.kab.export_to(w.prov.code)  # not imported yet
    result = sync(w.prov, w.kab)
    assert [a.link_seq for a in result.acknowledged] == [1]
    out = {b.link_seq: b for b in w.kab.ctx.read(list_bundles) if b.direction == "out"}
    assert out[1].acked_at is not None and out[2].acked_at is None
    w.prov.import_(second.path)
    assert [a.link_seq for a in sync(w.prov, w.kab).acknowledged] == [2]


def test_three_sites_converge_after_edits_everywhere(world_db):
    w = world_db
    a = w.kab.add_employee("Agus", nik="1502010101800011", alamat="Bangko")
    b = w.kab2.add_employee("Bambang", nik="1503010101800012", alamat="Sarolangun")
    converge(w.prov, w.kab, w.kab2)
    w.prov.edit(Employee, a, current_golongan_code="III/d")
    w.prov.edit(Employee, b, telepon="0700")
    w.kab.edit(Employee, a, alamat="Bangko Barat", telepon="0711")
    w.kab2.edit(Employee, b, telepon="0722", email="b@x.id")
    w.kab2.delete(Employee, b, "pindah")
    converge(w.prov, w.kab, w.kab2)
    assert_converged(w.prov, w.kab, w.kab2)
    assert w.prov.row(Employee, b).deleted and w.kab2.row(Employee, b).deleted


def test_a_record_created_and_handed_over_in_the_same_bundle_is_accepted(world):
    w = world  # found by the state machine: the owner after the creation is the sender
    pk = w.kab.add_employee("Baru Pindah", nik="1502010101800013")
    w.kab.edit(Employee, pk, office_code="15.03")
    assert sync(w.kab, w.prov).status == "applied"
    sync(w.prov, w.kab2)
    assert w.kab2.row(Employee, pk).office_code == "15.03"
    converge(w.prov, w.kab, w.kab2)
    assert_converged(w.prov, w.kab, w.kab2)
