"""In-app preview of a PDF the app made (a printout, a report): look at it, print it, save it.

:class:`PdfPreviewDialog` shows the document with QtPdf (``QPdfDocument`` + ``QPdfView``),
all pages one under the other, fitted to the width. *Cetak…* opens the system print dialog
and draws each page as an image at the printer's resolution; *Simpan sebagai…* writes the
bytes as they are. The printer is kept on the dialog for as long as it lives (DESIGN.md: a
temporary ``QPrinter`` under a print dialog crashes).

Tests replace :func:`ask_save_path` and :func:`ask_print` (module functions).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.text import plain

MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where to save the PDF; ``None`` when the clerk cancelled."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog for ``printer``; True when the clerk chose to print."""
    dialog = QPrintDialog(printer, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the pages of ``document`` (the range chosen in the dialog, else all) on
    ``printer``, each scaled into the printable area; the number of pages printed."""
    count = document.pageCount()
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
    if count == 0 or first > last:
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        printed = 0
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            size = document.pagePointSize(index)
            pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            image = document.render(index, pixels)
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(QPointF(0, 0), image.size().toSizeF() * scale)
            painter.drawImage(target, image)
            printed += 1
        return printed
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    def __init__(self, data: bytes, title: str, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.data = bytes(data)
        self.file_name = file_name
        self.saved_to: Path | None = None
        self.printed_pages = 0
        self._bytes = QByteArray(self.data)
        self._buffer = QBuffer(self._bytes, self)  # QPdfDocument reads from it while it lives
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self._printer: QPrinter | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_preview.view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self)
        self.pages.setObjectName("pdf_preview.pages")
        self.print_button = self._button("pdf_preview.print", self.print_pdf)
        self.save_button = self._button("pdf_preview.save", self.save_as)
        self.zoom_out_button = self._button("pdf_preview.zoom_out",
                                            lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = self._button("pdf_preview.zoom_in", lambda: self.zoom(ZOOM_STEP))
        self.fit_button = self._button("pdf_preview.fit", self.fit_width)
        self.close_button = self._button("pdf_preview.close", self.close)
        bar = QHBoxLayout()
        for button in (self.print_button, self.save_button):
            bar.addWidget(button)
        bar.addSpacing(16)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(button)
        bar.addWidget(self.pages, 1)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.print_button.setDefault(True)
        self.resize(980, 700)
        self.retranslate()

    def _button(self, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- state -------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    # -- actions -----------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 5.0)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def save_as(self) -> None:
        suggested = Path.home() / self.file_name
        path = ask_save_path(self, self.tr("Save the PDF"), suggested)
        if path is None:
            return
        try:
            partial = path.with_name(path.name + ".part")
            partial.write_bytes(self.data)
            partial.replace(path)
        except OSError as exc:
            self.pages.setText(self.tr("Could not save: %1").replace("%1", str(exc)))
            return
        self.saved_to = path
        self.pages.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def printer(self) -> QPrinter:
        """The dialog's printer, set to the document's paper and orientation (kept alive)."""
        if self._printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.windowTitle())
            if self.page_count():
                size = self.document.pagePointSize(0)
                short, long_ = sorted((size.width(), size.height()))
                printer.setPageSize(QPageSize(QSize(round(short), round(long_))))
                landscape = size.width() > size.height()
                printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                           else QPageLayout.Orientation.Portrait)
            self._printer = printer
        return self._printer

    def print_pdf(self) -> None:
        printer = self.printer()
        if not ask_print(self, printer):
            return
        self.printed_pages = print_document(self.document, printer)
        self.pages.setText(self.tr("%1 page(s) sent to the printer").replace(
            "%1", str(self.printed_pages)))

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for button, text in ((self.print_button, self.tr("&Print…")),
                             (self.save_button, self.tr("&Save as…")),
                             (self.zoom_out_button, self.tr("Zoom out")),
                             (self.zoom_in_button, self.tr("Zoom in")),
                             (self.fit_button, self.tr("Fit width")),
                             (self.close_button, self.tr("Close"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.view.setAccessibleName(self.tr("Print preview"))
        self.pages.setText(self.tr("%1 page(s)").replace("%1", str(self.page_count())))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_pdf(parent: QWidget | None, data: bytes, title: str, file_name: str
             ) -> PdfPreviewDialog:
    """Open a preview window (not modal: the clerk may keep working beside it)."""
    dialog = PdfPreviewDialog(data, title, file_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
