"""1,000 Dokumen Evaluasi Kinerja Pegawai into one PDF, against bare reportlab drawing the same
text (DESIGN.md §6: ≤ 2×).

* **render**: :func:`app.reports.appraisal_pdf.render_forms` of 1,000 SKPs as the one-page
  Dokumen Evaluasi (kop surat, three identity blocks, evaluation, catatan, two signatures,
  footer with owner and "Halaman x dari y") into one PDF in memory.
* **baseline**: every string that render draws (recorded once by listening to the page's
  text object), drawn with ``canvas.drawString`` line by line at fixed positions with the same
  fonts and sizes, one page per document — no measuring, wrapping, lines or shading.
  ``ratio`` = render ÷ baseline.
* For information: the worksheet (Evaluasi Kinerja Pegawai, platypus, ~2 pages each) and the
  SKP form (~3 pages each) for 200 SKPs, per SKP.

The SKPs are built in memory (varied names, gelar, long unit names, 2–4 RHK with 1–3
indicators, a catatan); this is about drawing, not reading the database.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from app.reports.appraisal_canvas import PageText
from app.reports.appraisal_common import (
    FORM_DOCUMENT,
    FORM_SKP,
    FORM_WORKSHEET,
    AppraisalForm,
    PrintSetup,
)
from app.reports.appraisal_document import DocumentRenderer
from app.reports.appraisal_pdf import render_forms
from app.reports.fonts import FONT, FONT_BOLD, ensure_fonts
from app.reports.model import Paper
from app.reports.page import MARGIN, page_size
from app.services.appraisal import (
    BehaviourRow,
    FeedbackRow,
    IndicatorRow,
    Official,
    RhkRow,
    SkpDetail,
)
from app.services.report_data import OfficeHeader
from bench.harness import BenchResult

DOCUMENTS = 1_000
FLOW_DOCUMENTS = 200
_FIRST = ("Ahmad", "Budi", "Siti", "Nur", "Rahmat", "Dewi", "Hendra", "Fitri", "Yusuf", "Indah")
_LAST = ("Santoso", "Saputra", "Hidayat", "Lestari", "Nasution", "Rahmawati", "Siregar")
_GELAR = ("S.E.", "S.Kom.", "S.H., M.H.", "A.Md.Kep.", "S.Pd., M.Pd.", "")
_UNITS = ("Sub Bagian Umum dan Kepegawaian, Dinas Pendidikan dan Kebudayaan",
          "Bidang Pelayanan Kesehatan, Dinas Kesehatan", "Puskesmas Bangko",
          "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian, BKPSDM")
_JABATAN = ("Analis Sumber Daya Manusia Aparatur Ahli Muda", "Pengadministrasi Perkantoran",
            "Perawat Terampil", "Kepala Sub Bagian Umum dan Kepegawaian", "Guru Ahli Pertama")
_PANGKAT = ("Penata Muda, III/a", "Penata Muda Tingkat I, III/b", "Penata, III/c",
            "Pembina, IV/a")
_RHK = ("Terlaksananya layanan administrasi kepegawaian yang tepat waktu",
        "Tersusunnya laporan kinerja unit yang akurat dan lengkap",
        "Meningkatnya kualitas pelayanan kepada masyarakat di wilayah kerja")
_IKI = ("Persentase berkas yang diselesaikan tepat waktu", "Jumlah laporan yang disusun",
        "Indeks kepuasan masyarakat terhadap layanan")
OFFICE = OfficeHeader(
    code="15.02", name="BKPSDM Kabupaten Merangin", region_name="Kabupaten Merangin",
    instansi="Pemerintah Kabupaten Merangin",
    agency="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    agency_full="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Merangin",
    address_lines=("Jalan Jenderal Sudirman No. 1, Bangko, Kode Pos 37311",
                   "Telepon (0746) 21045  Email bkpsdm@merangin.go.id"), city="Bangko")


def _official(rng: random.Random, n: int) -> Official:
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {n}"
    gelar = rng.choice(_GELAR)
    return Official(None, f"{name}, {gelar}" if gelar else name,
                    f"19{rng.randint(60, 99)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}"
                    f"20{rng.randint(10, 20)}0{rng.randint(1, 9)}1{rng.randint(1, 2)}00"
                    f"{rng.randint(1, 9)}", rng.choice(_PANGKAT), rng.choice(_JABATAN),
                    rng.choice(_UNITS))


def make_skp(rng: random.Random, n: int) -> SkpDetail:
    rhks = []
    for r in range(rng.randint(2, 4)):
        inds = tuple(IndicatorRow(f"i{n}-{r}-{k}", f"r{n}-{r}", "kuantitas", rng.choice(_IKI),
                                  f"{rng.randint(10, 200)} berkas",
                                  f"{rng.randint(10, 200)} berkas", "Laporan bulanan", k)
                     for k in range(rng.randint(1, 3)))
        rhks.append(RhkRow(f"r{n}-{r}", f"s{n}", "utama" if r < 2 else "tambahan",
                           rng.choice(_RHK), None, rng.choice(_RHK) if r < 2 else None, None,
                           None, r, inds))
    behaviours = tuple(BehaviourRow(f"b{k}", code, code.replace("_", " ").title(),
                                    ("Perilaku pertama", "Perilaku kedua"),
                                    "Ekspektasi pimpinan" if k % 2 else None, "Baik")
                       for k, code in enumerate(("berorientasi_pelayanan", "akuntabel",
                                                 "kompeten", "harmonis", "loyal", "adaptif",
                                                 "kolaboratif")))
    return SkpDetail(
        rating_hasil_kerja="sesuai", rating_perilaku="di_atas", predikat="baik", id=f"s{n}",
        year=2026, status="final", approach="kuantitatif", regime="PM6_2022",
        period_start=date(2026, 1, 1), period_end=date(2026, 12, 31),
        pegawai=_official(rng, n), penilai=_official(rng, n + 10_000),
        atasan=_official(rng, n + 20_000), pegawai_jabatan_kind="pelaksana",
        agreed_at=datetime(2026, 1, 15, 9), evaluated_at=datetime(2026, 12, 20, 10),
        finalized_at=datetime(2026, 12, 28, 10), capaian_organisasi="baik",
        catatan="Pertahankan kinerja; tingkatkan kompetensi melalui pelatihan teknis "
                "dan coaching." * rng.randint(1, 3),
        rhk=tuple(rhks), behaviours=behaviours,
        feedback=(FeedbackRow("f1", f"s{n}", rhks[0].id, date(2026, 6, 1), "Atasan",
                              "Pertahankan ketepatan waktu."),),
    )


def recorded_pages(forms: list[AppraisalForm], setup: PrintSetup) -> list[list[tuple]]:
    """Every string the renderer draws, per page, in its font and size (recorded by
    listening to :class:`PageText` while the documents are drawn once)."""
    pages: list[list[tuple[str, float, str]]] = []
    current: list[tuple[str, float, str]] = []
    put, finish = PageText.put, PageText.finish

    def record(self, x, y, text, bold=False, size=9.0, align="left"):  # noqa: ANN001
        if text:
            current.append((FONT_BOLD if bold else FONT, size, text))

    def end(self) -> None:  # noqa: ANN001
        pages.append(list(current))
        current.clear()

    PageText.put, PageText.finish = record, end  # type: ignore[method-assign]
    try:
        canvas = Canvas(BytesIO(), pagesize=page_size(setup.paper))
        renderer = DocumentRenderer(setup)
        for form in forms:
            renderer.draw(canvas, form)
    finally:
        PageText.put, PageText.finish = put, finish  # type: ignore[method-assign]
    return pages


def bare_drawing(pages: list[list[tuple[str, float, str]]], paper: Paper) -> bytes:
    """The same strings, one page per document, drawn line by line: the baseline."""
    ensure_fonts()
    width, height = page_size(paper)
    out = BytesIO()
    c = Canvas(out, pagesize=(width, height))
    for strings in pages:
        y = height - MARGIN
        for font, size, text in strings:
            c.setFont(font, size)
            c.drawString(MARGIN, y, text)
            y -= 11
            if y < MARGIN:
                y = height - MARGIN
        c.showPage()
    c.save()
    return out.getvalue()


def _best(func, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    import time

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def run() -> list[BenchResult]:
    rng = random.Random(6)
    forms = [AppraisalForm(make_skp(rng, n), {"baik": 40, "sangat_baik": 4})
             for n in range(DOCUMENTS)]
    setup = PrintSetup(OFFICE, Paper.A4, date(2026, 12, 31), "id")
    pages = recorded_pages(forms, setup)
    render_s = _best(lambda: render_forms(forms, FORM_DOCUMENT, setup, BytesIO()))
    bare_s = _best(lambda: bare_drawing(pages, Paper.A4))
    flow = forms[:FLOW_DOCUMENTS]
    worksheet_s = _best(lambda: render_forms(flow, FORM_WORKSHEET, setup, BytesIO()), 1)
    skp_s = _best(lambda: render_forms(flow, FORM_SKP, setup, BytesIO()), 1)
    strings = sum(len(p) for p in pages)
    return [
        BenchResult("appraisal_1000_documents_pdf", round(render_s, 3), "s", round(bare_s, 3),
                    round(render_s / bare_s, 2), 2.0,
                    f"{len(pages)} pages, {strings} strings; ratio target ≤ 2× bare drawString"),
        BenchResult("appraisal_worksheet_per_skp", round(1000 * worksheet_s / FLOW_DOCUMENTS, 1),
                    "ms", note=f"platypus, {FLOW_DOCUMENTS} SKPs in one PDF"),
        BenchResult("appraisal_skp_form_per_skp", round(1000 * skp_s / FLOW_DOCUMENTS, 1), "ms",
                    note=f"platypus, {FLOW_DOCUMENTS} SKPs in one PDF"),
    ]
