"""Pengembangan kompetensi of the demo office (domain.md §5): the programme catalogue, the
sessions (angkatan) of the last three years, who attended with how many JP, and training taken
elsewhere (e-learning, provincial bimtek, Latsar/prajabatan and leadership training of old).

JP counts in the year the training ended. Attendance is uneven on purpose: many employees stay
under the 20 JP of the current year, and the case ``jp_kurang`` has none at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from app.db.training import Attendance, SessionStatus, TrainingCategory
from app.demo.context import DemoContext
from app.demo.person import Person
from app.demo.rows import record

C = TrainingCategory
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass(frozen=True)
class ProgramSpec:
    code: str
    name: str
    kind: str
    category: str
    type_code: str | None
    jp: int
    organiser: str
    audience: str  # who attends (see _eligible)
    rate: float  # expected attendances per eligible employee per year


PROGRAMS = (
    ProgramSpec("LATSAR", "Pelatihan Dasar CPNS", "klasikal", C.LATSAR, None, 300,
                "BPSDM Provinsi Jambi", "cpns", 0.0),
    ProgramSpec("ORPPPK", "Orientasi Pegawai Pemerintah dengan Perjanjian Kerja", "klasikal",
                C.LAINNYA, "kursus", 40, "{agency}", "pppk", 0.0),
    ProgramSpec("PKP", "Pelatihan Kepemimpinan Pengawas (PKP)", "klasikal", C.PKP,
                "pelatihan_struktural", 255, "BPSDM Provinsi Jambi", "pengawas", 0.0),
    ProgramSpec("PKA", "Pelatihan Kepemimpinan Administrator (PKA)", "klasikal", C.PKA,
                "pelatihan_struktural", 300, "BPSDM Provinsi Jambi", "administrator", 0.0),
    ProgramSpec("SKP", "Bimbingan Teknis Penyusunan SKP dan Evaluasi Kinerja", "klasikal",
                C.TEKNIS, "bimtek", 16, "{agency}", "all", 0.18),
    ProgramSpec("KURMER", "Pelatihan Implementasi Kurikulum Merdeka", "klasikal",
                C.FUNGSIONAL, "pelatihan_fungsional", 32, "Balai Guru Penggerak Provinsi Jambi",
                "guru", 0.35),
    ProgramSpec("MODUL", "Workshop Penyusunan Modul Ajar", "klasikal", C.FUNGSIONAL,
                "workshop", 24, "Dinas Pendidikan dan Kebudayaan", "guru", 0.3),
    ProgramSpec("SEMKAR", "Seminar Pendidikan Karakter", "klasikal", C.SEMINAR, "seminar", 8,
                "Dinas Pendidikan dan Kebudayaan", "guru", 0.3),
    ProgramSpec("BTCLS", "Pelatihan Basic Trauma Cardiac Life Support (BTCLS)", "klasikal",
                C.TEKNIS, "pelatihan_teknis", 40, "Dinas Kesehatan", "nakes", 0.25),
    ProgramSpec("PPI", "Pelatihan Pencegahan dan Pengendalian Infeksi", "klasikal", C.TEKNIS,
                "pelatihan_teknis", 24, "Dinas Kesehatan", "nakes", 0.3),
    ProgramSpec("SIPD", "Bimtek Pengelolaan Keuangan Daerah melalui SIPD", "klasikal",
                C.TEKNIS, "bimtek", 24, "Badan Pengelolaan Keuangan dan Aset Daerah",
                "keuangan", 0.5),
    ProgramSpec("PBJ", "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar", "klasikal", C.TEKNIS,
                "pelatihan_teknis", 32, "LKPP bekerja sama dengan Bagian Pengadaan Barang dan "
                "Jasa", "struktural", 0.2),
    ProgramSpec("ASN", "Sosialisasi Manajemen ASN dan Disiplin Pegawai", "klasikal", C.LAINNYA,
                "sosialisasi", 8, "{agency}", "all", 0.2),
    ProgramSpec("ARSIP", "Bimtek Pengelolaan Arsip Dinamis", "klasikal", C.TEKNIS, "bimtek", 16,
                "Dinas Perpustakaan dan Kearsipan", "pelaksana", 0.15),
    ProgramSpec("ANJAB", "Pelatihan Analisis Jabatan dan Analisis Beban Kerja", "klasikal",
                C.TEKNIS, "pelatihan_teknis", 24, "Bagian Organisasi Setda", "analis", 0.3),
    ProgramSpec("PRIMA", "Pelatihan Pelayanan Prima", "klasikal", C.TEKNIS, "pelatihan_teknis",
                16, "{agency}", "pelaksana", 0.2),
    ProgramSpec("RENJA", "Bimtek Penyusunan Rencana Kerja dan Anggaran", "klasikal", C.TEKNIS,
                "bimtek", 16, "Badan Perencanaan Pembangunan Daerah", "struktural", 0.3),
    ProgramSpec("COACH", "Coaching dan Mentoring Kinerja Pegawai", "nonklasikal",
                C.MANAJERIAL, "coaching", 6, "{agency}", "struktural", 0.4),
    ProgramSpec("ADMINDUK", "Bimtek Administrasi Kependudukan", "klasikal", C.TEKNIS, "bimtek",
                24, "Dinas Kependudukan dan Pencatatan Sipil", "dukcapil", 0.5),
    ProgramSpec("PPNS", "Pelatihan Teknis Penegakan Peraturan Daerah", "klasikal", C.TEKNIS,
                "pelatihan_teknis", 40, "Satuan Polisi Pamong Praja", "polpp", 0.35),
    ProgramSpec("TANI", "Pelatihan Penyuluh: Budidaya Padi Berkelanjutan", "klasikal",
                C.FUNGSIONAL, "pelatihan_fungsional", 32, "Dinas Pertanian", "penyuluh", 0.4),
)
EXTERNAL = (("Pembelajaran Mandiri ASN Belajar: Literasi Digital", "e_learning", "nonklasikal",
             C.LAINNYA, (6, 10, 12), "LAN RI"),
            ("Webinar Transformasi Digital Pelayanan Publik", "seminar", "klasikal", C.SEMINAR,
             (2, 3, 4), "Kementerian PANRB"),
            ("Bimtek Penguatan Integritas ASN", "bimtek", "klasikal", C.TEKNIS, (8, 16),
             "BPSDM Provinsi Jambi"),
            ("Pelatihan Jarak Jauh Manajemen Risiko", "pelatihan_jarak_jauh", "nonklasikal",
             C.MANAJERIAL, (12, 20, 24), "BPKP Perwakilan Provinsi Jambi"),
            ("Kursus Bahasa Inggris Dasar", "kursus", "klasikal", C.LAINNYA, (20, 32),
             "Lembaga Bahasa Universitas Jambi"))
_PLACES = ("Aula {agency}", "Ruang Pola Kantor Bupati", "Hotel Permata Bangko", "BPSDM Provinsi "
           "Jambi, Kota Jambi", "Aula Dinas Pendidikan dan Kebudayaan")


@dataclass(frozen=True)
class SessionInfo:
    id: str
    program: ProgramSpec
    start: date
    end: date
    status: str
    year: int


def program_rows(ctx: DemoContext) -> tuple[list[dict[str, object]], dict[str, str]]:
    ids: dict[str, str] = {}
    rows = []
    for p in PROGRAMS:
        ids[p.code] = ctx.new_id()
        rows.append({
            "id": ids[p.code], "office_code": ctx.regency.code, "deleted": False,
            "deleted_reason": None, "merged_into": None, "code": p.code, "name": p.name,
            "kind": p.kind, "category": str(p.category), "type_code": p.type_code,
            "default_jp": p.jp, "organiser": p.organiser.format(agency=ctx.agency),
            "competency_area": None, "description": None, "active": True,
        })
    return rows, ids


def session_plan(ctx: DemoContext, employees: int,
                 program_ids: dict[str, str]) -> tuple[list[dict[str, object]], list[SessionInfo]]:
    """Sessions of the last three years, as many per programme as the office's size needs."""
    rng, today, rows, infos = ctx.rng, ctx.today, [], []
    for year in (today.year - 2, today.year - 1, today.year):
        for p in PROGRAMS:
            expected = employees * (p.rate * _audience_share(p.audience) or 0.04)
            count = max(1, math.ceil(expected / 35))
            for n in range(count):
                start = date(year, rng.randint(2, 11), rng.randint(1, 25))
                days = 50 if p.category == C.LATSAR else max(1, math.ceil(p.jp / 9))
                end = start + timedelta(days=days)
                status = (SessionStatus.FINISHED if end < today else SessionStatus.RUNNING
                          if start <= today else SessionStatus.OPEN
                          if start - today < timedelta(days=45) else SessionStatus.PLANNED)
                sid = ctx.new_id()
                infos.append(SessionInfo(sid, p, start, end, str(status), year))
                rows.append({
                    "id": sid, "office_code": ctx.regency.code, "deleted": False,
                    "deleted_reason": None, "merged_into": None,
                    "program_id": program_ids[p.code],
                    "title": f"{p.name} Angkatan {ROMAN[n % 12]} Tahun {year}",
                    "angkatan": ROMAN[n % 12], "start_date": start, "end_date": end,
                    "place": rng.choice(_PLACES).format(agency=ctx.agency),
                    "organiser": p.organiser.format(agency=ctx.agency), "jp": p.jp,
                    "capacity": rng.choice((30, 35, 40)), "status": str(status), "notes": None,
                })
    return rows, infos


