"""sync.md §5.2 (b): a Hypothesis state machine over three real office databases.

Random creates, edits, deletes, restores and hand-overs at the province and two regencies;
bundles exported into an in-flight list and delivered in any order, more than once, dropped or
corrupted; conflicts resolved by the province's clerk. After every step: knowledge never goes
back and a refused bundle changes nothing. At the end, quiesce (full rounds through the hub)
and require:

* convergence — every office holds what the province holds of it, and everyone the
  province's shared data (docs/sync.md: convergence in a star with partial replication);
* no silent loss — every change ever made is the current value of its unit, or was
  overwritten by a change made by someone who had seen it, or is in the province's queue;
* every pair of concurrent writes appears at most once in the province's queue.

Runs a few examples by default; ``SIMPEG_SLOW=1`` runs many more.
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from app.db.personnel import Employee
from app.db.sync_meta import ChangeLog, Conflict
from app.services.sync_service import resolve_conflict
from app.sync import BundleRejected
from app.sync.watermarks import knowledge_vector
from tests.core.sync.conftest import (
    CODES,
    KAB,
    KAB2,
    PROV,
    Site,
    _copy_site,
    assert_converged,
    sync,
)

SLOW = bool(os.environ.get("SIMPEG_SLOW"))
EDITS = {
    "contact": ("alamat", ["Jl. Satu", "Jl. Dua", "Jl. Tiga"]),
    "identity": ("tempat_lahir", ["Bangko", "Jambi", "Sarolangun"]),
    "grade": ("current_golongan_code", ["III/a", "III/b", "III/c"]),
}


class SyncMachine(RuleBasedStateMachine):
    rows = Bundle("rows")

    def __init__(self, template: Path, base: Path) -> None:
        super().__init__()
        _IDS[0] = 0  # the same steps make the same ids: a failure replays exactly
        folder = Path(tempfile.mkdtemp(dir=base))
        self.sites = {c: Site(c, _copy_site(template, folder, c), folder / f"out-{c}")
                      for c in CODES}
        self.flight: list[tuple[str, Path]] = []  # (destination, bundle)
        self.known: dict[str, dict[str, int]] = {c: {} for c in CODES}
        self.counter = 0

    # --- writes ---------------------------------------------------------------------------

    @rule(target=rows, site=st.sampled_from(CODES), owner=st.sampled_from([KAB, KAB2]))
    def create(self, site: str, owner: str) -> str:
        self.counter += 1
        office = site if site != PROV else owner
        return self.sites[site].add_employee(f"Pegawai {self.counter}", nik=None,
                                             office_code=office)

    def _writable(self, site: str, pk: str) -> Employee | None:
        row = self.sites[site].row(Employee, pk)
        if row is None or (site != PROV and row.office_code != site):
            return None  # offices write only their own records (the services enforce it)
        return row

    @rule(site=st.sampled_from(CODES), pk=rows, unit=st.sampled_from(sorted(EDITS)),
          choice=st.integers(0, 2))
    def edit(self, site: str, pk: str, unit: str, choice: int) -> None:
        row = self._writable(site, pk)
        if row is None or row.deleted:
            return
        attr, values = EDITS[unit]
        self.sites[site].edit(Employee, pk, **{attr: values[choice]})

    @rule(site=st.sampled_from(CODES), pk=rows)
    def delete_or_restore(self, site: str, pk: str) -> None:
        row = self._writable(site, pk)
        if row is None:
            return
        if row.deleted:
            self.sites[site].edit(Employee, pk, deleted=False, deleted_reason=None)
        else:
            self.sites[site].delete(Employee, pk, "uji")

    @rule(site=st.sampled_from(CODES), pk=rows)
    def hand_over(self, site: str, pk: str) -> None:
        row = self._writable(site, pk)
        if row is None or row.deleted:
            return
        other = KAB2 if row.office_code == KAB else KAB
        self.sites[site].edit(Employee, pk, office_code=other)

    @rule(choice=st.sampled_from(["local", "incoming"]))
    def resolve(self, choice: str) -> None:
        prov = self.sites[PROV]
        for c in prov.conflicts():
            if c.kind in ("edit-edit", "delete-edit"):
                prov.ctx.write(resolve_conflict, c.id, take=choice)
                return

    # --- transport ------------------------------------------------------------------------

    @rule(office=st.sampled_from([KAB, KAB2]), up=st.booleans())
    def export(self, office: str, up: bool) -> None:
        src, dst = (office, PROV) if up else (PROV, office)
        result = self.sites[src].export_to(dst)
        self.flight.append((dst, result.path))

    @precondition(lambda self: self.flight)
    @rule(data=st.data(), keep=st.booleans())
    def deliver(self, data, keep: bool) -> None:  # type: ignore[no-untyped-def]
        i = data.draw(st.integers(0, len(self.flight) - 1))
        dst, path = self.flight[i] if keep else self.flight.pop(i)
        self.sites[dst].import_(path)  # applied, duplicate, already imported or parked

    @precondition(lambda self: self.flight)
    @rule(data=st.data())
    def drop(self, data) -> None:  # type: ignore[no-untyped-def]
        self.flight.pop(data.draw(st.integers(0, len(self.flight) - 1)))

    @precondition(lambda self: self.flight)
    @rule(data=st.data())
    def corrupt_and_deliver(self, data) -> None:  # type: ignore[no-untyped-def]
        dst, path = self.flight[data.draw(st.integers(0, len(self.flight) - 1))]
        raw = bytearray(path.read_bytes())
        where = data.draw(st.integers(0, 999_999))  # a position independent of the size
        raw[where * len(raw) // 1_000_000] ^= 0x40
        bad = path.with_name(f"bad-{self.counter}-{path.name}")
        self.counter += 1
        bad.write_bytes(bytes(raw))
        site = self.sites[dst]
        before = site.digest()
        try:
            site.import_(bad)
        except BundleRejected:
            pass
        else:
            raise AssertionError("a corrupted bundle was accepted")
        assert site.digest() == before

    # --- invariants -----------------------------------------------------------------------

    @invariant()
    def knowledge_never_goes_back(self) -> None:
        for code, site in self.sites.items():
            with site.ctx.read_session() as s:
                now = knowledge_vector(s)
            for key, seq in self.known[code].items():
                assert now.get(key, 0) >= seq, f"{code} forgot {key}"
            self.known[code] = now

    def teardown(self) -> None:
        try:
            if hasattr(self, "sites"):
                self._quiesce_and_check()
        finally:
            for site in getattr(self, "sites", {}).values():
                site.close()

    def _quiesce_and_check(self) -> None:
        prov, kab, kab2 = (self.sites[c] for c in CODES)
        for _ in range(3):
            for office in (kab, kab2):
                sync(office, prov)
            for office in (kab, kab2):
                sync(prov, office)
        assert_converged(prov, kab, kab2)
        _no_silent_loss(prov)
        _each_pair_once(prov)


def _stamp(text: str | None) -> tuple | None:
    return tuple(json.loads(text)) if text else None


def _no_silent_loss(prov: Site) -> None:
    with prov.ctx.read_session() as s:
        changes = s.execute(select(ChangeLog.table_name, ChangeLog.pk, ChangeLog.unit,
                                   ChangeLog.lamport, ChangeLog.origin_site,
                                   ChangeLog.base_stamp)).all()
        conflicts = s.scalars(select(Conflict)).all()
        current = {e.id: json.loads(e.stamps) for e in s.scalars(select(Employee))}
    seen_by_later = {(t, pk, u, _stamp(b)) for t, pk, u, _, _, b in changes if b}
    queued = {(c.table_name, c.pk, c.unit, st_) for c in conflicts
              for st_ in (_stamp(c.local_stamp), _stamp(c.incoming_stamp)) if st_}
    for table, pk, unit, lamport, site, _ in changes:
        stamp = (lamport, site)
        if table != "employee":
            continue
        now = current.get(pk, {}).get(unit)
        if now is not None and tuple(now) == stamp:
            continue
        if (table, pk, unit, stamp) in seen_by_later or (table, pk, unit, stamp) in queued:
            continue
        raise AssertionError(f"change {stamp} of {table}.{unit} {pk[:8]} silently lost")


def _each_pair_once(prov: Site) -> None:
    pairs = [(c.table_name, c.pk, c.unit, frozenset({c.local_stamp, c.incoming_stamp}))
             for c in prov.conflicts(status=None) if c.kind == "edit-edit"]
    assert len(pairs) == len(set(pairs)), "a concurrent pair queued twice"


_IDS = [0]


def _next_id() -> str:
    """Deterministic, increasing UUID-shaped keys (instead of random UUIDv7s)."""
    _IDS[0] += 1
    return str(uuid.UUID(int=(0x0190 << 112) | (0x7 << 76) | (0b10 << 62) | _IDS[0]))


def test_sync_state_machine(_world_template, tmp_path, monkeypatch) -> None:
    import app.db.tracking as tracking
    import app.db.tracking_flush as tracking_flush
    import app.sync.bundle as bundle
    import app.sync.conflicts as conflicts

    for module in (tracking, tracking_flush, bundle, conflicts):
        monkeypatch.setattr(module, "new_id", _next_id)
    run_state_machine_as_test(
        lambda: SyncMachine(_world_template, tmp_path),
        settings=settings(
            max_examples=200 if SLOW else 6, stateful_step_count=50 if SLOW else 18,
            deadline=None, suppress_health_check=list(HealthCheck)))
