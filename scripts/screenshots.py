"""Screenshots of the desktop app at the clerks' 1366×768, for docs/ and for looking at it.

Runs offscreen (no display needed) on a throw-away office database in a temporary
SIMPEG_HOME — never the user's data — and writes small PNGs::

    .venv/bin/python scripts/screenshots.py            # Bahasa Indonesia, into docs/
    .venv/bin/python scripts/screenshots.py --lang en --out /tmp/shots
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1366, 768
PASSWORD = "Rahasia-kantor-1"


def _screen_config(folder: Path) -> Path:
    path = folder / "screen.json"
    path.write_text(json.dumps({
        "synchronousWindowSystemEvents": False, "windowFrameMargins": False,
        "screens": [{"name": "Layar", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
                     "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}],
    }))
    return path


def _office(home: Path) -> str:
    """A Merangin office with a few users and some audit history."""
    from app.services.auth import AuthError, add_user, list_users, set_user_active
    from app.services.context import ServiceContext
    from app.services.office import AdminSpec, init_office

    db = home / "merangin.db"
    init_office(str(db), "15.02", admin=AdminSpec("admin", PASSWORD, "Rahmat Hidayat, S.Kom."))
    with ServiceContext.open(str(db)) as ctx:
        ctx.login("admin", PASSWORD)
        for username, name, role in (
            ("siti.aminah", "Siti Aminah, S.E.", "operator"),
            ("budi.santoso", "Budi Santoso", "operator"),
            ("dewi.lestari", "Dewi Lestari, S.H.", "verifikator"),
            ("agus.salim", "Agus Salim", "sync_officer"),
        ):
            ctx.write(add_user, username, name, role, "Sementara-2025")
        agus = next(u for u in ctx.read(list_users) if u.username == "agus.salim")
        ctx.write(set_user_active, agus.id, False)
        ctx.login("siti.aminah", "Sementara-2025")
        with contextlib.suppress(AuthError):  # a failed login on purpose, for the audit log
            ctx.login("budi.santoso", "salah-ketik")
    return str(db)


def _save(widget, out: Path, name: str) -> Path:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    path = out / f"{name}.png"
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)  # no alpha
    image.save(str(path), "PNG", 0)  # PNG quality 0: the strongest compression
    print(f"screenshots: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def _dialog(dialog, out: Path, name: str) -> None:
    dialog.show()
    dialog.adjustSize()
    _save(dialog, out, name)
    dialog.close()


def _small(path: Path) -> None:
    """256 colours are plenty for a screen of text and flat colours (a third of the size)."""
    from PIL import Image

    with Image.open(path) as image:
        image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            path, optimize=True)


def _demo_office(home: Path) -> tuple[str, dict[str, str]] | None:
    """A demo office of about 3,000 employees (None when this build has no demo generator)."""
    try:
        from app.demo import create_demo_database
    except ImportError:
        return None
    db = home / "demo.db"
    summary = create_demo_database(db, employees=3000, seed=1)
    return str(db), dict(summary.cases)


def _wait(app, condition, seconds: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    wait_for(condition, seconds)


# -- shared by the screenshots_*.py scripts ------------------------------------------------
def demo_db(home: Path) -> Path | None:
    """The demo office in ``home`` (made once, then reused); None without a demo generator."""
    db = home / "demo.db"
    if db.exists():
        return db
    try:
        from app.demo import create_demo_database
    except ImportError:
        return None
    create_demo_database(db, employees=3000, seed=1)
    return db


def wait_for(condition, seconds: float = 120.0, what: str = "the window") -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until ``condition()`` holds; TimeoutError after ``seconds``."""
    import time

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"screenshots: {what} did not finish loading")
        app.processEvents()
        time.sleep(0.01)


def settle(rounds: int = 30) -> None:
    """Let queued events (layouts, chart animations) run for about ``rounds`` × 10 ms."""
    import time

    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        time.sleep(0.01)


