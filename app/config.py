"""Where things live on disk: data, backups, inbox/outbox, logs (platformdirs).

``SIMPEG_HOME`` overrides the base folder (tests, portable installs, developers).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "SIMPEG Luring"
APP_SLUG = "simpeg-luring"


@dataclass(frozen=True)
class Paths:
    data: Path
    backups: Path
    inbox: Path
    outbox: Path
    rejected: Path
    logs: Path

    @property
    def default_db(self) -> Path:
        return self.data / "simpeg.db"

    @property
    def demo_db(self) -> Path:
        return self.data / "demo-merangin.db"

    def ensure(self) -> Paths:
        for p in (self.data, self.backups, self.inbox, self.outbox, self.rejected, self.logs):
            p.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> Paths:
    home = os.environ.get("SIMPEG_HOME")
    if home:
        base = Path(home)
        data, logs = base / "data", base / "logs"
    else:
        data = Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))
        logs = Path(platformdirs.user_log_dir(APP_SLUG, appauthor=False))
    return Paths(
        data=data,
        backups=data / "backups",
        inbox=data / "inbox",
        outbox=data / "outbox",
        rejected=data / "rejected",
        logs=logs,
    )


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (also inside a PyInstaller bundle)."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
