"""Fixtures of the intake tests: the ``world`` office of the personnel service tests (15.02
with a small OPD tree, both backends) and helpers to preview and apply as a user would."""

from __future__ import annotations

import pytest

from app.intake import IntakePreview, apply, preview
from app.intake.table import RawTable
from tests.core.services.personnel_fixtures import ADMIN, World, world  # noqa: F401


def run_preview(w: World, table: RawTable, actor=ADMIN, **kw) -> IntakePreview:
    return w.call(actor, preview, table, **kw)


def run_apply(w: World, plan: IntakePreview, actor=ADMIN, **kw):
    return w.call(actor, apply, plan, **kw)


@pytest.fixture
def messy_path(tmp_path):
    from tests.core.intake.fixtures.messy import write_messy

    return write_messy(tmp_path / "nominatif.xlsx")
