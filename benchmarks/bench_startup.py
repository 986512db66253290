"""QGIS desktop start-up with the plugin against without it, measured in one run.

Each round starts the real QGIS desktop (Xvfb, fresh profile) twice, with and without the
plugin, alternating so that caches and machine load hit both alike; a probe inside QGIS
notes when the desktop is ready. The plugin's own share is also measured directly: the
time of a full unload + load + start of the plugin in a running QGIS.
"""

import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "build", "bench-startup")


def start_once(with_plugin):
    command = ["/usr/bin/python3", os.path.join(ROOT, "scripts", "qgis_desktop.py"),
               "--mode", "startup", "--out", OUT]
    if not with_plugin:
        command.append("--no-plugin")
    subprocess.run(command, check=True, capture_output=True, text=True)
    with open(os.path.join(OUT, "startup-result.json"), encoding="utf-8") as f:
        return json.load(f)


def main(rounds=5):
    start_once(True)  # warm the disk cache once for both
    with_plugin, without, plugin_start = [], [], []
    for _ in range(rounds):
        report = start_once(True)
        with_plugin.append(report["ready_seconds"])
        plugin_start.append(report["checks"]["plugin_start_seconds"])
        without.append(start_once(False)["ready_seconds"])
    ours = statistics.median(with_plugin)
    base = statistics.median(without)
    return {
        "name": "QGIS start-up with the plugin",
        "size": f"median of {rounds} alternating starts each, QGIS desktop under Xvfb",
        "ours_s": round(ours, 3),
        "note": f"added {ours - base:+.3f} s; the plugin's own load + initGui in a running "
                f"QGIS: median {statistics.median(plugin_start) * 1000:.0f} ms",
        "comparator": "the same QGIS started without the plugin",
        "comparator_s": round(base, 3),
        "goal": "< 0.3 s added",
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
