"""A demo person as table rows: the employee with its ``current_*`` columns, and the
pendidikan, pangkat, jabatan and KGB histories those columns repeat.

Every row of one table has the same keys (what :func:`app.db.tracking.bulk_insert` loads in one
statement). ``current_*`` columns are copied from the last rows of the histories, never drawn.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.db.personnel import EmployeeStatus, JenisPegawai, fold_search
from app.demo.context import DemoContext
from app.demo.names import titles
from app.demo.person import Person
from app.domain.gaji import gaji_pokok
from app.domain.pendidikan import parse_pendidikan

_CITY_OF = {"Universitas Andalas": "Padang", "Universitas Negeri Padang": "Padang",
            "Universitas Sriwijaya": "Palembang", "Universitas Gadjah Mada": "Yogyakarta",
            "Universitas Sumatera Utara": "Medan", "Universitas Padjadjaran": "Bandung",
            "Universitas Brawijaya": "Malang", "Institut Pemerintahan Dalam Negeri": "Jatinangor",
            "Universitas Merangin": "Bangko", "Akademi Keperawatan Pemkab Merangin": "Bangko",
            "Politeknik Pembangunan Pertanian Medan": "Medan"}


def record(ctx: DemoContext, employee_id: str) -> dict[str, object]:
    """The columns every per-employee history row shares."""
    return {"id": ctx.new_id(), "office_code": ctx.regency.code, "employee_id": employee_id,
            "source": "local", "siasn_id": None, "notes": None, "deleted": False,
            "deleted_reason": None, "merged_into": None}


def agency_abbrev(year: int) -> str:
    """The personnel agency's abbreviation on SK numbers: BKD until 2016, BKPSDM since."""
    return "BKD" if year < 2017 else "BKPSDM"


def sk_number(rng: random.Random, klasifikasi: str, when: date) -> str:
    """``823.3/145/BKPSDM/2021``: the archive classification of Kemendagri (800 kepegawaian)."""
    return f"{klasifikasi}/{rng.randint(1, 999):03d}/{agency_abbrev(when.year)}/{when.year}"


def employee_row(ctx: DemoContext, p: Person, extra: dict[str, object]) -> dict[str, object]:
    rng = ctx.rng
    cur = p.current
    grade = p.grades[-1] if p.grades and p.pppk_golongan is None else None
    highest = p.highest.programme
    level = parse_pendidikan(highest.level)
    status = p.post.status
    tmt_status = p.retired_on if status == EmployeeStatus.PENSIUN.value else (
        p.tmt_pns if p.jenis == JenisPegawai.PNS.value else p.tmt)
    row: dict[str, object] = {
        "id": p.id, "office_code": ctx.regency.code, "deleted": False, "deleted_reason": None,
        "merged_into": None, "nip_lama": None, "nama": p.nama, "nama_search": fold_search(p.nama),
        "gelar_depan": p.gelar_depan, "gelar_belakang": p.gelar_belakang,
        "tanggal_lahir": p.birth, "jenis_kelamin": p.gender,
        "jenis_pegawai": p.jenis, "status": status, "tmt_status": tmt_status,
        "tmt_cpns": p.tmt if p.jenis != JenisPegawai.PPPK.value else None,
        "tmt_pns": p.tmt_pns if p.jenis == JenisPegawai.PNS.value else None,
        "current_unit_id": cur.unit.id, "current_jabatan_id": ctx.catalogue.get(cur.code or ""),
        "current_jabatan_name": cur.name, "current_jabatan_kind": cur.kind,
        "current_jabatan_jenjang": cur.jenjang, "current_eselon": cur.eselon,
        "tmt_jabatan": cur.tmt,
        "current_golongan_code": p.golongan.code, "current_golongan_ordinal": p.golongan.ordinal,
        "tmt_golongan": grade.tmt if grade else p.tmt,
        "mkg_tahun": grade.mkg.years if grade else 0,
        "mkg_bulan": grade.mkg.months if grade else 0,
        "current_pendidikan_code": level.value, "current_pendidikan_ordinal": level.level,
    }
    row.update(_sk_columns(rng, p))
    row.update(extra)
    return row


def _sk_columns(rng: random.Random, p: Person) -> dict[str, object]:
    pns = p.jenis == JenisPegawai.PNS.value
    cpns_date = p.tmt - timedelta(days=rng.randint(0, 60))
    out: dict[str, object] = {
        "sk_cpns_nomor": sk_number(rng, "813.2" if p.jenis != "PPPK" else "813.6", cpns_date),
        "sk_cpns_tanggal": cpns_date,
        "sk_pns_nomor": None, "sk_pns_tanggal": None, "sttpl_nomor": None, "sttpl_tanggal": None,
    }
    if pns and p.tmt_pns is not None:
        pns_date = p.tmt_pns - timedelta(days=rng.randint(0, 45))
        out["sk_pns_nomor"] = sk_number(rng, "813.3", pns_date)
        out["sk_pns_tanggal"] = pns_date
        if p.tmt.year >= 2018:  # Latsar CPNS (before: Diklat Prajabatan, no STTPL number kept)
            done = p.tmt + timedelta(days=rng.randint(150, 300))
            out["sttpl_nomor"] = f"{rng.randint(1, 4000):04d}/LATSAR/{done.year}"
            out["sttpl_tanggal"] = done
    return out


