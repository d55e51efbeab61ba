"""sync.md §5.1 T01–T03, T22, T23: how concurrent writes merge (province also on PostgreSQL)."""

from __future__ import annotations

import json
from datetime import datetime

from app.db.personnel import Employee
from app.services.sync_service import resolve_conflict
from tests.core.sync.conftest import assert_converged, sync


def _setup(w, **values):  # type: ignore[no-untyped-def]
    pk = w.kab.add_employee("Siti Aminah", nik="1502014101900001", alamat="Jl. Mawar 1",
                            **values)
    sync(w.kab, w.prov)
    sync(w.prov, w.kab)
    return pk


def test_t01_different_units_both_edits_survive_without_conflict(world_db):
    w = world_db
    pk = _setup(w)
    w.kab.edit(Employee, pk, alamat="Jl. Melati 2")  # contact
    w.prov.edit(Employee, pk, current_golongan_code="III/b")  # grade
    sync(w.kab, w.prov)
    sync(w.prov, w.kab)
    for site in (w.kab, w.prov):
        e = site.row(Employee, pk)
        assert (e.alamat, e.current_golongan_code) == ("Jl. Melati 2", "III/b")
        assert site.conflicts(status=None) == []
    assert_converged(w.prov, w.kab)


def test_t02_same_unit_same_winner_one_conflict_and_clerk_choice_propagates(world_db):
    w = world_db
    pk = _setup(w)
    w.kab.edit(Employee, pk, telepon="0811")
    w.prov.edit(Employee, pk, telepon="0822")
    sync(w.kab, w.prov)
    sync(w.prov, w.kab)
    stamps = {s.code: json.loads(s.row(Employee, pk).stamps)["contact"] for s in (w.kab, w.prov)}
    # both wrote at the same Lamport time; the tie goes to the larger site code, everywhere
    assert stamps[w.kab.code] == stamps[w.prov.code] == [stamps[w.prov.code][0], "15.02"]
    assert w.kab.row(Employee, pk).telepon == w.prov.row(Employee, pk).telepon == "0811"
    [c] = w.prov.conflicts()
    assert (c.kind, c.unit, c.winner) == ("edit-edit", "contact", "incoming")
    assert json.loads(c.local_values)["telepon"] == "0822"
    assert json.loads(c.incoming_values)["telepon"] == "0811"
    assert json.loads(c.local_stamp)[1] == "15" and json.loads(c.incoming_stamp)[1] == "15.02"
    # the clerk picks the losing value: a new change with a higher stamp, everywhere
    w.prov.ctx.write(resolve_conflict, c.id, take="local")
    sync(w.prov, w.kab)
    for site in (w.kab, w.prov):
        e = site.row(Employee, pk)
        assert e.telepon == "0822"
        assert json.loads(e.stamps)["contact"] > stamps[site.code]
    assert w.prov.conflicts() == []
    assert w.kab.conflicts() == []  # its own entry closed by the decision that arrived
    assert_converged(w.prov, w.kab)


def test_t02_either_order_gives_the_same_winner(world):
    w = world
    pk = _setup(w)
    w.prov.edit(Employee, pk, email="prov@x.id")
    w.kab.edit(Employee, pk, email="kab@x.id")  # concurrent; compare (lamport, site)
    sync(w.prov, w.kab)  # this time the office hears first
    sync(w.kab, w.prov)
    assert w.kab.row(Employee, pk).email == w.prov.row(Employee, pk).email
    assert len(w.prov.conflicts()) == 1
    assert_converged(w.prov, w.kab)


