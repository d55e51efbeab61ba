"""``simpeg-gui --self-test``: does this installation work? One line per check, exit 0 or 1.

Meant for the built program (PyInstaller folder, Windows installer) on a machine with no
Python, and for CI: it proves that Qt starts and draws a window, that the shipped fonts,
translations, Alembic migrations and libraries are in the bundle, and that the core works end
to end — an office database created at schema head, an employee written and read back through
the services, a PDF drawn with the shipped font and read back, Ed25519, age and Argon2id.

Everything happens in a temporary folder (``SIMPEG_HOME`` points there for the run), never in
the user's data folder. Works offscreen: on Linux with no display and no ``QT_QPA_PLATFORM``
it picks the offscreen platform itself. The report is ASCII, so any Windows console or
redirected file takes it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from app import __version__
from app.config import resources_dir

SAMPLE_OFFICE = "15.02"  # Kabupaten Merangin
SAMPLE_TEXT = "Uji mandiri SIMPEG Luring: Siti Aminah, NIP 19850315 201001 2 003"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'OK' if self.ok else 'GAGAL':<6} {self.name:<13} {self.detail}"


class SelfTest:
    """The checks, run in order against one temporary folder."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.qapp: object | None = None  # the QApplication, kept alive for the later checks

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("qt", self.check_qt),
            ("fonts", self.check_fonts),
            ("translations", self.check_translations),
            ("pages", self.check_pages),
            ("database", self.check_database),
            ("pdf", self.check_pdf),
            ("crypto", self.check_crypto),
            ("postgresql", self.check_postgresql_driver),
        ]

    # -- Qt ---------------------------------------------------------------------------------
    def check_qt(self) -> str:
        import PySide6
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

        from ui.assets import icon

        qapp = self.qapp = QApplication.instance() or QApplication(sys.argv[:1])
        window = QWidget()
        layout = QVBoxLayout(window)
        layout.addWidget(QLabel(SAMPLE_TEXT))
        window.resize(320, 120)
        window.show()
        QApplication.processEvents()
        try:
            picture = window.grab()
            if picture.isNull() or picture.width() < 100:
                raise RuntimeError("the test window could not be drawn")
            if icon("app").pixmap(32, 32).isNull():
                raise RuntimeError("the program icon (resources/icons/app.svg) cannot be drawn: "
                                   "SVG support is missing")
        finally:
            window.close()
            window.deleteLater()
        return f"PySide6 {PySide6.__version__}, Qt {qVersion()}, platform {qapp.platformName()}"

    def check_fonts(self) -> str:
        from PySide6.QtGui import QFontDatabase

        families: set[str] = set()
        for name in FONT_FILES:
            path = _shipped("fonts", name)
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise RuntimeError(f"Qt cannot load {path}")
            families.update(QFontDatabase.applicationFontFamilies(font_id))
        return f"{', '.join(FONT_FILES)} (Qt: {', '.join(sorted(families))})"

    def check_translations(self) -> str:
        from PySide6.QtCore import QCoreApplication, QTranslator

        from ui import i18n

        for name in i18n.CATALOGS:
            path = _shipped("i18n", f"{name}_id.qm")
            translator = QTranslator()
            if not translator.load(str(path)) or translator.isEmpty():
                raise RuntimeError(f"{path} is not a usable Qt catalog")
        previous = i18n.current_language()
        i18n.set_language("id")
        try:
            shown = QCoreApplication.translate("Navigation", "Employees")
        finally:
            i18n.set_language(previous)
        if shown != "Pegawai":
            raise RuntimeError(f"'Employees' is shown as {shown!r}, expected 'Pegawai'")
        return ", ".join(f"{name}_id.qm" for name in i18n.CATALOGS) + " ('Employees' = 'Pegawai')"

    def check_pages(self) -> str:
        from ui.pages.registry import load_pages

        keys = [slot.key for slot, _page in load_pages()]
        if not keys:
            raise RuntimeError("no page of the main window could be loaded")
        return f"{len(keys)} ({', '.join(keys)})"

    # -- the core ---------------------------------------------------------------------------
    def check_database(self) -> str:
        import sqlite3

        from app.services.context import ServiceContext
        from app.services.office import init_office
        from app.services.personnel import EmployeeInput, create_employee, employee_input

        path = self.workdir / "data" / "uji-mandiri.db"
        init_office(str(path), SAMPLE_OFFICE)
        with ServiceContext.open(str(path)) as ctx:
            ctx.as_system()
            written = EmployeeInput(
                nip="198503152010012003", nik="1502015503850001", nama="Siti Aminah",
                tanggal_lahir=date(1985, 3, 15), jenis_kelamin="P", tmt_cpns=date(2010, 1, 1))
            saved = ctx.write(create_employee, written)
            back = ctx.read(employee_input, saved.id)
        if (back.nip, back.nama, back.tanggal_lahir) != (written.nip, written.nama,
                                                         written.tanggal_lahir):
            raise RuntimeError(f"the employee read back differs: {back.nip} {back.nama}")
        return (f"SQLite {sqlite3.sqlite_version}, office {SAMPLE_OFFICE} created at schema "
                "head, employee saved and read back")

    def check_pdf(self) -> str:
        from pypdf import PdfReader
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen.canvas import Canvas

        font = "SelfTestDejaVuSans"
        pdfmetrics.registerFont(TTFont(font, str(_shipped("fonts", FONT_FILES[0]))))
        path = self.workdir / "uji-mandiri.pdf"
        canvas = Canvas(str(path), pagesize=A4)
        canvas.setFont(font, 12)
        canvas.drawString(72, 770, SAMPLE_TEXT)
        canvas.save()

        reader = PdfReader(str(path))
        text = reader.pages[0].extract_text()
        if len(reader.pages) != 1 or SAMPLE_TEXT not in " ".join(text.split()):
            raise RuntimeError(f"pypdf read back {len(reader.pages)} page(s): {text[:60]!r}")
        fonts = reader.pages[0]["/Resources"]["/Font"]
        if not any("DejaVu" in str(f.get_object()["/BaseFont"]) for f in fonts.values()):
            raise RuntimeError("the shipped font is not embedded in the PDF")

        document = QPdfDocument()
        try:
            if document.load(str(path)) != QPdfDocument.Error.None_:
                raise RuntimeError(f"QtPdf cannot open the PDF: {document.error().name}")
            image = document.render(0, QSize(200, 283))
            if image.isNull():
                raise RuntimeError("QtPdf cannot draw the PDF page")
        finally:
            document.close()
        return "reportlab, DejaVu Sans embedded, read back (pypdf), drawn (QtPdf)"

    def check_crypto(self) -> str:
        import pyrage
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from app.services.passwords import hash_password, verify_password

        key = Ed25519PrivateKey.generate()
        signature = key.sign(SAMPLE_TEXT.encode())
        key.public_key().verify(signature, SAMPLE_TEXT.encode())
        try:
            key.public_key().verify(signature, SAMPLE_TEXT.encode() + b"!")
        except InvalidSignature:
            pass
        else:
            raise RuntimeError("Ed25519 accepted a changed message")

        identity = pyrage.x25519.Identity.generate()
        sealed = pyrage.encrypt(SAMPLE_TEXT.encode(), [identity.to_public()])
        if SAMPLE_TEXT.encode() in sealed or pyrage.decrypt(sealed, [identity]) != (
                SAMPLE_TEXT.encode()):
            raise RuntimeError("age encrypt/decrypt round trip failed")

        phc = hash_password("Sandi-uji-mandiri-1")
        if not verify_password("Sandi-uji-mandiri-1", phc) or verify_password("salah", phc):
            raise RuntimeError("Argon2id password check failed")
        return "Ed25519 sign/verify, age encrypt/decrypt (pyrage), Argon2id"

    def check_postgresql_driver(self) -> str:
        import psycopg

        major, minor = divmod(psycopg.pq.version(), 10000)
        return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {major}.{minor})"

    # -- running ----------------------------------------------------------------------------
    def run(self) -> list[CheckResult]:
        results = []
        for name, check in self.checks():
            try:
                results.append(CheckResult(name, True, _ascii(check())))
            except Exception as exc:  # any failure is a finding to report, not a crash
                results.append(CheckResult(name, False, _ascii(_reason(exc))))
        return results


