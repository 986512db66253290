"""The plugin's menu and toolbar actions, made one way by every capability."""

from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QHBoxLayout, QPushButton

from .. import paths
from ..i18n import tr


def add_action(actions, window, menu, text, name, slot=None, icon=None, toolbar=None,
               checkable=False):
    """An action in ``menu`` (and ``toolbar``), appended to ``actions`` so that unload()
    removes exactly what was added. ``name`` is the object name tests and shortcuts use."""
    action = QAction(QIcon(paths.icon_path(icon)) if icon else QIcon(), text, window)
    action.setObjectName(name)
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(slot)
    if toolbar is not None:
        toolbar.addAction(action)
    menu.addAction(action)
    actions.append(action)
    return action


def list_buttons(parent, on_add, on_remove, on_reset):
    """The row under an editable list in the options: Add, Remove, Restore defaults."""
    row = QHBoxLayout()
    for text, slot in ((tr("Add"), on_add), (tr("Remove"), on_remove),
                       (tr("Restore defaults"), on_reset)):
        button = QPushButton(text, parent)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row
