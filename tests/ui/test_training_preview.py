"""The in-app PDF preview (ui/widgets/pdf_preview.py): shows the pages, saves the bytes,
prints every page through a printer that outlives the dialog call."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from tests.ui.test_translations import untranslated
from ui.widgets import pdf_preview
from ui.widgets.pdf_preview import PdfPreviewDialog


def _pdf(pages: int, size=A4) -> bytes:
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=size)
    for n in range(1, pages + 1):
        canvas.drawString(72, 720 if size == A4 else 500, f"Halaman uji {n}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_preview_shows_the_document_in_indonesian(qtbot):
    dialog = PdfPreviewDialog(_pdf(3), "Daftar peserta", "peserta.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.loaded() and dialog.page_count() == 3
    assert dialog.pages.text() == "3 halaman"
    assert dialog.print_button.text() == "&Cetak…"
    assert untranslated(dialog) == []
    dialog.zoom(2.0)
    assert dialog.view.zoomFactor() > 1.5
    dialog.fit_width()


def test_save_as_writes_the_same_bytes(qtbot, monkeypatch, tmp_path):
    data = _pdf(1)
    dialog = PdfPreviewDialog(data, "Rekap", "rekap.pdf")
    qtbot.addWidget(dialog)
    target = tmp_path / "rekap.pdf"
    monkeypatch.setattr(pdf_preview, "ask_save_path", lambda *a: target)
    dialog.save_as()
    assert target.read_bytes() == data and dialog.saved_to == target
    assert dialog.pages.text() == f"Disimpan ke {target}"
    monkeypatch.setattr(pdf_preview, "ask_save_path", lambda *a: None)  # cancelled
    dialog.save_as()
    assert dialog.saved_to == target


def test_print_draws_every_page_in_the_document_orientation(qtbot, monkeypatch, tmp_path):
    dialog = PdfPreviewDialog(_pdf(2, landscape(A4)), "Sertifikat", "sertifikat.pdf")
    qtbot.addWidget(dialog)
    printer = dialog.printer()
    assert dialog.printer() is printer  # kept on the dialog, never a temporary
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    monkeypatch.setattr(pdf_preview, "ask_print", lambda parent, p: p is printer)
    dialog.print_pdf()
    assert dialog.printed_pages == 2
    assert dialog.pages.text() == "2 halaman dikirim ke pencetak"
    pages = PdfReader(out).pages
    assert len(pages) == 2 and pages[0].mediabox.width > pages[0].mediabox.height


def test_cancelled_print_prints_nothing(qtbot, monkeypatch):
    dialog = PdfPreviewDialog(_pdf(1), "Rekap", "rekap.pdf")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(pdf_preview, "ask_print", lambda parent, p: False)
    dialog.print_pdf()
    assert dialog.printed_pages == 0 and dialog.pages.text() == "1 halaman"
