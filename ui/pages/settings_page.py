"""Pengaturan: the interface language, what database this window works on, and its backups
(:class:`ui.widgets.backup_panel.BackupPanel`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.config import app_paths
from ui import i18n
from ui.pages.base import Page
from ui.pages.registry import register_page
from ui.settings import UiSettings
from ui.widgets.backup_panel import BackupPanel

if TYPE_CHECKING:
    from app.services.context import ServiceContext


def masked_url(url: str) -> str:
    """A database URL fit to show: any password replaced by ***."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


@register_page("pengaturan")
class SettingsPage(Page):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.settings = UiSettings()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        self.heading = QLabel(self)
        self.heading.setObjectName("settings.heading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.language_box = QGroupBox(self)
        self.language_box.setObjectName("settings.language_box")
        form = QFormLayout(self.language_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_label = QLabel(self.language_box)
        self.language = QComboBox(self.language_box)
        self.language.setObjectName("settings.language")
        self.language.setMinimumContentsLength(20)
        for lang in i18n.LANGUAGES:
            self.language.addItem(i18n.language_name(lang), lang)
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.language_hint = QLabel(self.language_box)
        self.language_hint.setWordWrap(True)
        form.addRow(self.language_hint)
        self.language_box.setMaximumWidth(820)
        layout.addWidget(self.language_box)
        self.database_box = QGroupBox(self)
        self.database_box.setObjectName("settings.database_box")
        self.database_form = QFormLayout(self.database_box)
        self._info: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("office", "database", "kind", "data", "backups"):
            self._add_info(key)
        self.database_box.setMaximumWidth(820)
        layout.addWidget(self.database_box)
        self.backup_box = BackupPanel(ctx, self)  # Cadangan: ui.widgets.backup_panel
        self.backup_box.setMaximumWidth(820)
        layout.addWidget(self.backup_box, 1)
        layout.addStretch(0)
        self._fill_info()
        self.retranslate()

    def _add_info(self, key: str) -> None:
        label = QLabel(self.database_box)
        value = QLabel(self.database_box)
        value.setObjectName(f"settings.info.{key}")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        self.database_form.addRow(label, value)
        self._info[key] = (label, value)

    def _fill_info(self) -> None:
        ctx = self.ctx
        paths = app_paths()
        values = {
            "office": f"{ctx.office_name} ({ctx.office_code})",
            "database": ctx.db_label if ctx.is_sqlite else masked_url(str(ctx.url)),
            "data": str(paths.data),
            "backups": str(paths.backups),
        }
        for key, text in values.items():
            self._info[key][1].setText(text)
        self._fill_kind()

    def _fill_kind(self) -> None:
        if not self.ctx.is_sqlite:
            text = self.tr("PostgreSQL (database server)")
        else:
            path = Path(self.ctx.db_label)
            size = path.stat().st_size if path.exists() else 0
            text = self.tr("SQLite file on this computer, %1 MB").replace(
                "%1", QLocale().toString(size / 1_000_000, "f", 1))
        self._info["kind"][1].setText(text)

    def _on_language_changed(self, _index: int) -> None:
        lang = self.language.currentData()
        if lang and lang != i18n.current_language():
            self.settings.language = lang
            i18n.set_language(lang)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Interface language:"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language_hint.setText(self.tr(
            "The change applies at once and is remembered for this computer's user."))
        self.database_box.setTitle(self.tr("Database"))
        self._fill_kind()
        titles = {
            "office": self.tr("Office:"),
            "database": self.tr("Database:"),
            "kind": self.tr("Kind:"),
            "data": self.tr("Data folder:"),
            "backups": self.tr("Backup folder:"),
        }
        for key, (label, value) in self._info.items():
            label.setText(titles[key])
            value.setAccessibleName(titles[key].rstrip(":"))
