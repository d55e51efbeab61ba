"""One demo person, consistent in every part: identity, education, appointment, career.

:func:`make_person` draws a person for a :class:`Post` (unit + track or head post + jenis) with
the office's generator, optionally pinned by a :class:`Case` (the deliberate cases of
:mod:`app.demo.cases`). Everything that depends on something else is derived, never drawn twice:
titles from the programmes finished, golongan from the KP simulation, jenjang from the golongan,
NIP from birth date, TMT and gender, NIK from birth date, gender and a real district code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app.db.personnel import EmployeeStatus, JenisPegawai
from app.demo.career import GradeEvent, Ijazah, KgbEvent, simulate_grades
from app.demo.context import DemoContext
from app.demo.education import ADMIN_PROGRAMMES, PROGRAMMES, Programme
from app.demo.names import person_name, titles
from app.demo.org import ESELON_POSTS, HeadPost, Unit
from app.demo.positions import (
    JabatanEvent,
    StructuralStep,
    clerk_track,
    head_phases,
    jf_events,
    pelaksana_events,
    staff_phases,
    structural_event,
    structural_steps,
    with_move,
)
from app.demo.timeline import (
    Study,
    birth_for_age,
    cpns_tmt,
    entry_age_range,
    later_programme,
    pns_tmt,
    pppk_tmt,
    pyramid_age,
    studies,
)
from app.demo.tracks import PELAKSANA, Track
from app.domain.dates import add_months, add_years
from app.domain.golongan import Golongan, entry_golongan, parse_golongan, pppk_equivalent
from app.domain.jabatan import bup_for
from app.domain.masa_kerja import ZERO
from app.domain.pensiun import tmt_pensiun

# Degrees heads of an OPD often hold (by short name or, for kecamatan, kind).
HEAD_PROGRAMMES = {
    "Dinkes": ("s1_km",), "Disdikbud": ("s1_pgsd", "s1_mat", "s1_bind"),
    "Dinas PUPR": ("s1_sipil", "s1_pwk"), "Distan": ("s1_pert", "s1_ternak"),
    "BPKAD": ("s1_akt", "s1_ekon"), "Inspektorat": ("s1_akt", "s1_hukum"),
    "BKPSDM": ("s1_psi", "s1_adm", "s1_hukum"), "Dinsos": ("s1_kesos",),
    "Disdukcapil": ("s1_kom", "s1_adm"), "Satpol PP": ("s1_hukum", "ipdn"),
    "Bappeda": ("s1_pwk", "s1_ekon"), "kecamatan": ("ipdn", "s1_ip"),
}
RELIGIONS = (("islam", 953), ("kristen", 29), ("katolik", 8), ("buddha", 7), ("hindu", 2),
             ("khonghucu", 1))


@dataclass(frozen=True)
class Post:
    unit: Unit
    track: Track | None
    head: HeadPost | None = None
    jenis: str = JenisPegawai.PNS.value
    status: str = EmployeeStatus.AKTIF.value


@dataclass(frozen=True)
class Case:
    """Pins parts of a person for a deliberate case (unset fields are drawn as usual)."""

    key: str
    birth: date | None = None
    tmt: date | None = None
    gender: str | None = None
    religion: str | None = None
    nama: str | None = None
    programme: str | None = None
    later: str | None = None  # None: drawn as usual; "": no degree earned in service
    hajj: bool | None = None
    nik_birth: date | None = None  # the NIK carries this birth date (a data-entry slip)
    no_training: bool = False
    tombstone: str | None = None  # deleted after creation, with this reason


@dataclass
class Person:
    id: str
    post: Post
    case: Case | None
    gender: str
    religion: str
    nama: str
    javanese: bool
    birth: date
    tmt: date  # TMT CPNS, or TMT of the PPPK contract
    studies: list[Study]
    gelar_depan: str | None
    gelar_belakang: str | None
    hajj: bool
    grades: list[GradeEvent] = field(default_factory=list)
    kgbs: list[KgbEvent] = field(default_factory=list)
    jabatan: list[JabatanEvent] = field(default_factory=list)
    pppk_golongan: Golongan | None = None
    tmt_pns: date | None = None
    bup: int = 58
    retired_on: date | None = None

    @property
    def jenis(self) -> str:
        return self.post.jenis

    @property
    def golongan(self) -> Golongan:
        if self.pppk_golongan is not None:
            return self.pppk_golongan
        return self.grades[-1].golongan

    @property
    def current(self) -> JabatanEvent:
        return self.jabatan[-1]

    @property
    def highest(self) -> Study:
        return next(s for s in self.studies if s.last)

    def age_on(self, when: date) -> int:
        years = when.year - self.birth.year
        return years - (1 if (when.month, when.day) < (self.birth.month, self.birth.day) else 0)


def make_person(ctx: DemoContext, post: Post, case: Case | None = None) -> Person:
    """A person for ``post``; heads get a career long enough for their post."""
    for _attempt in range(6):
        person = _draw(ctx, post, case)
        if _fits(person) or case is not None:
            return person
    return person


def _fits(person: Person) -> bool:
    head = person.post.head
    if head is None or head.eselon is None:
        return True
    need = parse_golongan(ESELON_POSTS[head.eselon][1])
    return person.golongan >= need


def _draw(ctx: DemoContext, post: Post, case: Case | None) -> Person:
    rng = ctx.rng
    track = post.track or clerk_track("S1")
    female = 0.3 if post.head and post.head.eselon else track.female
    gender = (case and case.gender) or ("P" if rng.random() < female else "L")
    religion = (case and case.religion) or rng.choices(*zip(*RELIGIONS, strict=True))[0]
    nama, javanese = person_name(rng, gender, religion)
    if case and case.nama:
        nama = case.nama
    programme = _programme(ctx, post, track, case)
    birth, tmt = _dates(ctx, post, programme, case)
    if case is not None and case.later is not None:
        later = case.later or None
    else:
        later = _later(ctx, post, track, programme, tmt)
    done = studies(rng, programme, birth, tmt, ctx.horizon, later)
    hajj = religion == "islam" and ctx.today.year - birth.year >= 42 and rng.random() < 0.12
    if case is not None and case.hajj is not None:
        hajj = case.hajj
    front, back = titles([(s.programme, s.graduated.year) for s in done], gender, hajj)
    person = Person(ctx.new_id(), post, case, gender, religion, nama, javanese, birth, tmt, done,
                    front, back, hajj)
    _career(ctx, person, track, programme)
    return person


def _programme(ctx: DemoContext, post: Post, track: Track, case: Case | None) -> Programme:
    rng = ctx.rng
    if case and case.programme:
        return PROGRAMMES[case.programme]
    if post.head is not None and post.head.eselon is not None:
        fitting = HEAD_PROGRAMMES.get(post.unit.opd.short_name or post.unit.opd.kind, ())
        key = rng.choice(fitting if fitting and rng.random() < 0.7 else ADMIN_PROGRAMMES)
        if post.head.eselon in ("II.a", "II.b") and rng.random() < 0.2:
            key = "s2_msi"
        return PROGRAMMES[key]
    keys, weights = zip(*track.programmes, strict=True)
    return PROGRAMMES[rng.choices(keys, weights)[0]]


def _age_limit(post: Post, track: Track) -> int:
    if post.head is not None and post.head.eselon and post.head.eselon in ("II.a", "II.b"):
        return 60
    return track.bup or 58


def _dates(ctx: DemoContext, post: Post, p: Programme, case: Case | None) -> tuple[date, date]:
    rng, today = ctx.rng, ctx.today
    track = post.track or clerk_track(p.level)
    low, high = entry_age_range(p)
    limit = _age_limit(post, track)
    if post.jenis == JenisPegawai.CPNS.value:
        tmt = (case and case.tmt) or cpns_tmt(rng, ctx.horizon)
        entry = rng.randint(low, min(high, 35))
        birth = (case and case.birth) or birth_for_age(rng, tmt, entry)
        return birth, tmt
    if post.jenis == JenisPegawai.PPPK.value:
        tmt = (case and case.tmt) or pppk_tmt(rng, ctx.horizon)
        span = (today - tmt).days // 365
        entry = rng.randint(max(low, 24), max(max(low, 24), min(50, limit - 2 - span)))
        birth = (case and case.birth) or birth_for_age(rng, tmt, entry)
        return birth, tmt
    need = _service_needed(post, p)
    if post.status == EmployeeStatus.PENSIUN.value:
        age = limit + rng.randint(0, 2)
        birth = add_years(ctx.horizon, -age) - timedelta(days=rng.randint(30, 330))
    else:
        age = pyramid_age(rng, low + need, limit - 1)
        birth = (case and case.birth) or birth_for_age(rng, today, age)
        age = max(age, ctx.today.year - birth.year - 1)
    entry = rng.randint(low, max(low, min(high, age - need)))
    latest = add_months(ctx.horizon, -14 - 12 * max(need - 1, 0))
    tmt = (case and case.tmt) or pns_tmt(rng, birth, entry, latest)
    return birth, tmt


def _service_needed(post: Post, p: Programme) -> int:
    """Years of service a head needs to have reached the golongan of the post."""
    head = post.head
    if head is None:
        return max(1, post.track.senior if post.track else 1)
    if head.eselon is None:
        return 9 if head.tugas == "Kepala Sekolah" else 5
    need = parse_golongan(ESELON_POSTS[head.eselon][1])
    entry = parse_golongan(p.entry_golongan or _entry_code(p.level))
    return max(4 * (need.ordinal - entry.ordinal) + 3, 6)


def _entry_code(level: str) -> str:
    g = entry_golongan(level)
    return g.code if g else "II/a"


def _later(ctx: DemoContext, post: Post, track: Track, p: Programme, tmt: date) -> str | None:
    if post.jenis != JenisPegawai.PNS.value:
        return None
    head = post.head
    if head is not None and head.eselon is not None:
        chance = {"II": 0.9, "III": 0.55, "IV": 0.2}[head.eselon.split(".")[0]]
    elif p.key in ("spg", "d2_pgsd"):
        chance = 1.0
    elif track.kind == PELAKSANA:
        chance = 0.15
    elif track.kind == "fungsional_keterampilan":
        chance = 0.0
    else:
        chance = 0.08 if track.khusus == "guru" else 0.1
    return later_programme(ctx.rng, p, chance)


def _career(ctx: DemoContext, person: Person, track: Track, p: Programme) -> None:
    """Pangkat, KGB and jabatan histories; nothing is recorded past the TMT pensiun."""
    post, rng = person.post, ctx.rng
    stop = min(ctx.horizon, tmt_pensiun(person.birth, _age_limit(post, track)))
    if post.status == EmployeeStatus.PENSIUN.value:
        person.retired_on = stop
    if post.jenis == JenisPegawai.PPPK.value:
        g = pppk_equivalent(p.entry_golongan) if p.entry_golongan else None
        person.pppk_golongan = g or entry_golongan(p.level, "PPPK")
        _, person.kgbs = simulate_grades(person.tmt, person.pppk_golongan, [], stop, rng,
                                         with_kp=False)
        first = GradeEvent(person.tmt, person.pppk_golongan, "pppk", ZERO)  # type: ignore[arg-type]
        person.jabatan = _staff_jabatan(ctx, person, track, [first], stop)
        person.bup = _bup(person, track)
        return
    entry = parse_golongan(p.entry_golongan or _entry_code(p.level))
    phases = staff_phases(track, person.studies, person.tmt)
    steps: list[StructuralStep] = []
    if post.head is not None and post.head.eselon is not None:
        phases = staff_phases(clerk_track(p.level), person.studies, person.tmt)
        steps = structural_steps(rng, ctx.today, post.unit, post.head, ctx.units_by_eselon)
        steps = [s for s in steps if s.start > add_years(person.tmt, 4)] or steps[-1:]
        phases = head_phases(phases, steps)
    person.grades, person.kgbs = simulate_grades(
        person.tmt, entry, phases, stop, rng, ijazah=_ijazah(person, track, post),
        fast=post.head is not None, delays=person.case is None)
    if post.jenis == JenisPegawai.CPNS.value:
        person.grades, person.kgbs = person.grades[:1], []
    else:
        person.tmt_pns = min(add_months(person.tmt, rng.choice((12, 12, 13, 14, 18, 24))),
                             add_months(ctx.horizon, -1))
    if steps:
        first_rows = _clerk_rows(ctx, person, p, steps[0].start)
        person.jabatan = first_rows + [structural_event(s, i == 0) for i, s in enumerate(steps)]
    else:
        person.jabatan = _staff_jabatan(ctx, person, track, person.grades, stop)
    person.bup = _bup(person, track)


def _clerk_rows(ctx: DemoContext, person: Person, p: Programme, until: date) -> list[JabatanEvent]:
    track = clerk_track(p.level)
    pool = [u for u in ctx.org.sectors.get("opd", []) if u.profile == "umum"] or [person.post.unit]
    return pelaksana_events(track, ctx.rng.choice(pool), person.tmt, until)


def _staff_jabatan(ctx: DemoContext, person: Person, track: Track,
                   grades: list[GradeEvent], stop: date) -> list[JabatanEvent]:
    unit, post = person.post.unit, person.post
    notes = f"Tugas tambahan: {post.head.tugas}" if post.head and post.head.tugas else None
    if track.kind == PELAKSANA:
        events = pelaksana_events(track, unit, person.tmt, stop)
    else:
        events = jf_events(track, unit, grades, notes)
    if not events:  # no jenjang range holds the golongan: the track's name without jenjang
        events = [JabatanEvent(person.tmt, unit, track.name, track.kind, notes=notes)]
    if post.jenis == JenisPegawai.PNS.value and post.head is None and ctx.rng.random() < 0.25:
        others = ctx.units_by_profile.get(unit.profile or "", [])
        events = with_move(ctx.rng, events, unit, others, person.tmt, stop)
    return events


def _ijazah(person: Person, track: Track, post: Post) -> Ijazah | None:
    if track.kind != PELAKSANA and not (post.head and post.head.eselon):
        return None
    entry = next(s for s in person.studies if s.first)
    for s in person.studies:
        if s.graduated > person.tmt and s.programme.level != entry.programme.level:
            target = entry_golongan(s.programme.level)
            if target is not None:
                return Ijazah(add_years(s.graduated, 1), target)
    return None


def _bup(person: Person, track: Track) -> int:
    """BUP of the jabatan held now (PP 11/2017 Pasal 239, data ``bup.csv``)."""
    current = person.current
    return bup_for(current.kind, current.jenjang, track.khusus if track.fungsional else None)
