"""Units and catalogue jabatan named by the file: found in the office's data, or new.

A reference is an existing row's id, or the key (``unit:3``, ``jabatan:7``) of a row the intake
will create before the employees that need it. Matching is by SIASN id first (``UNOR ID``,
``JABATAN ID``), then by name ignoring case and spacing. A unit name is looked up under its
parent when the file gives one (``UNOR INDUK``/``OPD``); without a parent a name held by two
units of the tree is ambiguous and the row is refused with both places named.

New units need Permission.ORG_WRITE (and new catalogue entries EMPLOYEE_WRITE); without it, or
with creation switched off, a name not found refuses the row ("unknown unit"). Only what good
rows use is created (:meth:`Resolver.used_units`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from app.intake.dto import NewJabatan, NewUnit
from app.intake.positions import PositionKind, unit_kind
from app.intake.snapshot import KnownJabatan, Snapshot, fold
from app.intake.values import CellProblem

UNIT_PREFIX, JABATAN_PREFIX = "unit:", "jabatan:"


def is_new_ref(ref: str | None) -> bool:
    return ref is not None and ref.startswith((UNIT_PREFIX, JABATAN_PREFIX))


@dataclass
class _Draft:
    key: str
    name: str
    parent_ref: str | None
    siasn_id: str | None


class Resolver:
    def __init__(self, snapshot: Snapshot, *, create_units: bool, create_jabatan: bool,
                 units_denied: str | None = None, taken_codes: frozenset[str] = frozenset()):
        self.snapshot = snapshot
        self.create_units = create_units
        self.create_jabatan = create_jabatan
        self.units_denied = units_denied  # why new units are not possible (a permission)
        self.taken_codes = taken_codes
        self.unit_names = {u.id: u.name for u in snapshot.units}
        self._by_siasn = {u.siasn_unor_id: u.id for u in snapshot.units if u.siasn_unor_id}
        self._by_name: dict[str, list[str]] = defaultdict(list)
        self._child: dict[tuple[str | None, str], str] = {}
        self._parent_of = {u.id: u.parent_id for u in snapshot.units}
        for u in snapshot.units:
            self._by_name[fold(u.name)].append(u.id)
            self._child.setdefault((u.parent_id, fold(u.name)), u.id)
        self.new_units: dict[str, _Draft] = {}
        self._new_by_place: dict[tuple[str | None, str], str] = {}
        self._jabatan_code = snapshot.jabatan_by_code()
        self._jabatan_name = snapshot.jabatan_by_name()
        self.new_jabatan: dict[str, tuple[str, PositionKind, str | None]] = {}
        self._new_jabatan_by_name: dict[str, str] = {}

    # -- units ---------------------------------------------------------------------------------
    def unit(self, name: str, parent: str | None = None, siasn_id: str | None = None) -> str:
        if siasn_id and siasn_id in self._by_siasn:
            return self._by_siasn[siasn_id]
        if parent and fold(parent) != fold(name):
            parent_ref = self._top(parent)
            return self._child.get((parent_ref, fold(name))) or self._new_unit(
                name, parent_ref, siasn_id)
        return self._top(name, siasn_id)

    def _top(self, name: str, siasn_id: str | None = None) -> str:
        """A unit named without a parent: the one unit of that name (an OPD when several)."""
        found = self._by_name.get(fold(name), [])
        if len(found) > 1:
            roots = [u for u in found if self._parent_of.get(u) is None]
            if len(roots) != 1:
                places = sorted({self.unit_names.get(self._parent_of.get(u) or "", "-")
                                 for u in found})
                raise CellProblem("intake.unit_ambiguous", name=name, where=", ".join(places))
            return roots[0]
        if found:
            return found[0]
        return self._new_unit(name, None, siasn_id)

    def _new_unit(self, name: str, parent_ref: str | None, siasn_id: str | None) -> str:
        place = (parent_ref, fold(name))
        if place in self._new_by_place:
            return self._new_by_place[place]
        if self.units_denied is not None:
            raise CellProblem("intake.unit_denied", name=name, reason=self.units_denied)
        if not self.create_units:
            raise CellProblem("intake.unit_unknown", name=name)
        key = f"{UNIT_PREFIX}{len(self.new_units) + 1}"
        self.new_units[key] = _Draft(key, " ".join(name.split()), parent_ref, siasn_id)
        self._new_by_place[place] = key
        return key

    def unit_name(self, ref: str | None) -> str:
        if ref is None:
            return ""
        if ref in self.new_units:
            return self.new_units[ref].name
        return self.unit_names.get(ref, "")

    def used_units(self, used: Counter[str]) -> tuple[NewUnit, ...]:
        """The new units good rows need (with their new parents), parents first."""
        wanted = {r for r in used if r in self.new_units}
        for ref in list(wanted):
            parent = self.new_units[ref].parent_ref
            while parent in self.new_units and parent not in wanted:
                wanted.add(parent)
                parent = self.new_units[parent].parent_ref
        return tuple(
            NewUnit(d.key, d.name, unit_kind(d.name), d.parent_ref,
                    self.unit_name(d.parent_ref) or None, d.siasn_id, used.get(d.key, 0))
            for d in self.new_units.values() if d.key in wanted)

    # -- catalogue jabatan ---------------------------------------------------------------------
    def jabatan(self, name: str, kind: PositionKind, siasn_id: str | None) -> str:
        if siasn_id and siasn_id in self._jabatan_code:
            return self._jabatan_code[siasn_id].id
        found = self._jabatan_name.get(fold(name), [])
        if found:
            same: list[KnownJabatan] = [j for j in found if j.kind == kind.kind]
            return (same or found)[0].id
        key = self._new_jabatan_by_name.get(fold(name))
        if key is not None:
            return key
        if not self.create_jabatan:
            raise CellProblem("intake.jabatan_unknown", name=name)
        key = f"{JABATAN_PREFIX}{len(self.new_jabatan) + 1}"
        code = siasn_id if siasn_id and siasn_id not in self.taken_codes else None
        self.new_jabatan[key] = (" ".join(name.split()), kind, code)
        self._new_jabatan_by_name[fold(name)] = key
        return key

    def used_jabatan(self, used: Counter[str]) -> tuple[NewJabatan, ...]:
        return tuple(
            NewJabatan(key, name, kind.kind, kind.jenjang, kind.eselon, code, kind.guessed,
                       used[key])
            for key, (name, kind, code) in self.new_jabatan.items() if used.get(key))
