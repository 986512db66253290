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