def test_t03_delete_vs_edit_stays_deleted_edit_kept_restore_everywhere(world_db):
    w = world_db
    pk = _setup(w)
    w.prov.delete(Employee, pk, "data ganda")
    w.kab.edit(Employee, pk, alamat="Jl. Kenanga 3")
    sync(w.kab, w.prov)
    sync(w.prov, w.kab)
    for site in (w.kab, w.prov):
        assert site.row(Employee, pk).deleted
    [c] = [c for c in w.prov.conflicts() if c.kind == "delete-edit"]
    assert json.loads(c.incoming_values)["alamat"] == "Jl. Kenanga 3"
    assert_converged(w.prov, w.kab)
    # the supervisor restores the record with the edit: a new lifecycle write wins everywhere
    w.prov.ctx.write(resolve_conflict, c.id, take="incoming")
    sync(w.prov, w.kab)
    for site in (w.kab, w.prov):
        e = site.row(Employee, pk)
        assert not e.deleted and e.alamat == "Jl. Kenanga 3"
    assert_converged(w.prov, w.kab)


def test_t03_office_deletes_while_province_edits_records_the_unseen_edit(world):
    w = world
    pk = _setup(w)
    w.prov.edit(Employee, pk, current_golongan_code="III/c")
    w.kab.delete(Employee, pk, "pensiun")
    sync(w.kab, w.prov)
    [c] = w.prov.conflicts()
    assert (c.kind, c.unit) == ("delete-edit", "grade")
    assert json.loads(c.local_values)["current_golongan_code"] == "III/c"
    assert w.prov.row(Employee, pk).deleted
    sync(w.prov, w.kab)
    assert_converged(w.prov, w.kab)


def test_t22_wrong_clock_does_not_change_merge_decisions(world, monkeypatch):
    w = world
    pk = _setup(w)
    import app.db.tracking_flush as flush

    monkeypatch.setattr(flush, "utcnow", lambda: datetime(2019, 1, 1))
    w.kab.edit(Employee, pk, telepon="0899")  # the office's PC thinks it is 2019
    monkeypatch.undo()
    sync(w.kab, w.prov)
    assert w.prov.row(Employee, pk).telepon == "0899"  # Lamport order, not wall clock
    assert w.prov.conflicts() == []


def test_t23_same_nik_two_regencies_constraint_conflict_then_merge_converges(world_db):
    w = world_db
    nik = "1502015505850002"
    a = w.kab.add_employee("Rina Wati", nik=nik)
    b = w.kab2.add_employee("Rina Wati, S.E.", nik=nik)
    sync(w.kab, w.prov)
    r = sync(w.kab2, w.prov)
    assert r.conflicts == 1
    [c] = w.prov.conflicts()
    assert (c.kind, c.pk) == ("constraint", b)
    assert json.loads(c.detail)["other_pk"] == a
    assert w.prov.row(Employee, a).nik == nik and w.prov.row(Employee, b).nik is None
    # the parked NIK goes back to its owner as the province's change: the sites agree
    sync(w.prov, w.kab2)
    assert w.kab2.row(Employee, b).nik is None
    assert_converged(w.prov, w.kab, w.kab2)
    # the clerk sees one person: Sarolangun's record merges into Merangin's
    w.prov.ctx.write(resolve_conflict, c.id, take="local")
    for office in (w.kab, w.kab2):
        sync(w.prov, office)
        sync(office, w.prov)
    loser = w.prov.row(Employee, b)
    assert loser.deleted and loser.merged_into == a
    assert w.kab2.row(Employee, b).merged_into == a
    assert_converged(w.prov, w.kab, w.kab2)
    assert w.prov.conflicts() == []


def test_two_first_lifecycle_writes_are_concurrent(world):
    w = world  # found by the state machine: the lifecycle is not stamped when a row is made
    pk = _setup(w)
    w.prov.delete(Employee, pk, "data ganda")
    w.kab.edit(Employee, pk, office_code="15.03")
    sync(w.kab, w.prov)
    [c] = w.prov.conflicts()
    assert (c.kind, c.unit) == ("edit-edit", "lifecycle")
    assert json.loads(c.incoming_values)["office_code"] == "15.03"
    sync(w.prov, w.kab)
    assert_converged(w.prov, w.kab)
