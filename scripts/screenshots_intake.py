"""Screenshots of the intake wizard (File ▸ Impor dari Excel/SIASN…), one per step, over the
main window at 1366×768: docs/intake-1-berkas.png … docs/intake-4-hasil.png.

The office first takes a SIASN export of 40 employees; the wizard then reads an office
spreadsheet of the usual kind — title rows, the office's own column names (one of them a guess
to check), new people, changes to known ones and a few rows with problems.
"""

from __future__ import annotations

from pathlib import Path

from screenshots import HEIGHT, PASSWORD, WIDTH, _save, _small, open_window, run_alone, wait_for

LOCAL_HEADERS = ("No", "NIP", "Nama Lengkap", "Tgl Lahir", "L/P", "Pangkat/Gol",
                 "TMT Gol. Ruang Pegawai", "Jabatan", "TMT Jabatan", "Unit Kerja", "No. HP",
                 "Keterangan")


def _files(home: Path) -> tuple[Path, Path]:
    from tests.core.intake.fixtures.sheets import (
        SIASN_HEADERS,
        siasn_people,
        write_csv,
        write_xlsx,
    )

    people = siasn_people(60, seed=11)
    export = write_csv(home / "Export Data ASN.csv", SIASN_HEADERS, people[:40])
    rows = []
    for i, p in enumerate(people[30:60], start=1):
        rows.append([i, p["NIP BARU"], p["NAMA"].title(), p["TANGGAL LAHIR"],
                     "L" if p["JENIS KELAMIN"] == "M" else "P", p["GOL AKHIR NAMA"],
                     p["TMT GOLONGAN"], p["JABATAN NAMA"], p["TMT JABATAN"], p["UNOR NAMA"],
                     f"0812{7000000 + i * 7919:07d}", None])
    for row in rows[:6]:  # known people: a newer golongan
        row[5], row[6] = "IV/a", "01-04-2025"
    rows[12][1] = rows[12][1][:-1]  # a NIP one digit short
    rows[17][3] = "31-02-1986"  # no such date
    rows[21][9] = "Bidang Pengadaan"
    rows[23][5] = "III/e"  # no such golongan
    rows.append(list(rows[3]))  # the same row twice
    sheet = write_xlsx(home / "Nominatif Dinas Pendidikan 2025.xlsx", LOCAL_HEADERS, rows,
                       title_rows=[("DAFTAR NOMINATIF PEGAWAI",),
                                   ("DINAS PENDIDIKAN KABUPATEN MERANGIN",), ()])
    return export, sheet


def _over(window, wizard, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    """The wizard drawn centred over the main window, as the clerk sees it."""
    from PySide6.QtGui import QColor, QPainter, QPen
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    screen = window.grab()
    shot = wizard.grab()
    painter = QPainter(screen)
    x, y = (WIDTH - shot.width()) // 2, (HEIGHT - shot.height()) // 2
    painter.drawPixmap(x, y, shot)
    painter.setPen(QPen(QColor("#5a6470"), 1))
    painter.drawRect(x - 1, y - 1, shot.width() + 1, shot.height() + 1)
    painter.end()

    class _Frame:
        def grab(self):  # type: ignore[no-untyped-def]
            return screen

    _small(_save(_Frame(), out, name))


def shoot_intake(out: Path, home: Path) -> None:

    from app.intake import preview_table, read_table
    from app.intake.jobs import apply_preview
    from app.services.context import ServiceContext
    from app.services.office import AdminSpec, init_office
    from ui.dialogs.intake_wizard import IntakeWizard

    db = home / "intake.db"
    init_office(str(db), "15.02", admin=AdminSpec("admin", PASSWORD, "Rahmat Hidayat, S.Kom."))
    export, sheet = _files(home)
    with ServiceContext.open(str(db)) as ctx:
        ctx.login("admin", PASSWORD)
        apply_preview(ctx, preview_table(ctx, read_table(export)), backup=False)
        window, _page = open_window(ctx, page="pegawai")
        wizard = IntakeWizard(ctx, window)
        wizard.show()
        wizard.file_page.path.setText(str(sheet))
        wizard.file_page.load(sheet)
        wait_for(lambda: not wizard.file_page.loading, 60.0, "the intake wizard")
        _over(window, wizard, out, "intake-1-berkas")
        wizard.next()
        wizard.mapping_page.table.clearSelection()
        _over(window, wizard, out, "intake-2-kolom")
        wizard.next()
        wait_for(lambda: not wizard.preview_page.running)
        wizard.preview_page.tabs.setCurrentIndex(1)
        _over(window, wizard, out, "intake-3-pratinjau")
        wizard.preview_page.tabs.setCurrentWidget(wizard.preview_page.bad_tab)
        _over(window, wizard, out, "intake-3-bermasalah")
        wizard.next()
        wait_for(lambda: wizard.apply_page.outcome is not None)
        _over(window, wizard, out, "intake-4-hasil")
        wizard.close()
        window.close()


if __name__ == "__main__":
    raise SystemExit(run_alone(shoot_intake))
