"""Refresh the Indonesian catalog resources/i18n/simpeg_id.ts from the UI sources.

Runs ``pyside6-lupdate`` over every ``ui/**/*.py`` (``self.tr``, ``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP``): new strings appear as *unfinished*, strings no longer in the code are
dropped (``-no-obsolete``), existing translations are kept. Then translate the unfinished
entries (Qt Linguist: ``pyside6-linguist resources/i18n/simpeg_id.ts``) and commit the .ts;
``scripts/build_translations.py`` (run by ``make``) compiles the .qm.

``--check`` changes nothing and exits 1 when the catalog is stale or has untranslated entries
(what the test suite asserts, too).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "resources" / "i18n" / "simpeg_id.ts"


def lupdate_tool() -> str:
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if tool is None:
        raise SystemExit("update_translations: pyside6-lupdate not found (pip install PySide6)")
    return tool


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts: Path) -> None:
    """Update ``ts`` in place from the sources (creating it if missing)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as lst:
        lst.write("\n".join(str(p) for p in sources()))
    try:
        subprocess.run(
            [lupdate_tool(), "-silent", "-no-obsolete", "-locations", "none",
             "-source-language", "en", "-target-language", "id", f"@{lst.name}", "-ts", str(ts)],
            check=True, cwd=ROOT,
        )
    finally:
        Path(lst.name).unlink(missing_ok=True)


def entries(ts: Path) -> list[tuple[str, str, str | None, bool]]:
    """``(context, source, translation or None, finished)`` for every message of ``ts``."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            text = tr.text if tr is not None else None
            finished = tr is not None and tr.get("type") not in ("unfinished", "obsolete",
                                                                   "vanished")
            out.append((name, msg.findtext("source") or "", text, finished and bool(text)))
    return out


def problems(ts: Path) -> list[str]:
    """What is wrong with ``ts``: untranslated entries and strings missing against the code."""
    found = [f"untranslated: [{c}] {s!r}" for c, s, _t, ok in entries(ts) if not ok]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        shutil.copy(ts, fresh)
        run_lupdate(fresh)
        known = {(c, s) for c, s, _t, _ok in entries(ts)}
        found += [f"not in catalog: [{c}] {s!r}" for c, s, _t, _ok in entries(fresh)
                  if (c, s) not in known]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report; change nothing")
    args = parser.parse_args(argv)
    if args.check:
        found = problems(CATALOG)
        for line in found:
            print(line)
        return 1 if found else 0
    run_lupdate(CATALOG)
    todo = [(c, s) for c, s, _t, ok in entries(CATALOG) if not ok]
    print(f"update_translations: {CATALOG.relative_to(ROOT)}: {len(todo)} entries to translate")
    for context, source in todo:
        print(f"  [{context}] {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
