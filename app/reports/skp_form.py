"""SASARAN KINERJA PEGAWAI — the SKP (rencana) form of PermenPANRB 6/2022 (domain.md §6.5 A):
header (approach, jabatan family, period), the two identity blocks, HASIL KERJA (A. Utama,
B. Tambahan: RHK pimpinan yang diintervensi, RHK, aspek, IKI, target; perspektif for JPT),
PERILAKU KERJA (the seven BerAKHLAK values with their panduan perilaku and the ekspektasi
khusus pimpinan), the signatures; then the Lampiran SKP page (dukungan sumber daya, skema
pertanggungjawaban, konsekuensi — lines to fill in by hand: we do not record them).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from app.reports.appraisal_common import (
    FORM_SKP,
    AppraisalForm,
    PrintSetup,
    approach_line,
    assessed_span,
    behaviours,
    draft_mark,
    jabatan_line,
    penugasan_text,
    t,
)
from app.reports.appraisal_flow import (
    WriteLine,
    content_width,
    esc,
    grid,
    identity_pair,
    rich,
    signature_pair,
    text,
    title_block,
)
from app.services.appraisal import RhkRow, SkpDetail


def _rhk_markup(rhk: RhkRow, lang: str | None) -> str:
    markup = esc(rhk.text)
    assigned = penugasan_text(rhk, lang)
    if assigned:
        markup += f"<br/>({esc(assigned)})"
    return markup


def _aspek(code: str) -> str:
    return code.capitalize()


def hasil_kerja_table(skp: SkpDetail, setup: PrintSetup) -> Flowable:
    """The plan: one row per indicator; an RHK's cells span its indicators."""
    lang = setup.lang
    jpt = (skp.pegawai_jabatan_kind or "").startswith("jpt_")
    width = content_width(setup)
    heads = ["no", "rhk_pimpinan", "rhk", "aspek", "iki", "target"] + (["perspektif"] if jpt
                                                                        else [])
    weights = [7, 38, 42, 16, 44, 24] + ([18] if jpt else [])
    scale = width / sum(weights)
    widths = [w * scale for w in weights]
    ncol = len(heads)
    data: list[list[object]] = [[text(t("hasil_kerja", lang), "bold")] + [""] * (ncol - 1),
                                [text(t(h, lang), "head") for h in heads]]
    extra: list[tuple[object, ...]] = [("SPAN", (0, 0), (-1, 0)),
                                       ("BACKGROUND", (0, 0), (-1, 1), "#eceff4")]
    number = 0
    for section, rows in (("utama", skp.rhk_utama), ("tambahan", skp.rhk_tambahan)):
        data.append([text(t(section, lang), "bold")] + [""] * (ncol - 1))
        extra.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        if not rows:
            data.append([text(t("no_rhk", lang))] + [""] * (ncol - 1))
            extra.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
            continue
        for rhk in rows:
            number += 1
            first = len(data)
            indicators = rhk.indicators or ()
            for n, ind in enumerate(indicators or (None,)):
                lead = [text(f"{number}.", "centre"), text(rhk.parent_rhk_text),
                        rich(_rhk_markup(rhk, lang))] if n == 0 else ["", "", ""]
                row = lead + ([text(_aspek(ind.aspek)), text(ind.iki), text(ind.target)]
                              if ind else ["", "", ""])
                if jpt:
                    row.append(text(rhk.perspektif) if n == 0 else "")
                data.append(row)
            last = len(data) - 1
            if last > first:
                for col in (0, 1, 2) + ((ncol - 1,) if jpt else ()):
                    extra.append(("SPAN", (col, first), (col, last)))
    return grid(data, widths, header_rows=0, extra=extra, repeat=2)


def perilaku_table(skp: SkpDetail, setup: PrintSetup, feedback: bool = False) -> Flowable:
    """The seven BerAKHLAK values; with ``feedback`` a fourth column of umpan balik."""
    lang = setup.lang
    width = content_width(setup)
    weights = [7, 95, 60] + ([60] if feedback else [])
    scale = width / sum(weights)
    widths = [w * scale for w in weights]
    heads = [text(t("no", lang), "head"), text(t("perilaku", lang), "head"),
             text(t("ekspektasi", lang), "head")]
    if feedback:
        heads.append(text(t("umpan_balik", lang), "head"))
    data: list[list[object]] = [heads]
    for n, value in enumerate(behaviours(skp), 1):
        markup = f"<b>{esc(value.name)}</b>"
        markup += "".join(f"<br/>- {esc(b)}" for b in value.behaviours)
        row: list[object] = [text(f"{n}.", "centre"), rich(markup),
                             text(value.ekspektasi_khusus)]
        if feedback:
            row.append(text(value.feedback))
        data.append(row)
    return grid(data, widths, header_rows=1, repeat=1)


def _lampiran(skp: SkpDetail, setup: PrintSetup) -> list[Flowable]:
    lang = setup.lang
    items: list[Flowable] = [PageBreak()]
    items += title_block(setup, [t("lampiran", lang), approach_line(skp, lang),
                                 jabatan_line(skp, lang)], assessed_span(skp, lang), None)
    for n, key in enumerate(("sumber_daya", "skema", "konsekuensi"), 1):
        items += [Spacer(1, 6), text(f"{n}. {t(key, lang)}", "bold")]
        items += [WriteLine() for _ in range(4)]
    items.append(signature_pair(skp, setup, FORM_SKP))
    return items


def skp_story(form: AppraisalForm, setup: PrintSetup) -> list[Flowable]:
    """The flowables of one SKP form (with its Lampiran page)."""
    skp, lang = form.skp, setup.lang
    items = title_block(setup, [t("skp_title", lang), approach_line(skp, lang),
                                jabatan_line(skp, lang)], assessed_span(skp, lang),
                        draft_mark(skp, FORM_SKP, lang))
    items += [identity_pair(skp, setup), Spacer(1, 6), hasil_kerja_table(skp, setup),
              Spacer(1, 6), CondPageBreak(40 * mm), perilaku_table(skp, setup),
              signature_pair(skp, setup, FORM_SKP)]
    items += _lampiran(skp, setup)
    return items
