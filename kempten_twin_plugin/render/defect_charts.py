"""The repair statistics' bar charts as images (dock and work order), drawn with Qt.

What the four charts show is ``core.defects.statistics.chart_specs``.
"""

from typing import Callable, Dict, List, Optional, Union

from ..core.defects.statistics import DefectStatistics, chart_specs


def render_bar_chart(title: str, data: Dict, path: Optional[str] = None, width: int = 640,
                     height: int = 480, color: str = "#2f6fad",
                     value_format: Union[str, Callable] = "{:g}"):
    """A horizontal bar chart as a QImage (saved as PNG when ``path`` is given).

    ``value_format``: a format string or a function giving the text beside each bar."""
    from qgis.PyQt.QtCore import QRectF, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("DejaVu Sans", 12, QFont.Weight.Bold))
    painter.drawText(QRectF(10, 5, width - 20, 40),
                     Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, title)
    painter.setFont(QFont("DejaVu Sans", 10))
    items = list(data.items())
    if not items:
        painter.drawText(QRectF(10, 40, width - 20, 30), Qt.AlignmentFlag.AlignLeft, "–")
    else:
        top, label_w = 50, width * 0.38
        bar_h = min(32.0, (height - top - 10) / len(items))
        biggest = max(v for _, v in items) or 1
        for n, (name, value) in enumerate(items):
            y = top + n * bar_h
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(10, y, label_w - 15, bar_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(name))
            length = (width - label_w - 70) * (value / biggest)
            painter.fillRect(QRectF(label_w, y + bar_h * 0.15, length, bar_h * 0.7), QColor(color))
            painter.drawText(QRectF(label_w + length + 5, y, 65, bar_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             value_format(value) if callable(value_format)
                             else value_format.format(value))
    painter.end()
    if path:
        image.save(path, "PNG")
    return image


def write_charts(stats: DefectStatistics, folder: str) -> List[str]:
    """The four charts as PNG files in ``folder``; their paths."""
    paths = []
    for n, (title, data, color, fmt) in enumerate(chart_specs(stats)):
        path = f"{folder}/chart-{n}.png"
        render_bar_chart(title, data, path, color=color, value_format=fmt)
        paths.append(path)
    return paths
