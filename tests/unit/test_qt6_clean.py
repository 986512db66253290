"""The plugin stays ready for Qt6 builds of QGIS: no enum member used unscoped."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_no_unscoped_enum_in_the_plugin():
    done = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "check_qt6.py")],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 unscoped enum use(s)" in done.stdout


def test_the_check_names_what_it_finds(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from qgis.core import Qgis\nfrom qgis.PyQt.QtCore import Qt\n"
                      "level = Qgis.Warning\nalign = Qt.AlignLeft\n")
    done = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "check_qt6.py"),
                           str(sample)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 1
    assert "Qgis.MessageLevel.Warning" in done.stdout and "Qt.AlignmentFlag.AlignLeft" in done.stdout
