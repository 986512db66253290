"""The object part of the "Kanalnetz" dock: attributes, derived values, neighbours as links,
open defects; a summary for a selection or a trace."""

from html import escape

from qgis.PyQt.QtCore import QUrl, pyqtSignal
from qgis.PyQt.QtWidgets import QTextBrowser

from ...i18n import decimal, tr, whole

LINK_SCHEME = "kt"


def _table(rows):
    cells = "".join(f"<tr><td style='color:#555;padding-right:8px'>{escape(str(label))}</td>"
                    f"<td>{escape(str(value))}</td></tr>" for label, value in rows)
    return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"


def report_html(report):
    parts = [f"<h3>{escape(report.title)}</h3>", _table(report.attributes)]
    if report.derived:
        parts += [f"<h4>{tr('Derived values')}</h4>", _table(report.derived)]
    if report.neighbours:
        parts.append(f"<h4>{tr('Neighbours')}</h4><table cellspacing='0' cellpadding='1'>")
        for link in report.neighbours:
            href = f"{LINK_SCHEME}:{link.table}/{link.uuid}"
            parts.append(f"<tr><td style='color:#555;padding-right:8px'>{escape(link.role)}</td>"
                         f"<td><a href='{href}'>{escape(link.code)}</a></td></tr>")
        parts.append("</table>")
    if report.inspections:
        parts.append(f"<h4>{tr('Inspections')}</h4>")
        parts.append(_table([(day, tr("{standard}: condition class {value}, {n} observations")
                              .format(standard=standard, value=value, n=n))
                             for day, standard, value, n in report.inspections]))
    parts.append(f"<h4>{tr('Open defects')}</h4>")
    if report.defects:
        parts.append(_table([(number, f"{category} · {tr('severity')} {severity} · {status}")
                             for number, category, severity, status in report.defects]))
    else:
        parts.append(f"<p>{tr('none')}</p>")
    return "".join(parts)


def summary_html(title, rows):
    return f"<h3>{escape(title)}</h3>{_table(rows)}"


def trace_rows(result):
    direction = tr("upstream") if result.direction == "upstream" else tr("downstream")
    rows = [
        (tr("Direction"), direction),
        (tr("Pipes"), whole(len(result.pipes))),
        (tr("Total length"), f"{decimal(result.total_length, 1, grouping=True)} m"),
        (tr("Manholes"), whole(len(result.manholes))),
        (tr("Connected gullies"), whole(result.gullies)),
        (tr("Laterals"), whole(result.laterals)),
    ]
    if result.direction == "downstream":
        rows.append((tr("Outlet reached"), ", ".join(result.outlets) if result.outlets
                     else tr("no") + (f" ({tr('ends at')} {', '.join(result.end_manholes)})"
                                      if result.end_manholes else "")))
    if result.stopped_at:
        rows.append((tr("Stopped at"), ", ".join(result.stopped_at)))
    if result.cycle_manholes:
        rows.append((tr("Warning"), tr("flow cycle through {codes}").format(
            codes=", ".join(result.cycle_manholes[:10]))))
    return rows


class InspectionView(QTextBrowser):
    """Shows HTML; a click on a neighbour emits ``link_activated(table, uuid)``."""

    link_activated = pyqtSignal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("KemptenTwinInspection")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._anchor)
        self.show_hint()

    def show_hint(self):
        hint = tr("Click a manhole, pipe, lateral or gully with the inspection tool, or "
                  "select pipes.")
        self.setHtml(f"<p style='color:#666'>{escape(hint)}</p>")

    def _anchor(self, url: QUrl):
        text = url.toString()
        if text.startswith(LINK_SCHEME + ":") and "/" in text:
            table, uuid = text[len(LINK_SCHEME) + 1:].split("/", 1)
            self.link_activated.emit(table, uuid)
