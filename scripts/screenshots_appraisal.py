"""Screenshots of the Kinerja page and renders of the appraisal forms (called by
scripts/screenshots.py; also runnable alone: ``.venv/bin/python scripts/screenshots_appraisal.py``).

On the demo office (``app.demo``; reused when scripts/screenshots.py already made it), signed
in as the demo verifikator at 1366×768: the SKP list of a unit for last year (progress,
organisation result, distribution warning), an SKP's plan, an SKP being rated (the live
predikat matrix), the 9-box with a box opened. The three forms of a final SKP are rendered
to PDF and their first page to PNG at 60 dpi with ``pdftoppm``: ``form-evaluasi.png`` (Dokumen
Evaluasi Kinerja Pegawai), ``form-lembar-evaluasi.png``, ``form-skp.png``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

WIDTH, HEIGHT = 1366, 768
ROOT = Path(__file__).resolve().parent.parent


def _demo_db(home: Path) -> Path | None:
    db = home / "demo.db"
    if db.exists():
        return db
    try:
        from app.demo import create_demo_database
    except ImportError:
        return None
    create_demo_database(db, employees=3000, seed=1)
    return db


def _wait(condition, seconds: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshots: the Kinerja page did not finish loading")
        app.processEvents()
        time.sleep(0.01)


def _shrink(path: Path) -> None:
    """128 colours (median cut, no dithering): text and flat colours read the same."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def _save(widget, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)
    _shrink(path)
    print(f"screenshots: {path}")


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
    from app.demo_accounts import demo_account
    from app.services.context import ServiceContext
    from ui.main_window import MainWindow

    db = _demo_db(home)
    if db is None:
        print("screenshots: no demo generator in this build; Kinerja screens skipped")
        return
    account = demo_account("verifikator")
    this_year = date.today().year
    with ServiceContext.open(str(db)) as ctx:
        ctx.login(account.username, account.password)
        window = MainWindow(ctx)
        window.resize(WIDTH, HEIGHT)
        window.showMaximized()
        page = window.show_page("kinerja")
        _wait(lambda: page.ready and not page.busy)
        unit, rows = _unit_with_warning(ctx, this_year - 1)
        page.year_spin.setValue(this_year - 1)
        if unit is not None:
            page.unit_combo.set_code(unit.id)
            page.unit_combo.edited.emit()
        _wait(lambda: not page.busy and page.list.overview is not None
              and page.list.overview.year == this_year - 1)
        page.list.table.selectRow(1)
        _save(window, out, "appraisal-list")
        final = next((r for r in rows if r.status == "final"), None)
        page.year_spin.setValue(this_year)
        _wait(lambda: not page.busy and page.list.overview is not None
              and page.list.overview.year == this_year)
        current = list(page.list.overview.rows)
        agreed = next((r for r in current if r.status == "agreed"), current[0])
        page.open_skp(agreed.id)
        _wait(lambda: not page.busy and page.editor.skp is not None
              and page.editor.skp.id == agreed.id)
        _save(window, out, "appraisal-skp")
        page.editor.tabs.setCurrentWidget(page.editor.evaluation)
        page.editor.evaluation.choose("di_atas", "sesuai")
        page.editor.evaluation.catatan.setPlainText(
            "Pertahankan ketepatan waktu; ikuti pelatihan teknis analis kepegawaian.")
        _save(window, out, "appraisal-evaluation")
        page.show_list()
        page.tabs.setCurrentWidget(page.talent)
        page.year_spin.setValue(this_year - 1)
        page.unit_combo.set_code(None)
        page.unit_combo.edited.emit()
        _wait(lambda: not page.busy and page.talent.grid is not None)
        busiest = max(page.talent.grid.cells, key=lambda c: c.count)
        page.talent.show_box(busiest.box)
        _wait(lambda: not page.busy)
        _save(window, out, "appraisal-talent")
        window.close()
        if final is not None:
            _forms(ctx, final.id, out)


def _forms(ctx, skp_id: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    from app.jobs import Progress
    from app.reports.appraisal_catalog import AppraisalPrintRequest, print_appraisals

    tool = shutil.which("pdftoppm")
    if tool is None:
        print("screenshots: pdftoppm (poppler-utils) not found; form renders skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        for form in ("evaluasi", "lembar-evaluasi", "skp"):
            pdf = Path(tmp) / f"{form}.pdf"
            print_appraisals(ctx, AppraisalPrintRequest(form, skp_ids=(skp_id,)), pdf,
                             Progress(lambda *_a: None))
            stem = Path(tmp) / form
            subprocess.run([tool, "-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile",
                            str(pdf), str(stem)], check=True)
            target = out / f"form-{form}.png"
            shutil.move(f"{stem}.png", target)
            _shrink(target)
            print(f"screenshots: {target}")


def main() -> int:
    """Only the Kinerja screenshots, into docs/ (the same set-up as scripts/screenshots.py)."""
    import os

    sys.path.insert(0, str(ROOT / "scripts"))
    import screenshots

    with tempfile.TemporaryDirectory(prefix="simpeg-shots-") as tmp:
        home = Path(tmp)
        os.environ["SIMPEG_HOME"] = str(home)
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screenshots._screen_config(home)}"
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
        sys.path.insert(0, str(ROOT))
        from PySide6.QtWidgets import QApplication

        from ui import i18n, settings

        settings.configure()
        _app = QApplication.instance() or QApplication([sys.argv[0]])
        i18n.set_language("id")
        out = ROOT / "docs"
        out.mkdir(exist_ok=True)
        shoot_appraisal(out, home)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
