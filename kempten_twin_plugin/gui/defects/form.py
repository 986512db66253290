"""The "report a defect" form: the asset's open defects first, then the new report."""

import os

from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...core import catalogues as cat
from ...i18n import date_text, tr
from ...store import defects as store

ASSET_NAMES = {"gully": "Straßenablauf", "manhole": "Schacht", "pipe": "Haltung"}


def thumbnail(data, size=96):
    pixmap = QPixmap()
    pixmap.loadFromData(bytes(data))
    return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


class DefectForm(QDialog):
    """Saves the defect itself on OK; ``created`` holds its uuid afterwards."""

    def __init__(self, working_copy, candidate, settings, parent=None):
        super().__init__(parent)
        self.setObjectName("KemptenTwinDefectForm")
        self.setWindowTitle(tr("Report a defect"))
        self.setMinimumWidth(520)
        self._path = working_copy
        self._candidate = candidate
        self._settings = settings
        self.photo_paths = []
        self.created = None
        layout = QVBoxLayout(self)
        title = QLabel("<b>{}</b> {} {}".format(ASSET_NAMES.get(candidate.table, ""),
                                                candidate.object_code, candidate.street))
        layout.addWidget(title)

        db = store.connect(working_copy)
        try:
            existing = store.open_defects_of_asset(db, candidate.uuid)
        finally:
            db.close()
        self.existing_box = QGroupBox(tr("Open defects of this asset ({count})").format(
            count=len(existing)), self)
        existing_layout = QVBoxLayout(self.existing_box)
        self.existing_list = QListWidget(self.existing_box)
        for d in existing:
            QListWidgetItem(f"{d['defect_number']} · {d['category']} · {d['status']} · "
                            f"{date_text(d['reported_at'])}", self.existing_list)
        self.existing_list.setMaximumHeight(90)
        existing_layout.addWidget(self.existing_list)
        if existing:
            hint = QLabel(tr("Is your defect among these? Then no new report is needed."))
            hint.setStyleSheet("color: #a05a00")
            existing_layout.addWidget(hint)
        self.existing_box.setVisible(bool(existing))
        layout.addWidget(self.existing_box)

        form = QFormLayout()
        self.category = QComboBox(self)
        self.category.addItem(tr("– choose –"), None)
        for c in cat.DEFECT_CATEGORIES:
            self.category.addItem(c, c)
        form.addRow(tr("Category"), self.category)
        self.category.currentIndexChanged.connect(lambda index: self.error_label.setText(""))
        self.severity = QComboBox(self)
        for level, name in cat.SEVERITIES.items():
            self.severity.addItem(f"{level} – {name}", level)
        self.severity.setCurrentIndex(2)
        form.addRow(tr("Urgency"), self.severity)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(80)
        form.addRow(tr("Description"), self.description)
        self.reporter = QLineEdit(settings.user_name, self)
        form.addRow(tr("Reported by"), self.reporter)
        photos_row = QHBoxLayout()
        self.photos = QListWidget(self)
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(80, 80))
        self.photos.setMaximumHeight(110)
        add = QPushButton(tr("Add photos…"), self)
        add.clicked.connect(self.choose_photos)
        photos_row.addWidget(self.photos, 1)
        photos_row.addWidget(add)
        form.addRow(tr("Photos"), photos_row)
        layout.addLayout(form)
        self.error_label = QLabel("", self)
        self.error_label.setStyleSheet("color: #c00000; font-weight: bold")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def choose_photos(self):
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Photos of the defect"), "",
                                                tr("Photos (*.jpg *.jpeg *.png)"))
        self.add_photos(paths)

    def add_photos(self, paths):
        for path in paths:
            try:
                photo = store.read_photo(path)
            except store.DefectError as error:
                self.error_label.setText(str(error))
                continue
            if path in self.photo_paths:
                continue
            self.photo_paths.append(path)
            item = QListWidgetItem(QIcon(thumbnail(photo["bytes"])), os.path.basename(path))
            self.photos.addItem(item)

    def save(self):
        category = self.category.currentData()
        if not category:
            self.error_label.setText(tr("Choose a category: a defect without a category "
                                        "cannot be saved."))
            self.category.setFocus()
            return False
        db = store.connect(self._path)
        try:
            self.created = store.create_defect(
                db, asset_table=self._candidate.table, asset=self._candidate.uuid,
                category=category, severity=self.severity.currentData(),
                x=self._candidate.x, y=self._candidate.y,
                description=self.description.toPlainText().strip(),
                reported_by=self.reporter.text().strip(), source="staff",
                due_days=self._settings.due_days, photos=self.photo_paths,
                login=self._settings.user_name)
        except store.DefectError as error:
            self.error_label.setText(str(error))
            return False
        finally:
            db.close()
        self.accept()
        return True