def shrink(path: Path, colors: int = 128) -> None:
    """A ``colors``-colour palette (median cut, no dithering): a screen shot or a rendered page
    reads the same at about half the size. Without Pillow the PNG stays as it is."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=colors, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def shot(widget, out: Path, name: str, settle_rounds: int = 0) -> Path:  # type: ignore[no-untyped-def]
    """``out/name.png``: the widget as drawn now, in 128 colours."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    if settle_rounds:
        settle(settle_rounds)
    else:
        QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)
    shrink(path)
    print(f"screenshots: {path}")
    return path


def open_window(ctx, account: str | None = None, page: str | None = None):  # type: ignore[no-untyped-def]
    """The main window at 1366×768, signed in as the demo ``account`` ("admin", "operator"…)
    when given, showing ``page``; returns (window, page widget or None)."""
    from ui.main_window import MainWindow

    if account is not None:
        from app.demo_accounts import demo_account

        login = demo_account(account)
        ctx.login(login.username, login.password)
    window = MainWindow(ctx)
    window.resize(WIDTH, HEIGHT)
    window.showMaximized()
    return window, (window.show_page(page) if page is not None else None)


def render_first_pages(pdfs: dict[str, Path], out: Path, what: str = "printouts") -> None:
    """Each PDF's first page as ``out/<name>.png`` at 60 dpi (``pdftoppm``), in 128 colours."""
    import shutil
    import subprocess

    tool = shutil.which("pdftoppm")
    if tool is None:
        print(f"screenshots: pdftoppm (poppler-utils) not found; {what} skipped")
        return
    for name, pdf in pdfs.items():
        subprocess.run([tool, "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(out / name)], check=True)
        shrink(out / f"{name}.png")
        print(f"screenshots: {out / name}.png")


def have_pdftoppm(what: str = "printouts") -> bool:
    import shutil

    if shutil.which("pdftoppm") is None:
        print(f"screenshots: pdftoppm (poppler-utils) not found; {what} skipped")
        return False
    return True


def run_alone(shoot_part, argv: list[str] | None = None) -> int:  # type: ignore[no-untyped-def]
    """``main`` of a screenshots_*.py script: ``shoot_part(out, home)`` alone, in a throw-away
    SIMPEG_HOME, offscreen at 1366×768, in Bahasa Indonesia (``--out``, ``--lang``)."""
    parser = argparse.ArgumentParser(description="Screenshots of one part of SIMPEG Luring.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="simpeg-shots-") as tmp:
        home = Path(tmp)
        _environment(home)
        from PySide6.QtWidgets import QApplication

        from app.services.passwords import HashParams, set_hash_params
        from ui import i18n, settings

        settings.configure()
        _app = QApplication.instance() or QApplication([sys.argv[0]])
        i18n.set_language(args.lang)
        set_hash_params(HashParams(memory_kib=1024, iterations=1, lanes=1))  # throw-away data
        out = args.out.resolve()
        out.mkdir(parents=True, exist_ok=True)
        shoot_part(out, home)
    return 0


def _environment(home: Path) -> None:
    os.environ["SIMPEG_HOME"] = str(home)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_config(home)}"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    for folder in (ROOT, ROOT / "scripts"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))


def shoot_personnel(out: Path, home: Path) -> None:
    """Beranda, the Pegawai list, an employee record on a tab with rows, and a history dialog
    showing a validation error — on the demo office."""
    from PySide6.QtWidgets import QApplication

    from app.demo_accounts import demo_account
    from app.services.context import ServiceContext
    from ui.dialogs.history_dialog import HistoryDialog
    from ui.main_window import MainWindow
    from ui.models.employee_history_specs import SPEC_BY_KEY

    demo = _demo_office(home)
    if demo is None:
        print("screenshots: no demo generator in this build; personnel screens skipped")
        return
    db, cases = demo
    app = QApplication.instance()
    account = demo_account("operator")
    with ServiceContext.open(db) as ctx:
        ctx.login(account.username, account.password)
        window = MainWindow(ctx)
        window.resize(WIDTH, HEIGHT)
        window.showMaximized()
        home_page = window.show_page("beranda")
        _wait(app, lambda: home_page.summary is not None and not home_page.loading)
        _small(_save(window, out, "beranda"))
        page = window.show_page("pegawai")
        _wait(app, lambda: page.list.model.total > 0 and not page.list.loader.loading)
        page.list.table.selectRow(2)
        _small(_save(window, out, "pegawai"))
        page.open_employee(cases["gelar_rumit"])
        _wait(app, lambda: page.detail.view is not None and not page.detail.loading)
        page.detail.tabs.setCurrentWidget(page.detail.history_tabs["pangkat"])
        page.detail.history_tabs["pangkat"].table.selectRow(0)
        _small(_save(window, out, "pegawai_rincian"))
        detail = page.detail.view.detail
        dialog = HistoryDialog(ctx, detail.id, detail.nama_lengkap, SPEC_BY_KEY["pangkat"],
                               page.detail.choices, None, window)
        golongan = dialog.form.widget("golongan_code")
        golongan.setCurrentIndex(golongan.findData("IV/a"))
        dialog.form.set_text("tmt", "15-04-2025")
        dialog.form.set_text("sk_nomor", "800/125/BKPSDM/2025")
        dialog.validator.validate_now()
        dialog.show()
        dialog.resize(600, 560)
        _small(_save(dialog, out, "riwayat_pangkat_galat"))
        dialog.form.touched.clear()
        dialog.close()
        page.detail.go_back()
        window.close()


def shoot(out: Path, lang: str) -> None:
    from PySide6.QtWidgets import QApplication

    from app.services.auth import list_users
    from app.services.context import ServiceContext
    from app.services.passwords import HashParams, set_hash_params
    from ui import i18n, settings
    from ui.dialogs.add_user_dialog import AddUserDialog
    from ui.dialogs.first_admin_dialog import FirstAdminDialog
    from ui.dialogs.login_dialog import LoginDialog
    from ui.dialogs.reset_password_dialog import ResetPasswordDialog
    from ui.main_window import MainWindow

    settings.configure()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    i18n.set_language(lang)
    set_hash_params(HashParams(memory_kib=1024, iterations=1, lanes=1))  # quick, throw-away
    db = _office(Path(os.environ["SIMPEG_HOME"]))
    out.mkdir(parents=True, exist_ok=True)
    with ServiceContext.open(db) as ctx:
        _dialog(LoginDialog(ctx, demo=True), out, "login")
        _dialog(FirstAdminDialog(ctx), out, "first_admin")
        ctx.login("admin", PASSWORD)
        window = MainWindow(ctx)
        window.resize(WIDTH, HEIGHT)
        window.showMaximized()
        page = window.show_page("pengguna")
        page.users.select_user(ctx.read(list_users)[1].id)
        _save(window, out, "users")
        page.tabs.setCurrentWidget(page.audit)
        page.audit.verify()
        while page.audit.last_check is None:
            app.processEvents()
        _save(window, out, "audit")
        window.show_page("pengaturan")
        _save(window, out, "settings")
        _dialog(AddUserDialog(ctx, window), out, "add_user")
        _dialog(ResetPasswordDialog(ctx, ctx.read(list_users)[1], window), out, "reset_password")
        window.close()
    shoot_personnel(out, Path(os.environ["SIMPEG_HOME"]))
    import screenshots_training  # scripts/ is on sys.path when this script runs

    screenshots_training.shoot_training(out, Path(os.environ["SIMPEG_HOME"]))
    import screenshots_appraisal

    screenshots_appraisal.shoot_appraisal(out, Path(os.environ["SIMPEG_HOME"]))
    import screenshots_reports

    screenshots_reports.shoot_reports(out, Path(os.environ["SIMPEG_HOME"]))
    import screenshots_reference

    screenshots_reference.shoot_reference(out, Path(os.environ["SIMPEG_HOME"]))
    import screenshots_intake

    screenshots_intake.shoot_intake(out, Path(os.environ["SIMPEG_HOME"]))
    import screenshots_sync

    screenshots_sync.shoot_sync(out, Path(os.environ["SIMPEG_HOME"]))
    import screenshots_province

    screenshots_province.shoot_province(out, Path(os.environ["SIMPEG_HOME"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of SIMPEG Luring at 1366×768.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="simpeg-shots-") as tmp:
        _environment(Path(tmp))
        shoot(args.out.resolve(), args.lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
