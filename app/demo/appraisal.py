"""Kinerja of the demo office (domain.md §6–7).

* Appraisal periods (triwulan I–IV and the annual one) for every year since 2022, closed once
  they ended; capaian kinerja organisasi of each OPD per year.
* SKP (PermenPANRB 6/2022) per employee per year: summaries (ratings and predikat) for the older
  years, full SKPs with RHK (cascaded from the penilai's RHK), IKI, targets and realisasi,
  BerAKHLAK expectations and feedback, periodic evaluations for last year; the current year's in
  mixed states (draft, agreed, evaluated per triwulan). Predikat always comes from
  :func:`app.domain.kinerja.predikat`.
* PP 46/2011 scores for 2019–2020 (:mod:`app.domain.kinerja_legacy`) and talent placements
  (:func:`app.domain.talenta.box_number`) for heads and some JF.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from app.demo.career import golongan_on
from app.demo.context import DemoContext, HeadRef
from app.demo.names import full_name, titles
from app.demo.person import Person
from app.demo.rows import record
from app.demo.skp_text import (
    CATATAN,
    CONTINUOUS,
    EKSPEKTASI,
    FEEDBACK,
    RHK,
    TAMBAHAN,
    family_of,
    realisasi_text,
    target_text,
)
from app.domain import kinerja, kinerja_legacy, talenta

FIRST_YEAR = 2022
_HASIL = (("DI_ATAS", 28), ("SESUAI", 68), ("DI_BAWAH", 4))
# perilaku given hasil: good work and good conduct tend to go together
_PERILAKU = {"DI_ATAS": (("DI_ATAS", 45), ("SESUAI", 53), ("DI_BAWAH", 2)),
             "SESUAI": (("DI_ATAS", 20), ("SESUAI", 78), ("DI_BAWAH", 2)),
             "DI_BAWAH": (("DI_ATAS", 5), ("SESUAI", 80), ("DI_BAWAH", 15))}
_ORG = (("istimewa", 10), ("baik", 70), ("butuh_perbaikan", 15), ("kurang", 5))
_PERSPEKTIF = ("Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran")
_EVIDENCE = ("Laporan kegiatan, daftar hadir dan dokumentasi",
             "Dokumen hasil kerja yang telah ditandatangani atasan",
             "Rekapitulasi layanan dari aplikasi", "Notulen rapat dan laporan evaluasi")
Rows = dict[str, list[dict[str, object]]]


@dataclass(frozen=True)
class PeriodInfo:
    id: str
    sequence: int
    start: date
    end: date


def period_rows(ctx: DemoContext) -> tuple[list[dict[str, object]], dict[int, list[PeriodInfo]]]:
    rows, by_year = [], {}
    for year in range(FIRST_YEAR, ctx.today.year + 1):
        quarters = []
        for seq in range(0, 5):
            start = date(year, 1, 1) if seq == 0 else date(year, 3 * seq - 2, 1)
            end = date(year, 12, 31) if seq in (0, 4) else date(year, 3 * seq + 1, 1) \
                - timedelta(days=1)
            pid = ctx.new_id()
            rows.append({
                "id": pid, "office_code": ctx.regency.code, "deleted": False,
                "deleted_reason": None, "merged_into": None, "year": year,
                "kind": "annual" if seq == 0 else "periodic", "sequence": seq,
                "name": "Akhir" if seq == 0 else f"Triwulan {('I', 'II', 'III', 'IV')[seq - 1]}",
                "start_date": start, "end_date": end,
                "status": "closed" if end < ctx.today else "open",
            })
            if seq:
                quarters.append(PeriodInfo(pid, seq, start, end))
        by_year[year] = quarters
    return rows, by_year


def org_results(ctx: DemoContext) -> tuple[list[dict[str, object]], dict[tuple[str, int], str]]:
    """Capaian kinerja organisasi of the office and of every OPD, per finished year."""
    rng, rows, results = ctx.rng, [], {}
    roots = [u for u in ctx.org.units if u.parent is None]
    for year in range(FIRST_YEAR, ctx.today.year):
        for unit in [None, *roots]:
            result = rng.choices(*zip(*_ORG, strict=True))[0] if unit else "baik"
            if unit is not None:
                results[(unit.id, year)] = result
            rows.append({"id": ctx.new_id(), "office_code": ctx.regency.code, "deleted": False,
                         "deleted_reason": None, "merged_into": None,
                         "unit_id": unit.id if unit else None, "year": year, "result": result,
                         "notes": None})
    return rows, results


def public_feedback_rows(ctx: DemoContext) -> list[dict[str, object]]:
    rng, rows = ctx.rng, []
    units = [u for u in ctx.org.units if u.kind in ("puskesmas", "kecamatan", "rumah_sakit")]
    texts = {5: "Pelayanan cepat dan petugas ramah.", 4: "Pelayanan baik, antrean agak lama.",
             3: "Cukup, mohon informasi persyaratan diperjelas.",
             2: "Petugas belum ada di tempat saat jam layanan.", 1: "Layanan sangat lambat."}
    for unit in units:
        for _ in range(rng.randint(1, 3)):
            rating = rng.choices((5, 4, 3, 2, 1), (35, 35, 18, 8, 4))[0]
            rows.append({"id": ctx.new_id(), "office_code": ctx.regency.code, "deleted": False,
                         "deleted_reason": None, "merged_into": None,
                         "received_on": ctx.today - timedelta(days=rng.randint(1, 600)),
                         "channel": rng.choice(("kotak saran", "survei", "telepon",
                                                "media sosial")),
                         "unit_id": unit.id, "employee_id": None, "rating": rating,
                         "text": texts[rating]})
    return rows


def _rating(rng: random.Random, table: tuple[tuple[str, int], ...]) -> kinerja.Rating:
    return kinerja.Rating[rng.choices(*zip(*table, strict=True))[0]]


def _code(value: kinerja.Rating | kinerja.Predikat) -> str:
    """The stored form (``di_atas``, ``sangat_baik``): the domain member's name in lower case."""
    return value.name.lower()


