"""What differs between the QGIS versions the plugin runs on (3.22 … 4.x), for render/.

The newer API where QGIS has it, the old one on 3.22, so that neither version warns:
- fields: ``QgsField(name, QVariant.Type)`` is deprecated from QGIS 3.38 on, which wants
  ``QMetaType.Type`` (3.22 accepts only ``QVariant.Type``; Qt 6 has no ``QVariant.Type``);
- layout labels: ``QgsLayoutItemLabel.setFont`` is deprecated from 3.40 on, which wants a
  ``QgsTextFormat`` (``setTextFormat``, from 3.24 on).
"""

from qgis.core import Qgis, QgsField

# kind: (QMetaType.Type name, QVariant.Type name)
_FIELD_TYPES = {"string": ("QString", "String"), "int": ("Int", "Int"),
                "double": ("Double", "Double"), "bool": ("Bool", "Bool")}


def field(name, kind):
    """A QgsField of ``kind``: "string", "int", "double" or "bool"."""
    metatype_name, variant_name = _FIELD_TYPES[kind]
    if Qgis.versionInt() >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return QgsField(name, getattr(QMetaType.Type, metatype_name))
    from qgis.PyQt.QtCore import QVariant

    return QgsField(name, getattr(QVariant, variant_name))


def set_label_font(label, font):
    """The font of a layout label (its size in points as the QFont has it)."""
    if hasattr(label, "setTextFormat"):
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat()
        text_format.setFont(font)
        text_format.setSize(font.pointSizeF())
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
