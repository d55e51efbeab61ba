"""Compile the committed Qt Linguist catalogs (resources/i18n/*.ts) into .qm files.

Runs ``pyside6-lrelease`` only for catalogs whose .qm is missing or older than the .ts. The new
.qm is written beside the old one and then renamed over it: a running program (another test
process) keeps reading the old file it has mapped into memory, instead of crashing inside
``QCoreApplication.translate`` while the file is rewritten in place.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def main() -> int:
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if tool is None:
            print("build_translations: pyside6-lrelease not found", file=sys.stderr)
            return 1
        fresh = qm.with_name(f"{qm.stem}.{os.getpid()}.tmp.qm")
        try:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(fresh)], check=True)
            os.replace(fresh, qm)  # atomic: readers of the old file keep it
        finally:
            fresh.unlink(missing_ok=True)
        print(f"build_translations: {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