class AppraisalBuilder:
    """Builds one person's kinerja rows into ``out`` (table name → rows)."""

    def __init__(self, ctx: DemoContext, periods: dict[int, list[PeriodInfo]],
                 results: dict[tuple[str, int], str]) -> None:
        self.ctx, self.periods, self.results = ctx, periods, results

    def build(self, p: Person, nip: str, penilai: HeadRef, self_ref: HeadRef | None,
              out: Rows) -> None:
        today = self.ctx.today
        last_year_predikat = None
        for year in range(FIRST_YEAR, today.year + 1):
            start = max(date(year, 1, 1), p.tmt)
            end = date(year, 12, 31)
            if p.retired_on is not None:
                if p.retired_on <= date(year, 1, 1):
                    break
                end = min(end, p.retired_on - timedelta(days=1))
            if start > min(end, today) - timedelta(days=20):
                continue
            current = year == today.year and p.retired_on is None
            detailed = year >= today.year - 1
            pred = self._skp(p, nip, year, start, end, penilai, self_ref, current, detailed, out)
            if year == today.year - 1:
                last_year_predikat = pred
        self._legacy(p, nip, penilai, out)
        if last_year_predikat is not None:
            self._talent(p, last_year_predikat, out)

    def _skp(self, p: Person, nip: str, year: int, start: date, end: date, penilai: HeadRef,
             self_ref: HeadRef | None, current: bool, detailed: bool,
             out: Rows) -> kinerja.Predikat | None:
        rng, today = self.ctx.rng, self.ctx.today
        ended = [q for q in self.periods[year] if q.end < today and q.end >= start]
        status = "final"
        if current:
            status = rng.choices(("draft", "agreed", "evaluated"),
                                 (15, 60, 25) if ended else (40, 60, 0))[0]
        hasil = _rating(rng, _HASIL)
        perilaku = _rating(rng, _PERILAKU[hasil.name])
        pred = kinerja.predikat(hasil, perilaku)
        final = status == "final"
        unit = _jabatan_on(p, end).unit
        atasan = penilai.penilai
        agreed = _at(min(start + timedelta(days=rng.randint(4, 25)), today), 9)
        evaluated = _at(date(year + 1, 1, rng.randint(5, 25)), 10) if final else (
            _at(ended[-1].end + timedelta(days=rng.randint(3, 12)), 10)
            if status == "evaluated" else None)
        if evaluated is not None and evaluated.date() > today:
            evaluated = _at(today, 8)
        row = record(self.ctx, p.id)
        for k in ("source", "siasn_id", "notes"):
            row.pop(k)
        skp_id = str(row["id"])
        row.update(self._snapshot(p, nip, end))
        row.update({
            "year": year, "period_start": start, "period_end": end,
            "approach": "kualitatif" if rng.random() < 0.12 else "kuantitatif",
            "regime": kinerja.Regime.PM6_2022.value,
            "penilai_employee_id": penilai.employee_id, "penilai_nama": penilai.nama,
            "penilai_nip": penilai.nip, "penilai_pangkat": penilai.pangkat,
            "penilai_jabatan": penilai.jabatan, "penilai_unit": penilai.unit,
            "atasan_employee_id": atasan.employee_id if atasan else None,
            "atasan_nama": atasan.nama if atasan else None,
            "atasan_nip": atasan.nip if atasan else None,
            "atasan_pangkat": atasan.pangkat if atasan else None,
            "atasan_jabatan": atasan.jabatan if atasan else None,
            "atasan_unit": atasan.unit if atasan else None,
            "status": status, "agreed_at": agreed if status != "draft" else None,
            "agreed_by": None, "evaluated_at": evaluated if status in ("evaluated", "final")
            else None, "evaluated_by": None,
            "finalized_at": min(evaluated + timedelta(days=rng.randint(3, 20)), _at(today, 16))
            if final and evaluated else None, "finalized_by": None,
            "rating_hasil_kerja": _code(hasil) if final else None,
            "rating_perilaku": _code(perilaku) if final else None,
            "predikat": _code(pred) if final else None,
            "capaian_organisasi": self.results.get((unit.opd.id, year)) if final else None,
            "catatan": CATATAN[_code(pred)] if final else None, "employee_response": None,
        })
        out["skp"].append(row)
        if detailed:
            self._details(p, skp_id=skp_id, year=year, status=status, hasil=hasil,
                          perilaku=perilaku, penilai=penilai, self_ref=self_ref, ended=ended,
                          out=out)
        return pred if final else None

    def _snapshot(self, p: Person, nip: str, when: date) -> dict[str, object]:
        finished = [(s.programme, s.graduated.year) for s in p.studies if s.graduated <= when]
        front, back = titles(finished, p.gender, p.hajj)
        jab = _jabatan_on(p, when)
        return {"pegawai_nama": full_name(front, p.nama, back), "pegawai_nip": nip,
                "pegawai_pangkat": pangkat_text(p, when), "pegawai_jabatan": jab.name,
                "pegawai_jabatan_kind": jab.kind, "pegawai_unit": jab.unit.name}

    def _details(self, p: Person, *, skp_id: str, year: int, status: str,
                 hasil: kinerja.Rating, perilaku: kinerja.Rating, penilai: HeadRef,
                 self_ref: HeadRef | None, ended: list[PeriodInfo], out: Rows) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        jab = _jabatan_on(p, date(year, 12, 31))
        track = p.post.track
        family = family_of(track.family if track else None, jab.kind)
        templates = list(RHK[family])
        chosen = rng.sample(templates, min(len(templates), rng.choice((2, 2, 3))))
        if rng.random() < 0.15:
            chosen.append(rng.choice(TAMBAHAN))
        realised = status in ("evaluated", "final")
        factor_range = {"DI_ATAS": (1.05, 1.15), "SESUAI": (0.95, 1.02),
                        "DI_BAWAH": (0.6, 0.85)}[hasil.name]
        parents = penilai.rhk.get(year, [])
        registered = []
        for order, (text, indicators) in enumerate(chosen, start=1):
            tambahan = any(text == t for t, _ in TAMBAHAN)
            rhk_id = ctx.new_id()
            parent = rng.choice(parents) if parents and not tambahan else None
            wording = text.format(unit=jab.unit.name)
            out["skp_rhk"].append({
                "id": rhk_id, "office_code": ctx.regency.code, "deleted": False,
                "deleted_reason": None, "merged_into": None, "skp_id": skp_id,
                "kind": "tambahan" if tambahan else "utama",
                "parent_rhk_id": parent[0] if parent else None,
                "parent_rhk_text": parent[1] if parent else None, "text": wording,
                "penugasan_dari": f"Penugasan dari {penilai.jabatan}" if tambahan else None,
                "perspektif": rng.choice(_PERSPEKTIF) if family == "jpt" else None,
                "sort_order": order,
            })
            registered.append((rhk_id, wording))
            kept = indicators[:1] + tuple(x for x in indicators[1:] if rng.random() < 0.5)
            for i, (aspek, iki, value, unit) in enumerate(kept, start=1):
                factor = rng.uniform(*factor_range)
                out["skp_indicator"].append({
                    "id": ctx.new_id(), "office_code": ctx.regency.code, "deleted": False,
                    "deleted_reason": None, "merged_into": None, "rhk_id": rhk_id,
                    "aspek": aspek, "iki": iki, "target": target_text(value, unit),
                    "realisasi": realisasi_text(value, unit, factor) if realised else None,
                    "evidence": rng.choice(_EVIDENCE) if realised else None, "sort_order": i,
                })
        if self_ref is not None:
            self_ref.rhk[year] = [r for r in registered]
        if status != "draft":
            self._behaviours(skp_id, perilaku, realised, out)
            self._feedback(skp_id, year, penilai, registered, out)
        self._periodic(skp_id, hasil, perilaku, ended if status != "draft" else [], out)

    def _behaviours(self, skp_id: str, perilaku: kinerja.Rating, realised: bool,
                    out: Rows) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        for code in rng.sample(sorted(EKSPEKTASI), rng.choice((1, 2, 2, 3))):
            out["skp_behaviour"].append({
                "id": ctx.new_id(), "office_code": ctx.regency.code, "deleted": False,
                "deleted_reason": None, "merged_into": None, "skp_id": skp_id,
                "berakhlak_code": code, "ekspektasi_khusus": rng.choice(EKSPEKTASI[code]),
                "feedback": rng.choice(FEEDBACK[_code(perilaku)]) if realised else None,
            })

    def _feedback(self, skp_id: str, year: int, penilai: HeadRef,
                  rhk: list[tuple[str, str]], out: Rows) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        if rng.random() >= 0.3:
            return
        limit = min(ctx.today, date(year, 12, 31))
        for _ in range(rng.randint(1, 2)):
            given = date(year, 2, 1) + timedelta(days=rng.randint(0, max(
                (limit - date(year, 2, 1)).days, 0)))
            out["continuous_feedback"].append({
                "id": ctx.new_id(), "office_code": ctx.regency.code, "deleted": False,
                "deleted_reason": None, "merged_into": None, "skp_id": skp_id,
                "rhk_id": rng.choice(rhk)[0] if rhk and rng.random() < 0.6 else None,
                "given_on": min(given, limit), "author": penilai.nama,
                "text": rng.choice(CONTINUOUS),
            })

    def _periodic(self, skp_id: str, hasil: kinerja.Rating, perilaku: kinerja.Rating,
                  ended: list[PeriodInfo], out: Rows) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        for q in ended:
            h = hasil if rng.random() < 0.8 else _rating(rng, _HASIL)
            b = perilaku if rng.random() < 0.85 else _rating(rng, _PERILAKU[h.name])
            out["skp_periodic_evaluation"].append({
                "id": ctx.new_id(), "office_code": ctx.regency.code, "deleted": False,
                "deleted_reason": None, "merged_into": None, "skp_id": skp_id,
                "period_id": q.id, "rating_hasil_kerja": _code(h), "rating_perilaku": _code(b),
                "predikat": _code(kinerja.predikat(h, b)),
                "evaluated_on": min(q.end + timedelta(days=rng.randint(3, 20)), ctx.today),
                "notes": None,
            })

    def _legacy(self, p: Person, nip: str, penilai: HeadRef, out: Rows) -> None:
        """PP 46/2011 yearly scores for 2019 and 2020 of PNS in service all year."""
        ctx, rng = self.ctx, self.ctx.rng
        if p.pppk_golongan is not None or p.jenis != "PNS":
            return
        for year in (2019, 2020):
            if p.tmt > date(year, 1, 1) or (p.retired_on and p.retired_on <= date(year, 12, 31)):
                continue
            elements = ["orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama"]
            if _jabatan_on(p, date(year, 12, 31)).eselon:
                elements.append("kepemimpinan")
            scores = {e: float(rng.randint(76, 92)) for e in elements}
            skp_score = round(rng.uniform(78, 92), 2)
            perilaku = kinerja_legacy.pp46_nilai_perilaku(scores)
            total = kinerja_legacy.pp46_nilai_prestasi(skp_score, perilaku)
            row = record(ctx, p.id)
            row.update({
                "year": year, "regime": kinerja.Regime.PP46_2011.value,
                "scores": json.dumps(scores, sort_keys=True), "skp_score": _dec(skp_score),
                "perilaku_score": _dec(perilaku), "total": _dec(total), "average": None,
                "sebutan": kinerja_legacy.pp46_sebutan(total), "penilai_nama": penilai.nama,
                "penilai_nip": penilai.nip,
                "atasan_nama": penilai.penilai.nama if penilai.penilai else None,
                "atasan_nip": penilai.penilai.nip if penilai.penilai else None,
            })
            out["legacy_appraisal"].append(row)

    def _talent(self, p: Person, pred: kinerja.Predikat, out: Rows) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        head = p.post.head is not None
        keahlian = p.current.kind == "fungsional_keahlian"
        if p.jenis != "PNS" or not (head or (keahlian and rng.random() < 0.1)):
            return
        level = talenta.default_table().kinerja_from_predikat[pred]
        potential = rng.choices(list(talenta.Potensial), (25, 50, 25))[0]
        row = record(ctx, p.id)
        row.update({
            "year": ctx.today.year - 1,
            "assessed_on": date(ctx.today.year - 1, rng.randint(9, 11), rng.randint(1, 28)),
            "potential": potential.name.lower(), "kinerja": _code(level),
            "box": talenta.box_number(level, potential),
            "score": _dec(round(rng.uniform(55, 95), 2)),
            "assessor": "UPT Penilaian Kompetensi Pegawai BKN",
        })
        out["talent_assessment"].append(row)


def _jabatan_on(p: Person, when: date):  # type: ignore[no-untyped-def]
    found = p.jabatan[0]
    for e in p.jabatan:
        if e.tmt <= when:
            found = e
    return found


def pangkat_text(p: Person, when: date) -> str:
    """``Penata Muda Tingkat I (III/b)`` for PNS, ``Golongan IX`` for PPPK, on ``when``."""
    if p.pppk_golongan is not None:
        return p.pppk_golongan.display()
    e = golongan_on(p.grades, when) or p.grades[0]
    return e.golongan.display()


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0))


def _dec(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")


def empty_rows() -> Rows:
    return defaultdict(list)
