"""Screenshots of the Pelatihan page and its printouts (called by scripts/screenshots.py).

On the demo office (``app.demo``; reused when scripts/screenshots.py already made it):
the sessions tab with a session's participants, the add-participants dialog filtered to
"pelaksana below 20 JP", the 20-JP recap drilled down to a unit, the training needs. Each
printout is rendered to PDF and its first page to PNG at 60 dpi with ``pdftoppm`` (poppler):
``training-peserta.png``, ``training-hadir.png``, ``training-sertifikat.png``,
``training-rekap-jp.png``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

WIDTH, HEIGHT = 1366, 768


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
            raise TimeoutError("screenshots: the training page did not finish loading")
        app.processEvents()
        time.sleep(0.01)


def _save(widget, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)
    _shrink(path)
    print(f"screenshots: {path}")


def _shrink(path: Path) -> None:
    """A 128-colour palette (median cut, no dithering): a screen shot or a rendered page
    reads the same at about half the size."""
    try:
        from PIL import Image
    except ImportError:  # Pillow comes with reportlab; without it the PNG stays as it is
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def _busiest_session(page) -> int:  # type: ignore[no-untyped-def]
    """The row of a finished session with participants who completed it (certificates)."""
    rows = page.sessions.model.rows()
    best = max(range(len(rows)), key=lambda i: (rows[i].completed > 0,
                                                 -abs(rows[i].participants - 12)))
    return page.sessions.proxy.mapFromSource(page.sessions.model.index(best, 0)).row()


def shoot_training(out: Path, home: Path) -> None:
    from app.demo_accounts import demo_account
    from app.services.context import ServiceContext
    from ui.dialogs.training_enrol_dialog import EnrolDialog
    from ui.main_window import MainWindow

    db = _demo_db(home)
    if db is None:
        print("screenshots: no demo generator in this build; training screens skipped")
        return
    account = demo_account("operator")
    with ServiceContext.open(str(db)) as ctx:
        ctx.login(account.username, account.password)
        window = MainWindow(ctx)
        window.resize(WIDTH, HEIGHT)
        window.showMaximized()
        page = window.show_page("pelatihan")
        _wait(lambda: not page.busy)
        page.tabs.setCurrentWidget(page.sessions)
        _wait(lambda: not page.busy)
        page.sessions.table.selectRow(_busiest_session(page))
        _wait(lambda: not page.busy)
        page.sessions.detail.table.selectRow(1)
        _save(window, out, "training_sesi")
        session = page.sessions.selected()
        dialog = EnrolDialog(ctx, session, page.choices, set(), window)
        _wait(lambda: not dialog.loading)
        dialog.filter_bar.jabatan_kind.set_code("pelaksana")
        dialog.below.setChecked(True)
        _wait(lambda: not dialog.loading)
        dialog.table.selectRow(0)
        dialog.table.selectRow(1)
        dialog.show()
        _save(dialog, out, "training_tambah_peserta")
        dialog.close()
        page.tabs.setCurrentWidget(page.jp)
        _wait(lambda: not page.busy)
        page.jp.units.selectRow(1)
        _wait(lambda: not page.busy)
        _save(window, out, "training_rekap_jp")
        page.tabs.setCurrentWidget(page.needs)
        _wait(lambda: not page.busy)
        _save(window, out, "training_kebutuhan")
        _printouts(ctx, session.id, out)
        window.close()


def _printouts(ctx, session_id: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Each printout's first page as a small PNG (60 dpi)."""
    from datetime import date

    from app.reports.output import write_report
    from app.reports.training_certificates import write_certificates
    from app.reports.training_data import jp_recap_data, session_print_data
    from app.reports.training_jp import jp_recap_document
    from app.reports.training_lists import attendance_sheet_document, participant_list_document

    tool = shutil.which("pdftoppm")
    if tool is None:
        print("screenshots: pdftoppm (poppler-utils) not found; printouts skipped")
        return
    data = ctx.read(session_print_data, session_id)
    recap = ctx.read(jp_recap_data, date.today().year)
    with tempfile.TemporaryDirectory(prefix="simpeg-print-") as tmp:
        folder = Path(tmp)
        files = {
            "training-peserta": write_report(participant_list_document(data),
                                             folder / "peserta.pdf").path,
            "training-hadir": write_report(attendance_sheet_document(data),
                                           folder / "hadir.pdf").path,
            "training-sertifikat": write_certificates(data, folder / "sertifikat.pdf").path,
            "training-rekap-jp": write_report(jp_recap_document(recap),
                                              folder / "rekap.pdf").path,
        }
        for name, pdf in files.items():
            subprocess.run([tool, "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(out / name)], check=True)
            _shrink(out / f"{name}.png")
            print(f"screenshots: {out / name}.png")
