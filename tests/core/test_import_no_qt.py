"""Importing the core and every domain module pulls in no Qt (DESIGN.md §3, style A.2)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import app.domain

REPO = Path(__file__).resolve().parents[2]


def test_domain_modules_import_without_pyside6():
    modules = sorted(f"app.domain.{m.name}" for m in pkgutil.iter_modules(app.domain.__path__))
    assert {"app.domain.nip", "app.domain.nik", "app.domain.duk"} <= set(modules)
    code = (
        "import json, sys\n"
        f"import app, {', '.join(modules)}\n"
        "print(json.dumps(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('PySide6', 'shiboken6'))))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []
