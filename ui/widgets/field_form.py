"""A form built from field specifications, for the employee record and its history dialogs.

Each :class:`FieldSpec` names a field of a service input dataclass (so a
:class:`~app.errors.FieldError` lands under the right widget), its label (English source in
the ``Fields`` context), and its kind. :class:`FieldForm` builds the widgets (objectName
``<prefix>.<field>``, the label as accessible name, an error line under each), reads typed
values back (:meth:`FieldForm.values`) and shows the service's errors and warnings.

A field shows its problems once the clerk has touched it (or after :meth:`touch_all`), so a
blank form does not open covered in red; the owner keeps "Simpan" disabled while any problem
exists, touched or not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.text import plain
from ui.widgets.choice_combo import ChoiceCombo, Item
from ui.widgets.date_field import DateField

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
_CTX = "Fields"
_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


class FieldKind(Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    CHOICE = "choice"


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the input dataclass attribute
    label: str  # English source in the "Fields" context
    kind: FieldKind = FieldKind.TEXT
    choices: str | None = None  # key of the choice list (CHOICE fields)
    required: bool = False  # the label carries a "*"
    hint: str = ""  # placeholder (English source in "Fields")
    max_length: int = 0


@dataclass(frozen=True)
class FieldGroup:
    title: str  # English source in "Fields"; "" for no frame
    fields: tuple[FieldSpec, ...]


ChoiceSource = Callable[[str], Sequence[Item]]


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text) if text else ""


class FieldForm(QWidget):
    edited = Signal(str)  # the field the clerk changed

    def __init__(self, prefix: str, groups: Sequence[FieldGroup], choices: ChoiceSource,
                 columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.groups = tuple(groups)
        self._choices = choices
        self._specs: dict[str, FieldSpec] = {}
        self._rows: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        self._boxes: list[tuple[QGroupBox, FieldGroup]] = []
        self.touched: set[str] = set()
        self._loading = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for n, group in enumerate(self.groups):
            grid.addWidget(self._build_group(group), n // columns, n % columns,
                           Qt.AlignmentFlag.AlignTop)
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        grid.setRowStretch(grid.rowCount(), 1)
        self.retranslate()

    # -- building ----------------------------------------------------------------------------
    def _build_group(self, group: FieldGroup) -> QWidget:
        box: QWidget
        if group.title:
            box = QGroupBox(self)
            self._boxes.append((box, group))
        else:
            box = QWidget(self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(4)
        if not group.title:
            form.setContentsMargins(0, 0, 0, 0)
        for spec in group.fields:
            form.addRow(*self._build_row(box, spec))
        return box

    def _build_row(self, box: QWidget, spec: FieldSpec) -> tuple[QLabel, QVBoxLayout]:
        widget = self._make_widget(spec)
        widget.setObjectName(f"{self.prefix}.{spec.name}")
        widget.setParent(box)
        label = QLabel(box)
        label.setBuddy(widget)
        error = QLabel(box)
        error.setObjectName(f"{self.prefix}.{spec.name}.error")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        error.setSizePolicy(policy)  # the whole row, even under a narrow field
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(1)
        if spec.kind in (FieldKind.INT, FieldKind.DECIMAL):
            # a narrow number box, left-aligned: its error line still spans the whole row
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column.addWidget(widget)
        column.addWidget(error)
        self._specs[spec.name] = spec
        self._rows[spec.name] = (label, widget, error)
        return label, column

    def _make_widget(self, spec: FieldSpec) -> QWidget:
        changed = lambda *_a, name=spec.name: self._on_widget_edited(name)  # noqa: E731
        if spec.kind is FieldKind.DATE:
            w: QWidget = DateField()
            w.edited.connect(changed)
        elif spec.kind is FieldKind.BOOL:
            w = QCheckBox()
            w.toggled.connect(changed)
        elif spec.kind is FieldKind.CHOICE:
            w = ChoiceCombo()
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            w.edited.connect(changed)
        elif spec.kind is FieldKind.LONG_TEXT:
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(56)
            w.textChanged.connect(changed)
        else:
            w = QLineEdit()
            if spec.max_length:
                w.setMaxLength(spec.max_length)
            if spec.kind in (FieldKind.INT, FieldKind.DECIMAL):
                w.setFixedWidth(140)
            w.textEdited.connect(changed)
        return w

    def _on_widget_edited(self, name: str) -> None:
        if self._loading:
            return
        self.touched.add(name)
        self.edited.emit(name)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for box, group in self._boxes:
            box.setTitle(_tr(group.title))
        for name, spec in self._specs.items():
            label, widget, _error = self._rows[name]
            text = _tr(spec.label)
            label.setText(text + (" *" if spec.required else "") + ":")
            widget.setAccessibleName(plain(text))
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(_tr(spec.hint))
            elif isinstance(widget, DateField):
                widget.retranslate()
            elif isinstance(widget, ChoiceCombo) and spec.choices:
                widget.set_choices(self._choices(spec.choices), empty="")

    def reload_choices(self) -> None:
        """Ask the choice source again (after the lists were loaded or the language changed)."""
        for name, spec in self._specs.items():
            widget = self._rows[name][1]
            if isinstance(widget, ChoiceCombo) and spec.choices:
                widget.set_choices(self._choices(spec.choices), empty="")

    # -- values ------------------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self._specs)

    def widget(self, name: str) -> QWidget:
        return self._rows[name][1]

    def label(self, name: str) -> QLabel:
        return self._rows[name][0]

    def values(self) -> dict[str, Any]:
        """Every field's typed value (unreadable text: ``None``, see :meth:`parse_errors`)."""
        return {name: self._value(name)[0] for name in self._specs}

    def parse_errors(self) -> dict[str, str]:
        """Fields whose text cannot be read as their kind, with the reason."""
        out = {}
        for name in self._specs:
            problem = self._value(name)[1]
            if problem:
                out[name] = problem
        return out

    def _value(self, name: str) -> tuple[Any, str]:
        spec, widget = self._specs[name], self._rows[name][1]
        if isinstance(widget, DateField):
            return widget.value(), widget.error()
        if isinstance(widget, QCheckBox):
            return widget.isChecked(), ""
        if isinstance(widget, ChoiceCombo):
            return widget.code(), ""
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip() or None, ""
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if not text or spec.kind is FieldKind.TEXT:
            return text or None, ""
        return _number(text, spec.kind)

    def set_values(self, values: Mapping[str, Any] | object) -> None:
        """Fill the fields from a mapping or a dataclass instance; nothing counts as touched."""
        self._loading = True
        try:
            for name in self._specs:
                value = (values.get(name) if isinstance(values, Mapping)
                         else getattr(values, name, None))
                self._set(name, value)
        finally:
            self._loading = False
        self.touched.clear()
        self.show_problems({}, {})

    def _set(self, name: str, value: Any) -> None:
        widget = self._rows[name][1]
        if isinstance(widget, DateField):
            widget.set_value(value if isinstance(value, date) else None)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, ChoiceCombo):
            widget.set_code(None if value is None else str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(_number_text(value))

    def set_value(self, name: str, value: Any) -> None:
        """Fill one field from code (a catalogue pick); it does not count as the clerk's edit."""
        self._loading = True
        try:
            self._set(name, value)
        finally:
            self._loading = False

    def set_text(self, name: str, text: str) -> None:
        """Type into a text or date field as the clerk would (the field becomes touched)."""
        widget = self._rows[name][1]
        if isinstance(widget, DateField):
            widget.set_text(text)
        elif isinstance(widget, QLineEdit):
            widget.setText(text)
        self._on_widget_edited(name)

    def set_enabled_fields(self, enabled: bool) -> None:
        for _label, widget, _error in self._rows.values():
            widget.setEnabled(enabled)

    # -- problems ----------------------------------------------------------------------------
    def touch_all(self) -> None:
        self.touched = set(self._specs)

    def show_problems(self, errors: Mapping[str, str], warnings: Mapping[str, str]) -> None:
        """Errors (red) and warnings (amber) under the touched fields they name."""
        for name, (_label, _widget, line) in self._rows.items():
            text, style = "", ERROR_STYLE
            if name in self.touched:
                if errors.get(name):
                    text = errors[name]
                elif warnings.get(name):
                    text, style = warnings[name], WARNING_STYLE
            line.setText(text)
            line.setStyleSheet(style)
            line.setVisible(bool(text))

    def field_error(self, name: str) -> str:
        """What the clerk reads under ``name`` ('' when nothing)."""
        line = self._rows[name][2]
        return line.text() if not line.isHidden() else ""

    def first_problem_widget(self, errors: Mapping[str, str]) -> QWidget | None:
        for name in self._specs:
            if name in errors:
                return self._rows[name][1]
        return None

    def label_text(self, name: str) -> str:
        return _tr(self._specs[name].label)


def _number(text: str, kind: FieldKind) -> tuple[Any, str]:
    cleaned = text.replace(" ", "")
    if kind is FieldKind.INT:
        digits = cleaned.replace(".", "") if _GROUPED.match(cleaned) else cleaned
        if digits.lstrip("-").isdigit():  # "2.500.000": rupiah as clerks write them
            return int(digits), ""
        return None, QCoreApplication.translate("Fields", "%1 is not a whole number.").replace(
            "%1", text)
    try:
        return Decimal(cleaned.replace(",", ".")), ""
    except InvalidOperation:
        return None, QCoreApplication.translate("Fields", "%1 is not a number.").replace("%1", text)


def _number_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").replace(".", ",")
    return str(value)
