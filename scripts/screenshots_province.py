"""Screenshot of Sinkronisasi → Status kantor at the province, 1366×768
(docs/sync-province.png).

Four offices have sent bundles: Kerinci (15.01) on time, Merangin (15.02) with a name both it
and the province changed (one open conflict), Sarolangun (15.03) last sent 41 days ago (its
bundle log is back-dated: the lag shows in warning colour), and Muaro Jambi (15.05), whose
bundle 2 was lost on the way and bundle 3 (cumulative) healed it. The other seven have never
sent one.

    .venv/bin/python scripts/screenshots_province.py [--out docs]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from screenshots import HEIGHT, PASSWORD, WIDTH, _save, _screen_config, _small  # noqa: E402

PEOPLE = {
    "15.01": ("Ahmad Fauzi", "Nurhasanah", "Yusuf Maulana"),
    "15.02": ("Siti Aminah", "Budi Santoso", "Rina Marlina", "Andi Saputra"),
    "15.03": ("Hendra Gunawan", "Fitri Handayani"),
    "15.05": ("Dedi Kurniawan", "Wulan Sari", "Agus Salim"),
}


def _wait(app, condition, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _offices(base: Path) -> Path:
    """The province and four offices that have sent bundles (see the module docstring)."""
    from sqlalchemy import update

    from app.db.base import utcnow
    from app.db.personnel import Employee
    from app.db.sync_meta import BundleLog
    from app.services.office import AdminSpec, init_office
    from tests.core.sync.conftest import Site, link, sync

    prov_db = base / "15.db"
    init_office(str(prov_db), "15", admin=AdminSpec("admin", PASSWORD, "Dewi Lestari, S.E."))
    prov = Site("15", f"sqlite:///{prov_db}", base / "out-15")
    try:
        prov.add_employee("Rahmat Hidayat", "1571010101800001")
        for code, names in PEOPLE.items():
            db = base / f"{code}.db"
            init_office(str(db), code)
            link(f"sqlite:///{prov_db}", f"sqlite:///{db}")
            office = Site(code, f"sqlite:///{db}", base / f"out-{code}")
            try:
                keys = [office.add_employee(n, f"{code.replace('.', '')}01010180{i:04d}")
                        for i, n in enumerate(names, 1)]
                sync(office, prov)
                if code == "15.02":  # a name changed at both ends: one open conflict
                    sync(prov, office)
                    prov.edit(Employee, keys[0], nama="Siti Aminah, S.Pd.")
                    office.edit(Employee, keys[0], nama="Sitti Aminah")
                    sync(office, prov)
                if code == "15.05":  # bundle 2 lost on the way; bundle 3 carries it too
                    office.add_employee("Lestari Dewi", "1505014101850001")
                    office.export_to("15")
                    office.add_employee("Joko Susilo", "1505010101860001")
                    prov.import_(office.export_to("15").path)
            finally:
                office.close()
        with prov.session() as s:  # Sarolangun last sent six weeks ago
            when = utcnow() - timedelta(days=41)
            s.execute(update(BundleLog).where(BundleLog.peer == "15.03")
                      .values(created_at=when, applied_at=when, logged_at=when))
    finally:
        prov.close()
    return prov_db


def shoot_province(out: Path, home: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.services.context import ServiceContext
    from ui.main_window import MainWindow

    app = QApplication.instance()
    base = home / "province"
    base.mkdir()
    prov_db = _offices(base)
    with ServiceContext.open(str(prov_db)) as ctx:
        ctx.login("admin", PASSWORD)
        window = MainWindow(ctx)
        window.resize(WIDTH, HEIGHT)
        window.showMaximized()
        page = window.show_page("sinkronisasi")
        _wait(app, lambda: page.data is not None and not page.busy)
        tab = page.tabs.province
        page.tabs.setCurrentWidget(tab)
        tab.select("15.05")
        _small(_save(window, out, "sync-province"))
        window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE.parent / "docs")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="simpeg-shots-") as tmp:
        home = Path(tmp)
        os.environ["SIMPEG_HOME"] = str(home)
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_config(home)}"
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
        from PySide6.QtWidgets import QApplication

        from app.services.passwords import HashParams, set_hash_params
        from ui import i18n, settings

        settings.configure()
        QApplication.instance() or QApplication([sys.argv[0]])
        i18n.set_language(args.lang)
        set_hash_params(HashParams(memory_kib=1024, iterations=1, lanes=1))
        args.out.mkdir(parents=True, exist_ok=True)
        shoot_province(args.out.resolve(), home)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
