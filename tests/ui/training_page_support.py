"""Helpers of the Pelatihan page tests: the fixtures ``office`` (a fresh training office) and
``tctx`` (its context, the admin logged in) — a test module imports ``office_fixture`` and
``tctx_fixture`` — an open page, and
dialogs driven by their real widgets in place of their modal ``ask``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import ADMIN_PASSWORD, submit
from tests.ui.training_support import training_copy

WAIT = 15_000


@pytest.fixture(name="office")
def office_fixture(_office_template, tmp_path_factory, tmp_path):
    """(path, :class:`~tests.ui.training_support.Office`) of a fresh training office."""
    return training_copy(_office_template, tmp_path_factory, tmp_path)


@pytest.fixture(name="tctx")
def tctx_fixture(office):
    """A ServiceContext on the training office, the admin logged in."""
    from app.services.context import ServiceContext

    path, _office = office
    context = ServiceContext.open(str(path))
    context.login("admin", ADMIN_PASSWORD)
    yield context
    context.close()


def open_page(qtbot, ctx):
    from ui.pages.training_page import TrainingPage

    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    page.page_shown()
    settle(qtbot, page)
    return page


def settle(qtbot, page) -> None:
    """Wait until every read and write of the page has finished."""
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def replace_ask(monkeypatch, qtbot, cls, fill, submit_it: bool = True):
    """``cls.ask`` builds the real dialog, ``fill(dialog)`` types into it, then *Simpan* is
    clicked; returns what the dialog saved. The dialogs seen are kept in the returned list."""
    seen = []

    def ask(klass, *args, **kwargs):
        dialog = klass(*args, **kwargs)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        fill(dialog)
        dialog.validator.validate_now()  # as the 200 ms pause after typing would
        if submit_it:
            submit(qtbot, dialog)
        return dialog.result_value

    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return seen


def choose(form, name: str, code: str) -> None:
    """Pick ``code`` in a choice field as the clerk would."""
    form.widget(name).set_code(code)
    form._on_widget_edited(name)
