"""Helpers of the Referensi tests: dialogs answered through their real widgets, recorded
questions and warnings, the units of the tree by name."""

from __future__ import annotations

from collections.abc import Callable

from ui.dialogs import messages


def answer_with(monkeypatch, qtbot, dialog_class, fill: Callable) -> list:
    """Replace ``dialog_class.ask``: build the real dialog with the same arguments, let
    ``fill(dialog)`` act as the clerk, press the main button and wait for the service; the
    result is what the dialog saved (``None`` when it refused). Returns the dialogs made."""
    made: list = []

    def ask(cls, *args, **kwargs):
        dialog = cls(*args, **kwargs)
        qtbot.addWidget(dialog)
        made.append(dialog)
        fill(dialog)
        dialog.submit()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        return dialog.result_value

    monkeypatch.setattr(dialog_class, "ask", classmethod(ask))
    return made


def confirm_with(monkeypatch, answer: bool) -> list[tuple[str, str, str]]:
    """Answer every confirmation with ``answer``; the (title, text, action) asked."""
    asked: list[tuple[str, str, str]] = []

    def confirm(_parent, title, text, yes_text):
        asked.append((title, text, yes_text))
        return answer

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked


def record_warnings(monkeypatch) -> list[tuple[str, str]]:
    """The (title, text) of every warning box instead of showing it."""
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: warnings.append((title, text)))
    return warnings


def units(tab) -> dict:
    """The rows of the OPD tree by unit name."""
    return {r.name: r for r in tab.model.rows()}


def add_shared_jabatan(ctx, name: str = "Analis Sumber Daya Manusia Aparatur Ahli Muda"):
    """One entry of the province's shared catalogue, saved as a provincial steward would
    (it arrives in a bundle at a regency); the logged-in user is kept."""
    from app.services.reference import JabatanCatalogInput, save_jabatan
    from app.services.roles import CurrentUser, Role

    current = ctx.user
    ctx.set_user(CurrentUser(None, "pengelola", "Pengelola Provinsi", Role.STEWARD, "15"))
    try:
        return ctx.write(save_jabatan, JabatanCatalogInput(
            name=name, kind="fungsional_keahlian", jenjang="ahli_muda", shared=True))
    finally:
        ctx.set_user(current)