_SHARES = {"all": 1.0, "guru": 0.4, "nakes": 0.18, "keuangan": 0.05, "struktural": 0.1,
           "pelaksana": 0.25, "analis": 0.08, "dukcapil": 0.02, "polpp": 0.03,
           "penyuluh": 0.04, "cpns": 0.0, "pppk": 0.0, "pengawas": 0.0, "administrator": 0.0}


def _audience_share(audience: str) -> float:
    return _SHARES.get(audience, 0.05)


def audiences(p: Person, today: date) -> frozenset[str]:
    """The audiences a person belongs to (for choosing sessions)."""
    out = {"all", p.jenis.lower()}
    if p.jenis == "PNS" and p.tmt.year >= today.year - 3:
        out.add("cpns")  # Latsar in the first year after TMT CPNS
    cur = p.current
    track = p.post.track
    if cur.kind in ("jpt_pratama", "administrator", "pengawas"):
        out |= {"struktural", cur.kind}
    if cur.kind == "pelaksana":
        out.add("pelaksana")
    if track is not None:
        fam = track.family
        out |= {fam} if fam in ("guru", "nakes", "polpp", "penyuluh", "analis") else set()
        if track.key in ("analis_keuangan", "pengelola_layanan"):
            out.add("keuangan")
        if track.key == "adminduk" or p.post.unit.profile == "dukcapil":
            out.add("dukcapil")
    return frozenset(out)


