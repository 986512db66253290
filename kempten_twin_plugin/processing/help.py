"""Each Processing algorithm's help button opens its page of the user guide (a file:// URL
of the installed plugin's docs/handbuch)."""

from qgis.PyQt.QtCore import QUrl

from .. import paths

# algorithm id → page of docs/handbuch (without .html)
PAGES = {
    "generate_demo_city": "einrichten",
    "install_server_schema": "einrichten",
    "sync_working_copy": "synchronisieren",
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
    "import_planned": "planung",
    "import_comments": "planung",
    "conflict_check": "planung",
    "review_report": "planung",
}


def help_url(algorithm_id: str) -> str:
    return QUrl.fromLocalFile(paths.handbook_page(PAGES.get(algorithm_id, "index"))).toString()


def give_help_urls(classes) -> None:
    """Every algorithm class of the provider answers ``helpUrl`` with its guide page
    (unless it has its own)."""
    for cls in classes:
        if "helpUrl" not in cls.__dict__:
            cls.helpUrl = lambda self: help_url(self.name())
