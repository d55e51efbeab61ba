"""Screenshots of the Kinerja page and renders of the appraisal forms (called by
scripts/screenshots.py; also runnable alone: ``.venv/bin/python scripts/screenshots_appraisal.py
[--out DIR]``).

On the demo office (``app.demo``; reused when scripts/screenshots.py already made it), signed
in as the demo verifikator at 1366×768: the SKP list of a unit for last year (progress,
organisation result, distribution warning), an SKP's plan, an SKP being rated (the live
predikat matrix), the 9-box with a box opened. The three forms of a final SKP are rendered
to PDF and their first page to PNG at 60 dpi with ``pdftoppm``: ``form-evaluasi.png`` (Dokumen
Evaluasi Kinerja Pegawai), ``form-lembar-evaluasi.png``, ``form-skp.png``.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from screenshots import demo_db, open_window, render_first_pages, run_alone, shot, wait_for


def _wait(condition) -> None:  # type: ignore[no-untyped-def]
    wait_for(condition, what="the Kinerja page")


def _unit_with_warning(ctx, year: int):  # type: ignore[no-untyped-def]
    """An OPD of the demo whose spread of predikat warns, with many final SKPs."""
    from app.services.appraisal import distribution_warnings, list_skps
    from app.services.org import list_org_tree

    best, best_count = None, -1
    for unit in [u for u in ctx.read(list_org_tree, include_inactive=False) if u.depth == 0]:
        report = ctx.read(distribution_warnings, unit.id, year)
        count = report.total + (1000 if report.warnings else 0)
        if count > best_count:
            best, best_count = unit, count
    rows = ctx.read(list_skps, year, best.id) if best else []
    return best, rows


def shoot_appraisal(out: Path, home: Path) -> None:
    from app.services.context import ServiceContext

    db = demo_db(home)
    if db is None:
        print("screenshots: no demo generator in this build; Kinerja screens skipped")
        return
    this_year = date.today().year
    with ServiceContext.open(str(db)) as ctx:
        window, page = open_window(ctx, "verifikator", "kinerja")
        _wait(lambda: page.ready and not page.busy)
        unit, rows = _unit_with_warning(ctx, this_year - 1)
        page.year_spin.setValue(this_year - 1)
        if unit is not None:
            page.unit_combo.set_code(unit.id)
            page.unit_combo.edited.emit()
        _wait(lambda: not page.busy and page.list.overview is not None
              and page.list.overview.year == this_year - 1)
        page.list.table.selectRow(1)
        shot(window, out, "appraisal-list")
        final = next((r for r in rows if r.status == "final"), None)
        page.year_spin.setValue(this_year)
        _wait(lambda: not page.busy and page.list.overview is not None
              and page.list.overview.year == this_year)
        current = list(page.list.overview.rows)
        agreed = next((r for r in current if r.status == "agreed"), current[0])
        page.open_skp(agreed.id)
        _wait(lambda: not page.busy and page.editor.skp is not None
              and page.editor.skp.id == agreed.id)
        shot(window, out, "appraisal-skp")
        page.editor.tabs.setCurrentWidget(page.editor.evaluation)
        page.editor.evaluation.choose("di_atas", "sesuai")
        page.editor.evaluation.catatan.setPlainText(
            "Pertahankan ketepatan waktu; ikuti pelatihan teknis analis kepegawaian.")
        shot(window, out, "appraisal-evaluation")
        page.show_list()
        page.tabs.setCurrentWidget(page.talent)
        page.year_spin.setValue(this_year - 1)
        page.unit_combo.set_code(None)
        page.unit_combo.edited.emit()
        _wait(lambda: not page.busy and page.talent.grid is not None)
        busiest = max(page.talent.grid.cells, key=lambda c: c.count)
        page.talent.show_box(busiest.box)
        _wait(lambda: not page.busy)
        shot(window, out, "appraisal-talent")
        window.close()
        if final is not None:
            _forms(ctx, final.id, out)


def _forms(ctx, skp_id: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    from app.jobs import Progress
    from app.reports.appraisal_catalog import AppraisalPrintRequest, print_appraisals

    with tempfile.TemporaryDirectory() as tmp:
        pdfs = {}
        for form in ("evaluasi", "lembar-evaluasi", "skp"):
            pdf = Path(tmp) / f"{form}.pdf"
            print_appraisals(ctx, AppraisalPrintRequest(form, skp_ids=(skp_id,)), pdf,
                             Progress(lambda *_a: None))
            pdfs[f"form-{form}"] = pdf
        render_first_pages(pdfs, out, "form renders")


if __name__ == "__main__":
    raise SystemExit(run_alone(shoot_appraisal))
