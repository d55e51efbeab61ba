"""Writing appraisal forms to PDF: one SKP or a whole unit's in one file.

:func:`render_forms` draws any number of SKPs as one form kind — the Dokumen Evaluasi
straight on the canvas, the SKP and the worksheet through platypus — reporting progress per
SKP (``Cancelled`` from the progress stops it). Every page's footer says when it was printed,
whose document it is ("Dokumen milik … (NIP …)") and "Halaman x dari y" counted within that
employee's document. :func:`write_forms` does the same into a file, atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any, Protocol

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from app.errors import SimpegError, register_messages
from app.reports.appraisal_canvas import PageText, Pen, draw_footer
from app.reports.appraisal_common import (
    FORM_DOCUMENT,
    FORM_SKP,
    FORM_WORKSHEET,
    FORMS,
    AppraisalForm,
    PrintSetup,
    owner_text,
    t,
)
from app.reports.appraisal_document import DocumentRenderer
from app.reports.appraisal_worksheet import worksheet_story
from app.reports.fonts import ensure_fonts
from app.reports.formatting import tanggal_indonesia
from app.reports.labels import label
from app.reports.output import atomic_path, check_target
from app.reports.page import MARGIN, page_size
from app.reports.skp_form import skp_story

Step = Callable[[int, int, str], None]


class Steps(Protocol):
    """Where progress goes (:class:`app.jobs.Progress` or anything with its ``step``)."""

    def step(self, done: int, total: int, text: str = "") -> None: ...
TITLE_CODES = {FORM_SKP: "skp_title", FORM_WORKSHEET: "eval_title", FORM_DOCUMENT: "doc_title"}


def _no_step(done: int, total: int, text: str) -> None:
    """Progress nobody watches."""


class _Start(Flowable):
    """Marks where an employee's document begins (zero size): tells the canvas whose pages
    follow and reports progress (which may cancel the job)."""

    def __init__(self, index: int, owner: str, step: Step, total: int, text: str) -> None:
        super().__init__()
        self.index, self.owner, self.step = index, owner, step
        self.total, self.text = total, text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.step(self.index, self.total, self.text)
        self.canv.owner_group = self.index  # type: ignore[attr-defined]
        self.canv.owner_text = self.owner  # type: ignore[attr-defined]


class _FormCanvas(Canvas):
    """Keeps every page until :meth:`save`, then draws the footers with page numbers counted
    per employee (the pattern of :class:`app.reports.page.NumberedCanvas`)."""

    def __init__(self, *args: Any, printed: str, page_text: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        ensure_fonts()
        self.printed, self.page_text = printed, page_text
        self.owner_group, self.owner_text = -1, ""
        self._pages: list[tuple[dict[str, Any], int, str]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._pages.append((dict(self.__dict__), self.owner_group, self.owner_text))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for _state, group, _owner in self._pages:
            totals[group] = totals.get(group, 0) + 1
        seen: dict[int, int] = {}
        pen = Pen()
        for state, group, owner in self._pages:
            seen[group] = seen.get(group, 0) + 1
            self.__dict__.update(state)
            out = PageText(self, pen)
            draw_footer(out, self._pagesize[0], self.printed, owner,
                        self.page_text.format(page=seen[group], pages=totals[group]))
            out.finish()
            Canvas.showPage(self)
        self._pages = []
        Canvas.save(self)


STORIES = {FORM_SKP: skp_story, FORM_WORKSHEET: worksheet_story}


def _progress_text(form: AppraisalForm) -> str:
    who = form.skp.pegawai
    return (who.nama if who else None) or ""


def _meta(form_kind: str, setup: PrintSetup) -> dict[str, str]:
    return {"title": t(TITLE_CODES[form_kind], setup.lang).title(),
            "author": setup.office.name, "creator": label("app", setup.lang)}


def _render_flow(forms: Sequence[AppraisalForm], form_kind: str, setup: PrintSetup,
                 target: str | BytesIO, step: Step) -> int:
    size = page_size(setup.paper)
    meta = _meta(form_kind, setup)
    doc = BaseDocTemplate(target, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN + 6 * mm, **meta)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame])])
    story: list[Flowable] = []
    build = STORIES[form_kind]
    for i, form in enumerate(forms):
        if i:
            story.append(PageBreak())
        story.append(_Start(i, owner_text(form.skp, setup.lang), step, len(forms),
                            _progress_text(form)))
        story += build(form, setup)
    printed = label("printed", setup.lang, date=tanggal_indonesia(setup.printed_on, setup.lang))
    page_text = label("page", setup.lang, page="{page}", pages="{pages}")
    holder: list[_FormCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _FormCanvas:
        canvas = _FormCanvas(*args, printed=printed, page_text=page_text, **kwargs)
        holder.append(canvas)
        return canvas

    doc.build(story, canvasmaker=make_canvas)
    return holder[-1].getPageNumber() - 1 if holder else 0


def _render_document(forms: Sequence[AppraisalForm], setup: PrintSetup,
                     target: str | BytesIO, step: Step) -> int:
    ensure_fonts()
    canvas = Canvas(target, pagesize=page_size(setup.paper))
    meta = _meta(FORM_DOCUMENT, setup)
    canvas.setTitle(meta["title"])
    canvas.setAuthor(meta["author"])
    canvas.setCreator(meta["creator"])
    renderer = DocumentRenderer(setup)
    pages = 0
    for i, form in enumerate(forms):
        step(i, len(forms), _progress_text(form))
        pages += renderer.draw(canvas, form)
    canvas.save()
    return pages


def render_forms(forms: Sequence[AppraisalForm], form_kind: str, setup: PrintSetup,
                 target: str | Path | BytesIO, progress: Steps | None = None) -> int:
    """Draw ``forms`` as ``form_kind`` (``skp``, ``evaluasi``, ``lembar-evaluasi``) into
    ``target``; returns the number of pages."""
    if form_kind not in FORMS:
        raise SimpegError("report.ap_unknown_form", form=form_kind, known=", ".join(FORMS))
    if not forms:
        raise SimpegError("report.ap_nothing")
    step = progress.step if progress is not None else _no_step
    out = str(target) if isinstance(target, Path) else target
    if form_kind == FORM_DOCUMENT:
        pages = _render_document(forms, setup, out, step)
    else:
        pages = _render_flow(forms, form_kind, setup, out, step)
    step(len(forms), len(forms), "")
    return pages


def write_forms(forms: Sequence[AppraisalForm], form_kind: str, setup: PrintSetup,
                path: str | Path, progress: Steps | None = None) -> int:
    """:func:`render_forms` into a ``.pdf`` file that appears only when complete."""
    target = check_target(path)
    if target.suffix.lower() != ".pdf":
        raise SimpegError("report.ap_pdf_only", path=str(target))
    with atomic_path(target) as tmp:
        return render_forms(forms, form_kind, setup, tmp, progress)


register_messages({
    "report.ap_unknown_form": ("Formulir '{form}' tidak dikenal; pilih {known}.",
                               "Unknown form '{form}'; choose {known}."),
    "report.ap_nothing": ("Tidak ada SKP yang dapat dicetak.", "There is no SKP to print."),
    "report.ap_pdf_only": ("Formulir penilaian hanya dicetak ke berkas .pdf: {path}.",
                           "Appraisal forms are printed to .pdf files only: {path}."),
})
