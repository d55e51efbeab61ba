"""The deliberate cases every demo office holds (listed in :mod:`app.demo`'s docstring).

Each is a person pinned just enough to show one situation a clerk meets; everything else about
them is drawn like anyone else's. Dates are relative to the demo's ``today``.
"""

from __future__ import annotations

from datetime import date

from app.db.personnel import EmployeeStatus, JenisPegawai
from app.demo.context import DemoContext
from app.demo.org import Unit
from app.demo.person import Case, Post
from app.demo.tracks import TRACKS
from app.domain.dates import add_months, add_years
from app.domain.kenaikan_pangkat import next_period_on_or_after

PENSIUN_3_BULAN = "pensiun_3_bulan"
LEWAT_BUP = "lewat_bup"
KGB_BULAN_INI = "kgb_bulan_ini"
KP_PERIODE_BERIKUT = "kp_periode_berikut"
JP_KURANG = "jp_kurang"
NIK_NIP_BEDA = "nik_nip_beda"
NAMA_APOSTROF = "nama_apostrof"
GELAR_RUMIT = "gelar_rumit"
PPPK = "pppk"
CPNS_BARU = "cpns_baru"
PENSIUN = "pensiun"
DIHAPUS = "dihapus"
TOMBSTONE_REASON = ("Data ganda: pegawai yang sama sudah tercatat dengan NIP yang benar "
                    "(salah ketik saat input ulang).")


def _unit(ctx: DemoContext, short: str, kinds: tuple[str, ...] = ("subbagian", "bidang")) -> Unit:
    for u in ctx.org.units:
        if u.opd.short_name == short and u.kind in kinds:
            return u
    return next(u for u in ctx.org.units if u.weight > 0)


def _first(ctx: DemoContext, kind: str) -> Unit:
    return next(u for u in ctx.org.units if u.kind == kind)


def case_posts(ctx: DemoContext) -> list[tuple[Post, Case]]:
    """The cases in a fixed order (a small demo keeps the first ones)."""
    h = ctx.horizon
    staff = TRACKS["pengadministrasi"]
    bkpsdm = _unit(ctx, "BKPSDM")
    kp_period = next_period_on_or_after(h)
    plain = dict(later="", hajj=False)
    return [
        (Post(bkpsdm, staff), Case(
            PENSIUN_3_BULAN, birth=add_years(add_months(h, 1), -58).replace(day=15),
            programme="sma_ips", **plain)),
        (Post(_unit(ctx, "BPKAD"), staff), Case(
            LEWAT_BUP, birth=add_years(add_months(h, -3), -58).replace(day=10),
            programme="sma_ipa", **plain)),
        (Post(_unit(ctx, "Disdukcapil"), TRACKS["penata_layanan"]), Case(
            KGB_BULAN_INI, tmt=add_months(h, -24), birth=add_years(add_months(h, -24), -25),
            programme="s1_adm", **plain)),
        (Post(_unit(ctx, "Dinas PUPR"), staff), Case(
            KP_PERIODE_BERIKUT, tmt=add_years(kp_period, -4),
            birth=add_years(add_years(kp_period, -4), -22).replace(day=3), programme="sma_ipa",
            **plain)),
        (Post(_first(ctx, "sekolah"), TRACKS["guru_sd"]), Case(
            JP_KURANG, no_training=True, programme="s1_pgsd", **plain)),
        (Post(_unit(ctx, "Disdikbud"), TRACKS["penata_layanan"]), Case(
            NIK_NIP_BEDA, birth=date(1985, 3, 7), nik_birth=date(1985, 7, 3),
            programme="s1_ekon", **plain)),
        (Post(_unit(ctx, "Setda", ("bagian",)), TRACKS["analis_kebijakan"]), Case(
            NAMA_APOSTROF, gender="L", religion="islam", nama="Ma'ruf Amrullah",
            birth=add_years(h, -50).replace(day=21), programme="s1_adm", later="s2_msi",
            hajj=True)),
        (Post(_first(ctx, "rumah_sakit"), TRACKS["dokter"]), Case(
            GELAR_RUMIT, gender="P", religion="islam", nama="Siti Qur'ani Rahmah",
            birth=add_years(h, -47).replace(day=2), programme="dokter", later="s2_mkes",
            hajj=True)),
        (Post(_first(ctx, "sekolah"), TRACKS["guru_sd"], jenis=JenisPegawai.PPPK.value), Case(
            PPPK, tmt=date(2023, 3, 1) if h >= date(2023, 3, 1) else h, programme="s1_pgsd",
            **plain)),
        (Post(_unit(ctx, "Bappeda"), TRACKS["perencana"], jenis=JenisPegawai.CPNS.value), Case(
            CPNS_BARU, tmt=h, programme="s1_pwk", **plain)),
        (Post(_unit(ctx, "Dinsos"), staff, status=EmployeeStatus.PENSIUN.value), Case(
            PENSIUN, programme="sma_ips", **plain)),
        (Post(_unit(ctx, "Satpol PP"), staff), Case(
            DIHAPUS, tombstone=TOMBSTONE_REASON, programme="sma_ips", **plain)),
    ]
