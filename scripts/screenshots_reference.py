"""Screenshots of the Referensi page (called by scripts/screenshots.py;
alone: ``.venv/bin/python scripts/screenshots_reference.py [--out DIR]``).

On the demo office (``app.demo``; reused when scripts/screenshots.py already made it), as the
demo admin: the OPD tree with an OPD opened and a bidang selected (``referensi.png``), the
jabatan catalogue (``referensi_jabatan.png``) with the jabatan dialog refusing a BUP of 80 at
its field (``referensi_jabatan_galat.png``); as the demo operator: the golongan list with its
disabled buttons (``referensi_daftar.png``).
"""

from __future__ import annotations

from pathlib import Path

from screenshots import demo_db, open_window, run_alone, shot, wait_for


def _open(ctx, username: str):  # type: ignore[no-untyped-def]
    window, page = open_window(ctx, username, "referensi")
    _wait_page(lambda: not page.busy)
    return window, page


def _wait_page(condition) -> None:  # type: ignore[no-untyped-def]
    wait_for(condition, what="the reference page")


def shoot_reference(out: Path, home: Path) -> None:
    from app.services.context import ServiceContext
    from ui.dialogs.jabatan_dialog import JabatanDialog

    db = demo_db(home)
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
        shot(window, out, "referensi")
        page.tabs.setCurrentWidget(page.jabatan)
        _wait_page(lambda: not page.busy)
        page.jabatan.search.setText("analis")
        page.jabatan.table.selectRow(0)
        shot(window, out, "referensi_jabatan")
        dialog = JabatanDialog(ctx, page.choices, None, False, window)
        dialog.form.set_text("name", "Penata Kelola Arsip Daerah")
        dialog.form.set_text("bup", "80")
        dialog.validator.validate_now()
        dialog.show()
        dialog.adjustSize()
        shot(dialog, out, "referensi_jabatan_galat")
        dialog.form.touched.clear()
        dialog.close()
        window.close()
        window, page = _open(ctx, "operator")
        page.tabs.setCurrentWidget(page.lists)
        _wait_page(lambda: not page.busy)
        page.lists.table.selectRow(8)
        shot(window, out, "referensi_daftar")
        window.close()


if __name__ == "__main__":
    raise SystemExit(run_alone(shoot_reference))