def pendidikan_rows(ctx: DemoContext, p: Person) -> list[dict[str, object]]:
    rng, out = ctx.rng, []
    for s in p.studies:
        prog = s.programme
        school = rng.choice(prog.schools)
        if prog.level == "SMA":
            city = rng.choice((ctx.regency.city, ctx.regency.short_name, "Jambi"))
            school = f"{school} {rng.randint(1, 12)} {city}"
            place = city
        else:
            place = _CITY_OF.get(school, "Jambi")
        front, back = titles([(prog, s.graduated.year)], p.gender)
        row = record(ctx, p.id)
        row.update({
            "level_code": prog.level, "school": school, "jurusan": prog.jurusan,
            "ijazah_nomor": _ijazah_number(rng, prog.level, s.graduated),
            "tanggal_lulus": s.graduated, "tahun_lulus": s.graduated.year, "tempat": place,
            "kepala_nama": None, "gelar_depan": front, "gelar_belakang": back,
            "luar_negeri": False, "is_first": s.first, "is_last": s.last,
        })
        out.append(row)
    return out


def _ijazah_number(rng: random.Random, level: str, when: date) -> str:
    if level == "SMA":
        return f"DN-05 Ma {rng.randint(10**6, 10**7 - 1)}"
    return f"{rng.randint(100, 9999)}/{when.year}"


def _sk_pejabat(ctx: DemoContext, golongan: str, when: date) -> str:
    if golongan in ("IV/d", "IV/e"):
        return "Presiden Republik Indonesia"
    if golongan in ("IV/b", "IV/c"):
        return "Gubernur Jambi"
    return ctx.regency.bupati_title


def pangkat_rows(ctx: DemoContext, p: Person) -> list[dict[str, object]]:
    rng, out = ctx.rng, []
    for e in p.grades if p.pppk_golongan is None else ():
        when = e.tmt - timedelta(days=rng.randint(5, 75)) if e.jenis != "cpns" else \
            e.tmt - timedelta(days=rng.randint(0, 60))
        row = record(ctx, p.id)
        row.update({
            "golongan_code": e.golongan.code, "tmt": e.tmt,
            "sk_nomor": sk_number(rng, "813.2" if e.jenis == "cpns" else "823.3", when),
            "sk_tanggal": when, "sk_pejabat": _sk_pejabat(ctx, e.golongan.code, e.tmt),
            "pertek_nomor": None, "pertek_tanggal": None, "jenis_kp": e.jenis,
            "mkg_tahun": e.mkg.years, "mkg_bulan": e.mkg.months,
            "gaji_pokok": gaji_pokok(e.golongan, e.mkg.years, e.tmt, cpns=e.jenis == "cpns"),
            "angka_kredit_utama": None, "angka_kredit_tambahan": None,
            "peraturan": "PP 11/2017 jo PP 17/2020" if e.tmt.year >= 2017 else "PP 99/2000 jo "
                                                                               "PP 12/2002",
        })
        out.append(row)
    return out


def kgb_rows(ctx: DemoContext, p: Person) -> list[dict[str, object]]:
    rng, out = ctx.rng, []
    for e in p.kgbs:
        when = e.tmt - timedelta(days=rng.randint(10, 60))
        row = record(ctx, p.id)
        row.update({
            "tmt": e.tmt, "sk_nomor": sk_number(rng, "822.3", when), "sk_tanggal": when,
            "sk_pejabat": f"Kepala {agency_abbrev(when.year)} {ctx.regency.full_name}",
            "golongan_code": e.golongan.code, "mkg_tahun": e.mkg.years,
            "mkg_bulan": e.mkg.months,
            # the row before this MKG (the largest grid row at most a year less) and this one's
            "gaji_pokok_lama": gaji_pokok(e.golongan, e.mkg.years - 1, e.tmt),
            "gaji_pokok_baru": gaji_pokok(e.golongan, e.mkg.years, e.tmt),
        })
        out.append(row)
    return out


def jabatan_rows(ctx: DemoContext, p: Person) -> list[dict[str, object]]:
    rng, out = ctx.rng, []
    events = p.jabatan
    instansi = f"Pemerintah {ctx.regency.full_name}"
    for i, e in enumerate(events):
        end = events[i + 1].tmt if i + 1 < len(events) else p.retired_on
        when = e.tmt - timedelta(days=rng.randint(0, 30))
        row = record(ctx, p.id)
        row.update({
            "unit_id": e.unit.id, "unit_name": e.unit.name, "instansi": instansi,
            "jabatan_id": ctx.catalogue.get(e.code or ""), "jabatan_name": e.name,
            "jabatan_kind": e.kind, "jenjang": e.jenjang, "eselon": e.eselon, "tmt": e.tmt,
            "tmt_selesai": end, "tmt_pelantikan": e.pelantikan,
            "sk_nomor": sk_number(rng, "821.2", when), "sk_tanggal": when,
            "sk_pejabat": ctx.regency.bupati_title, "jenis_mutasi": e.mutasi,
        })
        row["notes"] = e.notes
        out.append(row)
    return out
