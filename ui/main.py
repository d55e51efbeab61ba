"""``simpeg-gui``: the desktop program. Parses the command line, checks there is a screen,
creates the QApplication in the chosen language and hands over to :mod:`ui.startup`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from app.demo_accounts import DEMO_ACCOUNTS

_NO_DISPLAY = {
    "id": "simpeg-gui: tidak ada layar (DISPLAY dan WAYLAND_DISPLAY kosong). Jalankan dari "
          "desktop, atau gunakan perintah 'simpeg' di terminal.",
    "en": "simpeg-gui: no display (DISPLAY and WAYLAND_DISPLAY are empty). Start it from a "
          "desktop session, or use the 'simpeg' command in a terminal.",
}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="simpeg-gui",
        description="SIMPEG Luring — sistem informasi kepegawaian ASN (luring).",
    )
    parser.add_argument("--db", metavar="PATH|URL",
                        help="berkas basis data SQLite atau URL SQLAlchemy (PostgreSQL)")
    parser.add_argument("--demo", action="store_true",
                        help="buka kantor demo (Kab. Merangin, ±3.000 pegawai); "
                        "dibuat bila belum ada")
    parser.add_argument("--user", metavar="NAME",
                        help="mode demo saja: langsung masuk sebagai akun demo ini ("
                        + ", ".join(a.username for a in DEMO_ACCOUNTS) + ")")
    parser.add_argument("--lang", choices=("id", "en"),
                        help="bahasa tampilan untuk sesi ini (bawaan: pilihan di Pengaturan)")
    parser.add_argument("--self-test", action="store_true",
                        help="periksa instalasi (Qt, font, terjemahan, basis data, PDF, "
                        "kripto) di folder sementara, cetak hasilnya, lalu keluar (0 = baik)")
    args = parser.parse_args(argv)
    if args.user and not args.demo:
        parser.error("--user hanya berlaku bersama --demo")
    if args.demo and args.db:
        parser.error("--demo dan --db tidak dapat dipakai bersamaan")
    if args.user and args.user.strip().lower() not in {a.username for a in DEMO_ACCOUNTS}:
        parser.error(f"akun demo tidak dikenal: {args.user}")
    return args


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None,
                    lang: str = "id") -> str | None:
    """Why no window can open here (Linux without a display), or None."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith(("xcb", "wayland")):
        return None  # offscreen, minimal, vnc, eglfs… need no display server
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return _NO_DISPLAY.get(lang, _NO_DISPLAY["id"])


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        from ui.self_test import run_self_test

        return run_self_test()
    problem = display_problem(lang=args.lang or "id")
    if problem:
        print(problem, file=sys.stderr)
        return 2
    # The database layer before Qt: PySide6 reads the source of every module imported after
    # it (to see whether it uses PySide6's "feature" switches) — for SQLAlchemy and our models
    # a twentieth of a second of every start that this order saves.
    import app.services.context  # noqa: F401

    from PySide6.QtWidgets import QApplication  # isort: skip

    from ui import i18n, settings
    from ui.assets import icon
    from ui.startup import Startup

    settings.configure()
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationDisplayName("SIMPEG Luring")
    qapp.setWindowIcon(icon("app"))
    ui_settings = settings.UiSettings()
    i18n.set_language(args.lang or ui_settings.language)
    return Startup(args, ui_settings).run()


if __name__ == "__main__":
    raise SystemExit(main())