def session_index(infos: list[SessionInfo]) -> dict[int, dict[str, list[SessionInfo]]]:
    """Sessions one can have attended (finished or running), by year and audience."""
    index: dict[int, dict[str, list[SessionInfo]]] = {}
    for s in infos:
        if s.status in (SessionStatus.FINISHED, SessionStatus.RUNNING):
            index.setdefault(s.year, {}).setdefault(s.program.audience, []).append(s)
    return index


def participation(ctx: DemoContext, p: Person,
                  index: dict[int, dict[str, list[SessionInfo]]],
                  ) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(training_participant rows, external_training rows) of a person."""
    rng = ctx.rng
    parts: list[dict[str, object]] = []
    external = _history(ctx, p)
    if p.case is not None and p.case.no_training:
        return parts, external
    groups = sorted(audiences(p, ctx.today))
    last = p.retired_on or ctx.today
    for year in range(ctx.today.year - 2, ctx.today.year + 1):
        by_audience = index.get(year, {})
        pools = [by_audience[g] for g in groups if g in by_audience]
        wanted = rng.choices((0, 1, 2, 3), (28, 40, 23, 9))[0] if pools else 0
        chosen: dict[str, SessionInfo] = {}
        for _ in range(wanted * 3):
            if len(chosen) >= wanted:
                break
            s = rng.choice(rng.choice(pools))
            if p.tmt <= s.start <= last and s.id not in chosen:
                chosen[s.id] = s
        parts.extend(_participant(ctx, p.id, s) for s in chosen.values())
        if rng.random() < 0.45 and date(year, 1, 1) >= p.tmt and date(year, 6, 1) <= last:
            external.append(_external(ctx, p.id, year))
    return parts, external


def _participant(ctx: DemoContext, employee_id: str, s: SessionInfo) -> dict[str, object]:
    rng = ctx.rng
    if s.status == SessionStatus.RUNNING:
        attendance, completed, jp = Attendance.REGISTERED, False, None
    else:
        attendance = rng.choices((Attendance.PRESENT, Attendance.PARTIAL, Attendance.ABSENT,
                                  Attendance.EXCUSED), (88, 6, 4, 2))[0]
        completed = attendance == Attendance.PRESENT
        jp = s.program.jp if completed else (s.program.jp // 2 if attendance ==
                                             Attendance.PARTIAL else None)
    return {
        "id": ctx.new_id(), "office_code": ctx.regency.code, "deleted": False,
        "deleted_reason": None, "merged_into": None, "session_id": s.id,
        "employee_id": employee_id, "attendance": str(attendance), "completed": completed,
        "jp_credited": jp,
        "certificate_nomor": f"{rng.randint(1, 999):03d}/{s.program.code}/{s.year}"
        if completed else None,
        "certificate_tanggal": s.end if completed else None, "notes": None,
    }


def _external(ctx: DemoContext, employee_id: str, year: int) -> dict[str, object]:
    rng = ctx.rng
    name, type_code, kind, category, jps, organiser = rng.choice(EXTERNAL)
    end_limit = ctx.today if year == ctx.today.year else date(year, 12, 31)
    start = date(year, 1, 10) + timedelta(days=rng.randint(0, max((end_limit - date(year, 1, 10))
                                                                    .days - 5, 0)))
    end = min(start + timedelta(days=rng.randint(0, 4)), end_limit)
    return _external_row(ctx, employee_id, name, kind, str(category), type_code, organiser,
                         start, end, rng.choice(jps))


def _external_row(ctx: DemoContext, employee_id: str, name: str, kind: str, category: str,
                  type_code: str | None, organiser: str, start: date, end: date,
                  jp: int) -> dict[str, object]:
    row = record(ctx, employee_id)
    row.update({
        "name": name, "kind": kind, "category": category, "type_code": type_code,
        "organiser": organiser, "place": None, "angkatan": None, "start_date": start,
        "end_date": end, "year": end.year, "jp": jp,
        "certificate_nomor": f"{ctx.rng.randint(1, 9999):04d}/SERT/{end.year}",
        "certificate_tanggal": end,
    })
    return row


def _history(ctx: DemoContext, p: Person) -> list[dict[str, object]]:
    """Prajabatan/Latsar and leadership training taken before the sessions on record."""
    rng, out = ctx.rng, []
    if p.jenis == "PNS":
        start = p.tmt + timedelta(days=rng.randint(90, 240))
        if start < date(ctx.today.year - 2, 1, 1):
            roman = p.grades[0].golongan.code.split("/")[0]
            if start.year < 2018:
                name, cat, jp = f"Diklat Prajabatan Golongan {roman}", C.LATSAR, 180
            else:
                name, cat, jp = f"Pelatihan Dasar CPNS Golongan {roman}", C.LATSAR, 300
            out.append(_external_row(ctx, p.id, name, "klasikal", str(cat), None,
                                     "BPSDM Provinsi Jambi", start,
                                     start + timedelta(days=30 if jp < 300 else 50), jp))
    for e in p.jabatan:
        if e.eselon is None:
            continue
        start = e.tmt + timedelta(days=rng.randint(120, 700))
        if start >= date(ctx.today.year - 2, 1, 1):
            continue
        level = e.eselon.split(".")[0]
        modern = start.year >= 2019
        name, cat, jp = {
            "IV": ("Pelatihan Kepemimpinan Pengawas" if modern else "Diklatpim Tingkat IV",
                   C.PKP if modern else C.STRUKTURAL, 255),
            "III": ("Pelatihan Kepemimpinan Administrator" if modern else "Diklatpim Tingkat III",
                    C.PKA if modern else C.STRUKTURAL, 300),
            "II": ("Pelatihan Kepemimpinan Nasional Tingkat II" if modern else
                   "Diklatpim Tingkat II", C.PKN_II if modern else C.STRUKTURAL, 400),
        }[level]
        out.append(_external_row(ctx, p.id, name, "klasikal", str(cat), "pelatihan_struktural",
                                 "BPSDM Provinsi Jambi" if level != "II" else "LAN RI", start,
                                 start + timedelta(days=90), jp))
    return out
