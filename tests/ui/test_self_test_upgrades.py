"""Release upgrades seen from ``simpeg-gui``: started on an older office database, a newer
release migrates it after a backup and goes on to the login; an older release shows why it
cannot open a newer database and stops, changing nothing. (The same through the command line,
and how a "newer release" is made: tests/core/test_installer_upgrades.py.)"""

from __future__ import annotations

import argparse

from app.services.backup import backup_dir, list_backups
from tests.core.test_installer_upgrades import (
    NEW_REVISION,
    NEW_TABLE,
    TODAY,
    newer_release,
    revision_of,
    sha,
    tables_of,
)
from ui import startup
from ui.dialogs import messages
from ui.dialogs.login_dialog import LoginDialog


def _start(db) -> startup.Startup:
    args = argparse.Namespace(db=str(db), demo=False, user=None, lang=None, self_test=False)
    return startup.Startup(args, startup.UiSettings())


def test_newer_release_migrates_after_a_backup_then_asks_for_the_login(monkeypatch, office_db,
                                                                       tmp_path):
    from app.db import schema

    logins: list[str] = []
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(LoginDialog, "ask",
                        staticmethod(lambda ctx, *a, **k: logins.append(ctx.office_code)))
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", newer_release(tmp_path))

    assert _start(office_db).run() == 0  # the clerk closed the login window

    assert warnings == [] and logins == ["15.02"]
    assert revision_of(office_db) == NEW_REVISION and NEW_TABLE in tables_of(office_db)
    reasons = [(b.reason, revision_of(b.path)) for b in list_backups(backup_dir(office_db))]
    assert ("before-migration", TODAY) in reasons


def test_older_release_says_the_database_is_newer_and_changes_nothing(monkeypatch, tmp_path):
    from app.db import schema
    from app.services.office import init_office

    db = tmp_path / "kantor-baru.db"
    today = schema.MIGRATIONS_DIR
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", newer_release(tmp_path))
    init_office(str(db), "15.02")  # made by the next release
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", today)
    before = sha(db)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: warnings.append((title, text)))
    monkeypatch.setattr(LoginDialog, "ask", staticmethod(
        lambda *a, **k: (_ for _ in ()).throw(AssertionError("no login for a refused database"))))

    assert _start(db).run() == 1

    ((title, text),) = warnings
    assert title == "Membuka basis data"
    assert "versi aplikasi yang lebih baru" in text and NEW_REVISION in text
    assert "Perbarui SIMPEG Luring" in text and "tidak diubah" in text
    assert sha(db) == before and list_backups(backup_dir(db)) == []
