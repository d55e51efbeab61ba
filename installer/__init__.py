"""Building SIMPEG Luring for machines with no Python: PyInstaller spec, NSIS script, build.py."""
