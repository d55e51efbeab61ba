"""What every part of the generator shares: the seeded generator, the office, the tree, the
numbers already handed out, and the heads staff report to."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from app.demo.ids import DemoIds
from app.demo.org import OrgPlan, Unit
from app.demo.regency import Regency
from app.domain.dates import first_of_month


@dataclass(frozen=True)
class Letterhead:
    """The head of the personnel agency as printed under the office's letters."""

    nama: str
    nip: str | None
    pangkat: str | None
    jabatan: str


@dataclass
class HeadRef:
    """A head as staff see them on their SKP: the identity block of the pejabat penilai."""

    employee_id: str | None
    nama: str
    nip: str | None
    pangkat: str | None
    jabatan: str
    unit: str
    penilai: HeadRef | None = None
    rhk: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # year -> (id, text)


@dataclass
class DemoContext:
    seed: int
    today: date
    regency: Regency
    org: OrgPlan
    rng: random.Random
    new_id: DemoIds
    agency: str  # "BKPSDM Kabupaten Merangin"
    bupati: HeadRef
    catalogue: dict[str, str] = field(default_factory=dict)  # jabatan code -> id
    nip_used: dict[str, int] = field(default_factory=dict)
    nik_used: dict[str, int] = field(default_factory=dict)
    heads: dict[str, HeadRef] = field(default_factory=dict)  # unit id -> head
    units_by_eselon: dict[str, list[Unit]] = field(default_factory=dict)
    units_by_profile: dict[str, list[Unit]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_eselon: dict[str, list[Unit]] = defaultdict(list)
        by_profile: dict[str, list[Unit]] = defaultdict(list)
        for u in self.org.units:
            if u.head is not None and u.head.eselon:
                by_eselon[u.head.eselon].append(u)
            if u.profile and u.weight > 0:
                by_profile[u.profile].append(u)
        self.units_by_eselon = dict(by_eselon)
        self.units_by_profile = dict(by_profile)

    @property
    def horizon(self) -> date:
        """Events before this day are on record; later ones are due (the current month's)."""
        return first_of_month(self.today)

    def penilai_for(self, unit: Unit, *, is_head: bool) -> HeadRef:
        """The pejabat penilai of someone in ``unit``: its head (for staff), else the nearest
        head above; the regent for the top of the tree."""
        chain = ([] if is_head else [unit]) + unit.ancestors()
        for u in chain:
            ref = self.heads.get(u.id)
            if ref is not None:
                return ref
        setda = self.org.units[0]
        if unit is not setda and setda.id in self.heads:
            return self.heads[setda.id]
        return self.bupati
