"""Build SIMPEG Luring for machines with no Python: one entry point, version from ``app``.

    python installer/build.py               the PyInstaller folder dist/simpeg-luring/
    python installer/build.py --installer   … and the Windows installer (on Windows, needs NSIS):
                                            dist/simpeg-luring-<version>-setup.exe
    python installer/build.py --nsis-check  compile installer/windows/simpeg.nsi against a dummy
                                            payload (any OS with makensis; nothing is bundled)

The bundle step compiles the translations, renders the icon and runs PyInstaller on
``installer/simpeg.spec``. Afterwards ``dist/simpeg-luring/simpeg-gui --self-test`` checks the
result. Exit 0 on success; otherwise one line on stderr saying which step failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "simpeg.spec"
NSIS_SCRIPT = ROOT / "installer" / "windows" / "simpeg.nsi"
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE_NAME = "simpeg-luring"
ICON = WORK / "installer" / "simpeg.ico"
ICON_ENV = "SIMPEG_BUILD_ICON"  # tells installer/simpeg.spec where the icon is
WINDOWS_NSIS = (Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "NSIS",
                Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "NSIS")


class BuildError(RuntimeError):
    """A build step failed; the message says which and why."""


def version() -> str:
    """``app.__version__`` (the package's own ``__init__``: no Qt, no database)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import app

    return app.__version__


def windows_version(text: str) -> str:
    """Four numbers for Windows version resources: '1.2.3rc1' -> '1.2.3.0'."""
    numbers = [int(n) for n in re.findall(r"\d+", text.split("+")[0])[:3]]
    if not numbers:
        raise BuildError(f"version {text!r} has no number in it")
    return ".".join(str(n) for n in (numbers + [0, 0, 0, 0])[:4])


def _run(step: str, command: list[str], **kw: object) -> None:
    print(f"build: {step}: {' '.join(str(c) for c in command)}", flush=True)
    try:
        subprocess.run(command, check=True, cwd=ROOT, **kw)  # type: ignore[call-overload]
    except FileNotFoundError as exc:
        raise BuildError(f"{step}: {command[0]} not found") from exc
    except subprocess.CalledProcessError as exc:
        raise BuildError(f"{step} failed (exit {exc.returncode})") from exc


def make_icon(icon: Path = ICON) -> Path:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM") or "offscreen"}
    _run("icon", [sys.executable, str(ROOT / "installer" / "icon.py"), str(icon)], env=env)
    return icon


def build_bundle(dist: Path = DIST, work: Path = WORK, clean: bool = False) -> Path:
    """``dist``/simpeg-luring/ with simpeg-gui and simpeg; returns the folder."""
    _run("translations", [sys.executable, str(ROOT / "scripts" / "build_translations.py")])
    icon = make_icon(work / "installer" / "simpeg.ico")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    _run("pyinstaller", command, env={**os.environ, ICON_ENV: str(icon)})
    bundle = dist / BUNDLE_NAME
    gui = bundle / ("simpeg-gui.exe" if sys.platform == "win32" else "simpeg-gui")
    if not gui.is_file():
        raise BuildError(f"pyinstaller finished but {gui} is missing")
    return bundle


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for folder in WINDOWS_NSIS:
        candidate = folder / "makensis.exe"
        if candidate.is_file():
            return str(candidate)
    raise BuildError("makensis not found: install NSIS (Windows: https://nsis.sourceforge.io, "
                     "or 'choco install nsis'; Debian/Ubuntu: apt-get install nsis)")


def build_installer(payload: Path, out: Path, ver: str | None = None,
                    icon: Path = ICON) -> Path:
    """Compile the NSIS script around ``payload`` (a PyInstaller folder) into ``out``."""
    ver = ver or version()
    out.parent.mkdir(parents=True, exist_ok=True)
    command = [find_makensis(), "-V2", "-WX",
               f"-DVERSION={ver}", f"-DVERSION4={windows_version(ver)}",
               f"-DSOURCE_DIR={payload.resolve()}", f"-DOUTFILE={out.resolve()}"]
    if icon.is_file():
        command.append(f"-DICON={icon.resolve()}")
    _run("nsis", [*command, str(NSIS_SCRIPT)])
    if not out.is_file():
        raise BuildError(f"makensis finished but {out} is missing")
    return out


def dummy_payload(folder: Path) -> Path:
    """A stand-in for the PyInstaller folder: the same names, tiny files."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "_internal" / "resources").mkdir(parents=True)
    for name in ("simpeg-gui.exe", "simpeg.exe"):
        (folder / name).write_bytes(b"MZ dummy payload for the NSIS check\n")
    (folder / "_internal" / "resources" / "README.txt").write_text("dummy\n", encoding="utf-8")
    return folder


def check_nsis(work: Path | None = None) -> Path:
    """Compile the installer script around a dummy payload; returns the test installer."""
    work = work or WORK / "nsis-check"
    icon = make_icon(work / "simpeg.ico")
    payload = dummy_payload(work / "payload")
    return build_installer(payload, work / "simpeg-luring-check-setup.exe", icon=icon)


def _size(path: Path) -> str:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()] \
        if path.is_dir() else [path]
    total = sum(p.stat().st_size for p in files)
    return f"{total / 1_000_000:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n")[0])
    parser.add_argument("--installer", action="store_true",
                        help="also build the Windows installer (on Windows, with NSIS)")
    parser.add_argument("--nsis-check", action="store_true",
                        help="only compile the NSIS script against a dummy payload")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (dist/)")
    parser.add_argument("--work", type=Path, default=WORK, help="work folder (build/)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if args.nsis_check:
            made = check_nsis(args.work / "nsis-check")
            print(f"build: NSIS script compiles: {made} ({_size(made)})")
            return 0
        if args.installer and sys.platform != "win32":
            raise BuildError("--installer needs a Windows build of the program: run it on "
                             "Windows (use --nsis-check to only check the script here)")
        bundle = build_bundle(args.dist, args.work, clean=args.clean)
        print(f"build: {bundle} ({_size(bundle)}) in {time.monotonic() - started:.0f} s")
        if args.installer:
            ver = version()
            setup = build_installer(bundle, args.dist / f"{BUNDLE_NAME}-{ver}-setup.exe", ver,
                                    icon=args.work / "installer" / "simpeg.ico")
            print(f"build: {setup} ({_size(setup)})")
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
