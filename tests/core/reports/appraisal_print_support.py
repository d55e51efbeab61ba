"""Fixtures and helpers of the appraisal print tests: a SQLite office (Kabupaten Merangin)
with two units and five employees, SKPs taken through the real workflow services, and a
print helper that reads the PDF back with pypdf."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.jobs import Progress
from app.reports.appraisal_catalog import AppraisalPrintRequest, print_appraisals
from app.services import appraisal as a
from app.services.context import ServiceContext
from tests.core.reports import builders as b

YEAR = 2026


@pytest.fixture
def ctx(office_file) -> Iterator[ServiceContext]:
    context = ServiceContext.open(str(office_file))
    context.as_system()
    yield context
    context.close()


@pytest.fixture
def office(ctx) -> dict[str, str]:
    """Dinas Pendidikan › Bidang Pembinaan SMP with its head, two staff (one with gelar) and
    a head of office above; BKPSDM with one employee."""
    with ctx.write_session() as s:
        b.set_letterhead(s)
        dinas = b.unit(s, "Dinas Pendidikan")
        bidang = b.unit(s, "Bidang Pembinaan SMP", dinas)
        bkpsdm = b.unit(s, "BKPSDM", order=2)
        kadis = b.employee(s, "Hasan Basri", "196805121990031004", unit=dinas,
                           golongan="IV/c", kind="jpt_pratama",
                           jabatan="Kepala Dinas Pendidikan", gelar_belakang="S.Pd., M.Si.")
        kabid = b.employee(s, "Ahmad Fauzi", "197511202000031003", unit=bidang,
                           golongan="IV/a", kind="administrator",
                           jabatan="Kepala Bidang Pembinaan SMP", gelar_depan="Drs.")
        siti = b.employee(s, "Siti Aminah", "198503152010012003", unit=bidang, jk="P",
                          golongan="III/b", gelar_belakang="S.E.")
        budi = b.employee(s, "Budi Santoso", "197901012005011002", unit=bidang,
                          kind="fungsional_keahlian", jabatan="Analis Kebijakan Ahli Muda")
        andi = b.employee(s, "Andi Saputra", "198812122014021001", unit=bkpsdm)
        ids = {"dinas": dinas.id, "bidang": bidang.id, "bkpsdm": bkpsdm.id, "kadis": kadis.id,
               "kabid": kabid.id, "siti": siti.id, "budi": budi.id, "andi": andi.id}
    return ids


def plan(ctx: ServiceContext, employee_id: str, **header) -> a.SkpDetail:
    skp = ctx.write(a.create_skp, employee_id, YEAR, a.SkpHeader(**header) if header else None)
    rhk = ctx.write(a.add_rhk, skp.id, a.RhkData(
        "Terlaksananya layanan administrasi kepegawaian yang tepat waktu",
        penugasan_dari="Kepala Bidang Pembinaan SMP"))
    ctx.write(a.add_indicator, rhk.id, a.IndicatorData(
        "Persentase berkas kenaikan pangkat yang diproses tepat waktu", "kuantitas", "95%"))
    extra = ctx.write(a.add_rhk, skp.id, a.RhkData("Menjadi panitia seleksi PPPK",
                                                    kind="tambahan"))
    ctx.write(a.add_indicator, extra.id, a.IndicatorData("Jumlah kegiatan", "kuantitas", "1"))
    ctx.write(a.set_ekspektasi_khusus, skp.id, "akuntabel", "Laporan tepat waktu setiap bulan")
    return ctx.read(a.get_skp, skp.id)


def evaluated(ctx: ServiceContext, employee_id: str, hasil="di_atas", perilaku="di_atas",
              catatan="Pertahankan kinerja dan tingkatkan kompetensi digital.",
              **header) -> a.SkpDetail:
    skp = ctx.write(a.agree_skp, plan(ctx, employee_id, **header).id)
    indicator = skp.rhk[0].indicators[0]
    ctx.write(a.record_realisation, indicator.id, "97% berkas selesai",
              "Rekap layanan dari aplikasi")
    ctx.write(a.add_feedback, skp.id, "Ketepatan waktu sudah baik.", rhk_id=skp.rhk[0].id,
              given_on=date(YEAR, 6, 30) if date(YEAR, 6, 30) <= date.today() else None)
    ctx.write(a.set_behaviour_feedback, skp.id, "akuntabel", "Laporan selalu tepat waktu")
    return ctx.write(a.evaluate_skp, skp.id, hasil, perilaku, catatan)


def final(ctx: ServiceContext, employee_id: str, **kw) -> a.SkpDetail:
    return ctx.write(a.finalize_skp, evaluated(ctx, employee_id, **kw).id)


def print_to(ctx: ServiceContext, path: Path, form: str, progress: Progress | None = None,
             **request) -> str:
    result = print_appraisals(ctx, AppraisalPrintRequest(form, **request), path,
                              progress or Progress(lambda *_a: None))
    assert result.path == path and path.is_file()
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


