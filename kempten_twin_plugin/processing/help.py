"""Each Processing algorithm's help button opens its page of the user guide (a file:// URL
of the installed plugin's docs/handbuch); ``base.KemptenTwinAlgorithm.helpUrl`` asks here."""

from qgis.PyQt.QtCore import QUrl

from .. import paths

# algorithm id → page of docs/handbuch (without .html)
PAGES = {
    "generate_demo_city": "einrichten",
    "install_server_schema": "einrichten",
    "sync": "synchronisieren",
    "trace_upstream": "netz-verfolgen",
    "trace_downstream": "netz-verfolgen",
    "longitudinal_profile": "laengsschnitt",
    "network_checks": "netz-verfolgen",
    "import_open311": "maengel",
    "export_open311": "maengel",
    "work_order_pdf": "arbeitsauftrag",
    "import_isybau": "austausch",
    "import_m150": "austausch",
    "export_isybau": "austausch",
    "export_m150": "austausch",
    "validate_exchange": "austausch",
    "import_planned": "planung",
    "import_comments": "planung",
    "conflict_check": "planung",
    "review_report": "planung",
}


def help_url(algorithm_id: str) -> str:
    return QUrl.fromLocalFile(paths.handbook_page(PAGES.get(algorithm_id, "index"))).toString()

