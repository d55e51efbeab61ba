"""EVALUASI KINERJA PEGAWAI — the evaluation worksheet (domain.md §6.5 B, after [S27]):
title, approach, jabatan family and period; the two identity blocks; CAPAIAN KINERJA
ORGANISASI with the POLA DISTRIBUSI of the unit's predikat; HASIL KERJA (each RHK with its
"ukuran keberhasilan" — IKI and target —, the realisasi with bukti dukung and the continuous
feedback on it) and RATING HASIL KERJA; PERILAKU KERJA (values, ekspektasi khusus, feedback)
and RATING PERILAKU KERJA; PREDIKAT KINERJA PEGAWAI; the signatures.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from app.reports.appraisal_common import (
    FORM_WORKSHEET,
    AppraisalForm,
    PrintSetup,
    approach_line,
    capaian_text,
    draft_mark,
    jabatan_line,
    months_span,
    penugasan_text,
    rating_text,
    t,
)
from app.reports.appraisal_flow import (
    SHADE,
    content_width,
    esc,
    grid,
    identity_pair,
    rich,
    signature_pair,
    text,
)
from app.reports.appraisal_flow import title_block as _title_block
from app.reports.fonts import FONT, FONT_BOLD
from app.reports.formatting import short_date
from app.reports.skp_form import perilaku_table
from app.services.appraisal import FeedbackRow, RhkRow, SkpDetail
from app.services.appraisal_common import predikat_label

PREDIKAT_ORDER = ("sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang")
BAR = colors.Color(0.36, 0.50, 0.70)


class DistributionBars(Flowable):
    """The pola distribusi: one bar per predikat, proportional to its count."""

    def __init__(self, counts: Mapping[str, int], width: float, lang: str | None) -> None:
        super().__init__()
        self.counts = counts
        self.width = width
        self.lang = lang
        self.height = 5 * 11 + 4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        total = sum(self.counts.values())
        top = max(self.counts.values(), default=0) or 1
        label_w, bar_max = 48 * mm, self.width - 48 * mm - 30 * mm
        y = self.height - 10
        for code in PREDIKAT_ORDER:
            n = self.counts.get(code, 0)
            c.setFont(FONT, 7.5)
            c.setFillGray(0)
            c.drawString(2, y, predikat_label(code) or code)
            c.setFillColor(BAR)
            c.rect(label_w, y - 1, max(bar_max * n / top, 0.5 if n else 0), 7.5, stroke=0,
                   fill=1)
            c.setFillGray(0)
            share = f" ({round(100 * n / total)}%)" if total else ""
            c.setFont(FONT_BOLD if n else FONT, 7.5)
            c.drawString(label_w + bar_max * n / top + 4, y, f"{n}{share}")
            y -= 11


def _organisation(form: AppraisalForm, setup: PrintSetup) -> Flowable:
    lang, width = setup.lang, content_width(setup)
    head = rich(f"<b>{esc(t('capaian', lang))}: {esc(capaian_text(form.skp))}</b>")
    counts = form.distribution
    if counts is None:
        body: list[object] = [text("")]
    elif sum(counts.values()) == 0:
        body = [text(f"{t('pola', lang)}: {t('pola_none', lang)}")]
    else:
        body = [[text(f"{t('pola', lang)}:", "bold"),
                 DistributionBars(counts, width - 10, lang)]]
    rows: list[list[object]] = [[head], [body]] if counts is not None else [[head]]
    return grid(rows, [width], header_rows=1, extra=[("BACKGROUND", (0, 0), (-1, -1), SHADE)])


def _rhk_cell(rhk: RhkRow, lang: str | None) -> Flowable:
    markup = f"<b>{esc(rhk.text)}</b>"
    assigned = penugasan_text(rhk, lang)
    if assigned:
        markup += f"<br/>({esc(assigned)})"
    if rhk.parent_rhk_text:
        markup += f"<br/><i>{esc(t('rhk_pimpinan', lang).capitalize())}: " \
                  f"{esc(rhk.parent_rhk_text)}</i>"
    markup += f"<br/><br/><b>{esc(t('ukuran', lang))}</b>"
    for ind in rhk.indicators:
        target = f" — {esc(ind.target)}" if ind.target else ""
        markup += f"<br/>• {esc(ind.iki)}{target}"
    return rich(markup)


def _realisasi_cell(rhk: RhkRow, lang: str | None) -> Flowable:
    parts = []
    for ind in rhk.indicators:
        piece = esc(ind.realisasi or "-")
        if ind.evidence:
            piece += "<br/><i>" + esc(t("bukti", lang, text=ind.evidence)) + "</i>"
        parts.append(("• " if len(rhk.indicators) > 1 else "") + piece)
    return rich("<br/>".join(parts))


def _feedback_markup(entries: list[FeedbackRow]) -> str:
    return "<br/>".join(f"{short_date(f.given_on)}: {esc(f.text)}" for f in entries)


def hasil_kerja_table(skp: SkpDetail, setup: PrintSetup) -> Flowable:
    lang, width = setup.lang, content_width(setup)
    weights = [6, 50, 27, 27]
    widths = [w * width / sum(weights) for w in weights]
    by_rhk: dict[str | None, list[FeedbackRow]] = {}
    for f in skp.feedback:
        by_rhk.setdefault(f.rhk_id, []).append(f)
    data: list[list[object]] = [[text(t("hasil_kerja", lang), "bold"), "",
                                 text(t("realisasi", lang), "head"),
                                 text(t("umpan_balik", lang), "head")]]
    extra: list[tuple[object, ...]] = [("SPAN", (0, 0), (1, 0)),
                                       ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    number = 0
    for section, rows in (("utama", skp.rhk_utama), ("tambahan", skp.rhk_tambahan)):
        data.append([text(t(section, lang), "bold"), "", "", ""])
        extra.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        if not rows:
            data.append([text(t("no_rhk", lang)), "", "", ""])
            extra.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        for rhk in rows:
            number += 1
            data.append([text(f"{number}.", "centre"), _rhk_cell(rhk, lang),
                         _realisasi_cell(rhk, lang),
                         rich(_feedback_markup(by_rhk.get(rhk.id, [])))])
    general = by_rhk.get(None, [])
    if general:
        data.append([rich(f"<b>{esc(t('umpan_balik', lang).capitalize())}</b><br/>"
                          + _feedback_markup(general)), "", "", ""])
        extra.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
    return grid(data, widths, extra=extra, repeat=1)


def rating_row(name: str, value: str, setup: PrintSetup) -> Flowable:
    width = content_width(setup)
    return grid([[text(name, "bold"), text(value, "bold")]], [width / 2, width / 2],
                extra=[("BACKGROUND", (0, 0), (-1, -1), SHADE)])


def worksheet_story(form: AppraisalForm, setup: PrintSetup) -> list[Flowable]:
    """The flowables of one Evaluasi Kinerja Pegawai worksheet."""
    skp, lang = form.skp, setup.lang
    items = _title_block(setup, [t("eval_title", lang), approach_line(skp, lang),
                                 jabatan_line(skp, lang), months_span(skp, lang)], None,
                         draft_mark(skp, FORM_WORKSHEET, lang))
    items += [identity_pair(skp, setup), Spacer(1, 5), _organisation(form, setup),
              Spacer(1, 5), hasil_kerja_table(skp, setup), Spacer(1, 3),
              rating_row(t("rating_hasil", lang), rating_text(skp.hasil_kerja_label), setup),
              Spacer(1, 6), CondPageBreak(40 * mm), perilaku_table(skp, setup, feedback=True),
              Spacer(1, 3),
              rating_row(t("rating_perilaku", lang), rating_text(skp.perilaku_label), setup),
              Spacer(1, 3),
              rating_row(t("predikat", lang), rating_text(skp.predikat_label), setup),
              signature_pair(skp, setup, FORM_WORKSHEET)]
    return items
