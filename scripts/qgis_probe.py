"""Runs inside the QGIS desktop (qgis --code): runs one end-to-end desktop scenario.

Started by scripts/qgis_desktop.py, which passes its settings in KT_* environment
variables: KT_SCENARIOS, the folder of the scenarios (tests/e2e/scenarios), and KT_MODE,
the scenario's name (``run``, ``e2e``, ``startup``, ``exchange``, ``defects``,
``planning``). The scenarios' steps run one after another on QGIS's event loop and write
their JSON report beside the screenshots. QGIS runs this file with exec(), so the folder
comes from the environment, not from __file__.
"""

import importlib.util
import os
import sys

PACKAGE = "kt_desktop_scenarios"  # a private name: the repository is not put on sys.path


def load_scenarios(folder):
    """The scenarios package from its folder (its modules import each other relatively)."""
    if PACKAGE in sys.modules:
        return sys.modules[PACKAGE]
    spec = importlib.util.spec_from_file_location(
        PACKAGE, os.path.join(folder, "__init__.py"), submodule_search_locations=[folder])
    package = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = package
    spec.loader.exec_module(package)
    return package


load_scenarios(os.environ["KT_SCENARIOS"]).run(os.environ.get("KT_MODE", "run"))