def _shipped(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing from this installation")
    return path


def _reason(exc: Exception) -> str:
    from app.errors import SimpegError

    text = exc.text() if isinstance(exc, SimpegError) else str(exc)
    return f"{type(exc).__name__}: {text}"


def _ascii(text: str) -> str:
    return " ".join(text.split()).encode("ascii", "replace").decode("ascii")


@contextmanager
def _temporary_home() -> Iterator[Path]:
    """A throwaway SIMPEG_HOME for the run; the previous value comes back afterwards."""
    previous = os.environ.get("SIMPEG_HOME")
    with tempfile.TemporaryDirectory(prefix="simpeg-self-test-",
                                     ignore_cleanup_errors=True) as folder:
        os.environ["SIMPEG_HOME"] = folder
        try:
            yield Path(folder)
        finally:
            if previous is None:
                os.environ.pop("SIMPEG_HOME", None)
            else:
                os.environ["SIMPEG_HOME"] = previous


def _choose_platform() -> None:
    """Linux with no display: draw offscreen instead of aborting (CI, servers)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _report_stream() -> TextIO | None:
    """stdout; for the windowed Windows program (no stdout) the console it was started from."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            return open("CONOUT$", "w", encoding="ascii", errors="replace")  # noqa: SIM115
    return None


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print the report, return the exit code (0: all passed)."""
    _choose_platform()
    stream = out if out is not None else _report_stream()
    with _temporary_home() as home:
        results = SelfTest(home).run()
    failed = [r.name for r in results if not r.ok]
    lines = [f"SIMPEG Luring {__version__} - uji mandiri (self-test)"]
    lines += [r.line() for r in results]
    if failed:
        lines.append(f"GAGAL (failed): {len(failed)} dari {len(results)} pemeriksaan: "
                     + ", ".join(failed))
    else:
        lines.append(f"Lulus (passed): {len(results)} dari {len(results)} pemeriksaan.")
    if stream is not None:
        stream.write("\n".join(lines) + "\n")
        stream.flush()
    return 1 if failed else 0
