"""Screenshots of the Pelatihan page and its printouts (called by scripts/screenshots.py;
alone: ``.venv/bin/python scripts/screenshots_training.py [--out DIR]``).

On the demo office (``app.demo``; reused when scripts/screenshots.py already made it):
the sessions tab with a session's participants, the add-participants dialog filtered to
"pelaksana below 20 JP", the 20-JP recap drilled down to a unit, the training needs. Each
printout is rendered to PDF and its first page to PNG at 60 dpi with ``pdftoppm`` (poppler):
``training-peserta.png``, ``training-hadir.png``, ``training-sertifikat.png``,
``training-rekap-jp.png``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from screenshots import demo_db, open_window, render_first_pages, run_alone, shot, wait_for


def _wait_page(condition) -> None:  # type: ignore[no-untyped-def]
    wait_for(condition, what="the training page")


def _busiest_session(page) -> int:  # type: ignore[no-untyped-def]
    """The row of a finished session with participants who completed it (certificates)."""
    rows = page.sessions.model.rows()
    best = max(range(len(rows)), key=lambda i: (rows[i].completed > 0,
                                                 -abs(rows[i].participants - 12)))
    return page.sessions.proxy.mapFromSource(page.sessions.model.index(best, 0)).row()


def shoot_training(out: Path, home: Path) -> None:
    from app.services.context import ServiceContext
    from ui.dialogs.training_enrol_dialog import EnrolDialog

    db = demo_db(home)
    if db is None:
        print("screenshots: no demo generator in this build; training screens skipped")
        return
    with ServiceContext.open(str(db)) as ctx:
        window, page = open_window(ctx, "operator", "pelatihan")
        _wait_page(lambda: not page.busy)
        page.tabs.setCurrentWidget(page.sessions)
        _wait_page(lambda: not page.busy)
        page.sessions.table.selectRow(_busiest_session(page))
        _wait_page(lambda: not page.busy)
        page.sessions.detail.table.selectRow(1)
        shot(window, out, "training_sesi")
        session = page.sessions.selected()
        dialog = EnrolDialog(ctx, session, page.choices, set(), window)
        _wait_page(lambda: not dialog.loading)
        dialog.filter_bar.jabatan_kind.set_code("pelaksana")
        dialog.below.setChecked(True)
        _wait_page(lambda: not dialog.loading)
        dialog.table.selectRow(0)
        dialog.table.selectRow(1)
        dialog.show()
        shot(dialog, out, "training_tambah_peserta")
        dialog.close()
        page.tabs.setCurrentWidget(page.jp)
        _wait_page(lambda: not page.busy)
        page.jp.units.selectRow(1)
        _wait_page(lambda: not page.busy)
        shot(window, out, "training_rekap_jp")
        page.tabs.setCurrentWidget(page.needs)
        _wait_page(lambda: not page.busy)
        shot(window, out, "training_kebutuhan")
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
        render_first_pages(files, out)


if __name__ == "__main__":
    raise SystemExit(run_alone(shoot_training))
