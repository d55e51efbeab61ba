"""Constants the auth/context/backup tests share with their fixtures (see conftest.py)."""

from __future__ import annotations

from app.services.passwords import HashParams

SITE = "15.02"
ADMIN_PASSWORD = "kopi-tubruk-pagi"
CHEAP = HashParams(memory_kib=64, iterations=1, lanes=1)
