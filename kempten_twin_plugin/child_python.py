"""The Python interpreter for a child process started from the plugin.

Inside the QGIS desktop ``sys.executable`` is not necessarily a Python that finds the
``qgis`` module (it may be QGIS itself); the interpreter installed with the running
Python (its exec_prefix) does, so it comes first, except in a virtual environment.
"""

import os
import shutil
import sys


def python_executable():
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [os.path.join(sys.exec_prefix, "bin", f"python{version}"),
                  os.path.join(sys.exec_prefix, "python.exe")]
    if os.path.basename(sys.executable or "").lower().startswith("python"):
        candidates.insert(0 if sys.prefix != sys.base_prefix else 2, sys.executable)  # a venv
    for candidate in candidates:
        if os.path.isfile(candidate):
            return candidate
    return shutil.which("python3") or shutil.which("python") or sys.executable


# The plugin's package as installed (its folder's name) and the folder that holds it.
PACKAGE = __name__.split(".")[0]
PACKAGE_PARENT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def module_command(module, python=None):
    """(command, environment) that runs our ``module`` (e.g. "io.exchange.reader_child") with
    ``python -m`` in a child process that finds this plugin's package."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (PACKAGE_PARENT, env.get("PYTHONPATH")) if p)
    return [python or python_executable(), "-m", f"{PACKAGE}.{module}"], env
