"""Screenshots of the Laporan page, the Dasbor and the backups (called by scripts/screenshots.py;
alone: ``.venv/bin/python scripts/screenshots_reports.py [--out DIR]``).

On the demo office (``app.demo``; reused when scripts/screenshots.py already made it), logged
in as the demo admin, after giving the units of Dinas Kesehatan a peta jabatan (the present
holders, with the kebutuhan a little above for fungsional and pelaksana, one for each
structural post):

* ``laporan.png`` — the daftar nominatif with its column chooser;
* ``laporan_peta_jabatan.png`` — the peta jabatan of one unit;
* ``dasbor.png``, ``dasbor_predikat.png`` — the charts, and the predikat per unit;
* ``cadangan.png``, ``cadangan_pulihkan.png``, ``cadangan_rusak.png`` — Pengaturan ▸
  Cadangan, the restore preview and the start-up dialog of a damaged database.

Printouts, first page at 60 dpi with ``pdftoppm``: ``report-formasi.png`` (Dinas Kesehatan,
next year) and ``report-predikat.png``.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import replace
from pathlib import Path

from screenshots import demo_db, open_window, render_first_pages, run_alone, shot, wait_for

STRUCTURAL = {"jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas"}


def _wait(condition) -> None:  # type: ignore[no-untyped-def]
    wait_for(condition, what="the reports page")


def _save(widget, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    shot(widget, out, name, settle_rounds=30)  # the charts draw in a few rounds


def fill_peta(ctx, opd_name: str = "Dinas Kesehatan", seed: int = 8) -> str:  # type: ignore[no-untyped-def]
    """A plausible peta jabatan for every unit of an OPD; the OPD's id."""
    from app.services.formasi import current_composition, save_unit_positions
    from app.services.org import list_org_tree

    rnd = random.Random(seed)
    nodes = [n for n in ctx.read(list_org_tree) if n.path[0] == opd_name]
    for node in nodes:
        lines = []
        for p in ctx.read(current_composition, node.id):
            if p.jabatan_kind in STRUCTURAL:
                needed = 1
            elif (p.jabatan_kind or "").startswith("fungsional"):
                needed = p.needed + rnd.choice((0, 1, 1, 2, 3))
            else:
                needed = max(1, p.needed + rnd.choice((-1, 0, 0, 1)))
            lines.append(replace(p, needed=needed))
        if lines:
            ctx.write(save_unit_positions, node.id, lines)
    return next(n.id for n in nodes if n.depth == 0)


def shoot_reports(out: Path, home: Path) -> None:
    from app.demo_accounts import demo_account
    from app.services.context import ServiceContext

    db = demo_db(home)
    if db is None:
        print("screenshots: no demo generator in this build; report screens skipped")
        return
    account = demo_account("admin")
    with ServiceContext.open(str(db), daily_backup=True) as ctx:
        ctx.login(account.username, account.password)
        opd = fill_peta(ctx)
        _screens(ctx, out, opd)
        _printouts(ctx, out, opd)


def _screens(ctx, out: Path, opd: str) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.formasi_dialog import PetaJabatanDialog

    window, page = open_window(ctx, page="laporan")
    page.tabs.setCurrentWidget(page.reports)
    tab = page.reports
    _wait(lambda: tab.choices is not None)
    tab.choose("nominatif")
    _save(window, out, "laporan")
    unit = next(c for c in tab.choices.units if c.label == "Puskesmas Bangko")
    dialog = PetaJabatanDialog(ctx, tab.choices.units, unit.code, window,
                               kinds=tab.choices.kinds)
    dialog.show()
    _wait(lambda: not dialog.busy)
    dialog.resize(900, 520)
    _save(dialog, out, "laporan_peta_jabatan")
    dialog.dirty = False
    dialog.close()
    board = page.show_dashboard()
    _wait(lambda: board.data is not None and not board.loading)
    _save(window, out, "dasbor")
    board.focus_bar("predikat")
    _save(window, out, "dasbor_predikat")
    _backups(ctx, window, out)
    window.close()


def _backups(ctx, window, out: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services.backup import describe, sqlite_path
    from ui.dialogs.integrity_dialog import IntegrityDialog
    from ui.dialogs.restore_dialog import RestoreDialog

    settings = window.show_page("pengaturan")
    panel = settings.backup_box
    panel.backup_now()
    _wait(lambda: not panel.busy)
    panel.table.selectRow(1)
    panel.status.clear()
    _save(window, out, "cadangan")
    backup = panel.backups[1]
    restore = RestoreDialog(describe(backup.path), describe(sqlite_path(ctx.url)), window)
    restore.show()
    restore.resize(600, 500)
    _save(restore, out, "cadangan_pulihkan")
    restore.close()
    damaged = IntegrityDialog(ctx.db_label, "database disk image is malformed", panel.backups,
                              window)
    damaged.show()
    _save(damaged, out, "cadangan_rusak")
    damaged.close()


def _printouts(ctx, out: Path, opd: str) -> None:  # type: ignore[no-untyped-def]
    from app.reports.catalog import ReportRequest, build_report
    from app.reports.output import write_report

    with tempfile.TemporaryDirectory(prefix="simpeg-print-") as tmp:
        folder = Path(tmp)
        files = {
            "report-formasi": write_report(
                ctx.read(build_report, ReportRequest("formasi", unit=opd)),
                folder / "formasi.pdf").path,
            "report-predikat": write_report(
                ctx.read(build_report, ReportRequest("predikat", year=_skp_year(ctx))),
                folder / "predikat.pdf").path,
        }
        render_first_pages(files, out)


def _skp_year(ctx) -> int:  # type: ignore[no-untyped-def]
    from app.services.report_screen import report_screen_choices

    return ctx.read(report_screen_choices).predikat_year


if __name__ == "__main__":
    raise SystemExit(run_alone(shoot_reports))
