"""Who the demo employees are (posts in order: heads, cases, staff) and their rows.

Heads come first so that everyone else's pejabat penilai (and the RHK they cascade from) already
exists; the deliberate cases next, so even a small demo has them; then staff spread over the
sectors (:data:`app.demo.profiles.SECTOR_SHARES`) and their units by weight.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

from app.db.personnel import EmployeeStatus, JenisPegawai
from app.demo import extras, rows
from app.demo.appraisal import AppraisalBuilder, Rows, pangkat_text
from app.demo.cases import case_posts
from app.demo.context import DemoContext, HeadRef
from app.demo.family import family_rows, marital_status
from app.demo.identity import address, body, contacts, documents, make_nik, make_nip, nik_district
from app.demo.names import birth_place, full_name
from app.demo.org import Unit
from app.demo.person import Case, Post, make_person
from app.demo.profiles import PROFILES, SECTOR_SHARES
from app.demo.tracks import TRACKS
from app.demo.training import SessionInfo, participation
from app.services.seed import stable_id

HEAD_SHARE = 0.13


class _Picker:
    """Weighted choice over a fixed list, by bisecting cumulative weights."""

    def __init__(self, items: list, weights: list[float]) -> None:  # type: ignore[type-arg]
        self.items = items
        self.cum = list(itertools.accumulate(weights))

    def pick(self, rng) -> object:  # type: ignore[no-untyped-def]
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]


def plan_posts(ctx: DemoContext, employees: int) -> Iterator[tuple[Post, Case | None]]:
    cases = case_posts(ctx)[:employees]
    rest = employees - len(cases)
    n_heads = min(len(ctx.org.heads), max(1 if rest else 0, round(rest * HEAD_SHARE)))
    for unit in ctx.org.heads[:n_heads]:
        head = unit.head
        assert head is not None
        yield Post(unit, TRACKS[head.track] if head.track else None, head), None
    yield from cases
    sectors = _Picker(list(SECTOR_SHARES), list(SECTOR_SHARES.values()))
    units = {s: _Picker(us, [u.weight for u in us]) for s, us in ctx.org.sectors.items() if us}
    profiles = {k: _Picker([TRACKS[t] for t, _ in v], [w for _, w in v])
                for k, v in PROFILES.items()}
    for _ in range(rest - n_heads):
        yield _staff_post(ctx, sectors, units, profiles), None


def _staff_post(ctx: DemoContext, sectors: _Picker, units: dict[str, _Picker],
                profiles: dict[str, _Picker]) -> Post:
    rng = ctx.rng
    sector = str(sectors.pick(rng))
    picker = units.get(sector) or next(iter(units.values()))
    unit: Unit = picker.pick(rng)  # type: ignore[assignment]
    track = profiles[unit.profile or "umum"].pick(rng)
    roll = rng.random()
    jenis, status = JenisPegawai.PNS.value, EmployeeStatus.AKTIF.value
    if track.senior:  # type: ignore[attr-defined]
        roll = min(roll, 0.94)  # a senior post: always a PNS in service
    if roll < track.pppk:  # type: ignore[attr-defined]
        jenis = JenisPegawai.PPPK.value
    elif roll > 0.96:
        jenis = JenisPegawai.CPNS.value
    elif roll > 0.95:
        status = EmployeeStatus.PENSIUN.value
    elif roll > 0.945:
        status = EmployeeStatus.TUGAS_BELAJAR.value
    return Post(unit, track, None, jenis, status)  # type: ignore[arg-type]


class PersonRows:
    """Turns posts into rows, keeping the office's heads as it goes."""

    def __init__(self, ctx: DemoContext, sessions: dict[int, dict[str, list[SessionInfo]]],
                 appraisal: AppraisalBuilder) -> None:
        self.ctx, self.sessions, self.appraisal = ctx, sessions, appraisal
        self.cases: dict[str, str] = {}
        self.tombstones: dict[str, str] = {}
        self._local = [d.name for d in ctx.regency.districts] + [ctx.regency.city]
        self._other = ["Jambi", "Muara Bulian", "Sarolangun", "Muara Bungo", "Muara Tebo",
                       "Sungai Penuh", "Kuala Tungkal", "Muara Sabak", "Sengeti"]

    def add(self, post: Post, case: Case | None, out: Rows) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        p = make_person(ctx, post, case)
        nip = make_nip(ctx, p.birth, p.tmt, p.gender, p.pppk_golongan is not None)
        home = post.unit.district
        nik_birth = case.nik_birth if case and case.nik_birth else p.birth
        nik = make_nik(ctx, nik_district(ctx, rng, home), nik_birth, p.gender)
        place = birth_place(rng, self._local, self._other, p.javanese)
        marital = marital_status(rng, p.age_on(ctx.today), p.gender)
        extra: dict[str, object] = {
            "nip": nip, "nik": nik, "tempat_lahir": place,
            "agama_id": stable_id("religion", p.religion),
            "status_perkawinan_id": stable_id("marital_status", marital),
        }
        extra.update(address(ctx, rng, home))
        extra.update(contacts(rng, p.nama, p.birth))
        extra.update(body(rng, p.gender))
        extra.update(documents(rng, p.jenis == JenisPegawai.PNS.value, marital == "kawin",
                               p.gender))
        out["employee"].append(rows.employee_row(ctx, p, extra))
        out["pendidikan_history"].extend(rows.pendidikan_rows(ctx, p))
        out["pangkat_history"].extend(rows.pangkat_rows(ctx, p))
        out["jabatan_history"].extend(rows.jabatan_rows(ctx, p))
        out["kgb_history"].extend(rows.kgb_rows(ctx, p))
        out["family_member"].extend(family_rows(ctx, rng, p.id, p.gender, p.religion, p.birth,
                                                marital, home, rng.choice(self._local)))
        out["penghargaan_history"].extend(extras.penghargaan_rows(ctx, p))
        out["hukuman_disiplin"].extend(extras.hukdis_rows(ctx, p))
        out["angka_kredit_history"].extend(extras.angka_kredit_rows(ctx, p))
        is_head = post.head is not None
        penilai = ctx.penilai_for(post.unit, is_head=is_head)
        self_ref = None
        if is_head:
            assert post.head is not None
            self_ref = HeadRef(p.id, full_name(p.gelar_depan, p.nama, p.gelar_belakang), nip,
                               pangkat_text(p, ctx.today), post.head.title, post.unit.name,
                               penilai)
            ctx.heads[post.unit.id] = self_ref
        parts, external = participation(ctx, p, self.sessions)
        out["training_participant"].extend(parts)
        out["external_training"].extend(external)
        self.appraisal.build(p, nip, penilai, self_ref, out)
        if case is not None:
            self.cases[case.key] = p.id
            if case.tombstone:
                self.tombstones[p.id] = case.tombstone


# FK order: parents before children.
TABLE_ORDER = (
    "employee", "pendidikan_history", "pangkat_history", "jabatan_history", "kgb_history",
    "family_member", "penghargaan_history", "hukuman_disiplin", "angka_kredit_history",
    "training_participant", "external_training", "skp", "skp_rhk", "skp_indicator",
    "skp_behaviour", "skp_periodic_evaluation", "continuous_feedback", "legacy_appraisal",
    "talent_assessment",
)
