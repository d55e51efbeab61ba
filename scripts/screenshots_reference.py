"""Screenshots of the Referensi page (called by scripts/screenshots.py).

On the demo office (``app.demo``; reused when scripts/screenshots.py already made it), as the
demo admin: the OPD tree with an OPD opened and a bidang selected (``referensi.png``), the
jabatan catalogue (``referensi_jabatan.png``) with the jabatan dialog refusing a BUP of 80 at
its field (``referensi_jabatan_galat.png``); as the demo operator: the golongan list with its
disabled buttons (``referensi_daftar.png``).
"""

from __future__ import annotations

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
            raise TimeoutError("screenshots: the reference page did not finish loading")
        app.processEvents()
        time.sleep(0.01)


def _save(widget, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)
    try:
        from PIL import Image
    except ImportError:  # Pillow comes with reportlab; without it the PNG stays as it is
        print(f"screenshots: {path}")
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(path, optimize=True)
    print(f"screenshots: {path}")


def _open(ctx, username: str):  # type: ignore[no-untyped-def]
    from app.demo_accounts import demo_account
    from ui.main_window import MainWindow

    account = demo_account(username)
    ctx.login(account.username, account.password)
    window = MainWindow(ctx)
    window.resize(WIDTH, HEIGHT)
    window.showMaximized()
    page = window.show_page("referensi")
    _wait(lambda: not page.busy)
    return window, page


def shoot_reference(out: Path, home: Path) -> None:
    from app.services.context import ServiceContext
    from ui.dialogs.jabatan_dialog import JabatanDialog

    db = _demo_db(home)
    if db is None:
        print("screenshots: no demo generator in this build; reference screens skipped")
        return
    with ServiceContext.open(str(db)) as ctx:
        window, page = _open(ctx, "admin")
        tab = page.org
        dinas = next(r for r in tab.model.rows() if r.name.startswith("Dinas Pendidikan"))
        bidang = next(r for r in tab.model.rows()
                      if r.node.parent_id == dinas.id and r.node.kind == "bidang")
        tab.select(bidang.id)
        _save(window, out, "referensi")
        page.tabs.setCurrentWidget(page.jabatan)
        _wait(lambda: not page.busy)
        page.jabatan.search.setText("analis")
        page.jabatan.table.selectRow(0)
        _save(window, out, "referensi_jabatan")
        dialog = JabatanDialog(ctx, page.choices, None, False, window)
        dialog.form.set_text("name", "Penata Kelola Arsip Daerah")
        dialog.form.set_text("bup", "80")
        dialog.validator.validate_now()
        dialog.show()
        dialog.adjustSize()
        _save(dialog, out, "referensi_jabatan_galat")
        dialog.form.touched.clear()
        dialog.close()
        window.close()
        window, page = _open(ctx, "operator")
        page.tabs.setCurrentWidget(page.lists)
        _wait(lambda: not page.busy)
        page.lists.table.selectRow(8)
        _save(window, out, "referensi_daftar")
        window.close()
