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


def plugin_phase(report):
    """QGIS's own profile: (time of the whole plugin-loading phase, our plugin's share)."""
    profile = report["startup_profile"]
    ours = [k for k in profile if k.endswith("/kempten_twin_plugin")]
    phase = ours[0].rsplit("/", 1)[0] if ours else None
    if phase is None:  # without the plugin: the phase that holds the processing plugin
        phase = next(k.rsplit("/", 1)[0] for k in profile if k.endswith("/processing"))
    return profile[phase], (profile[ours[0]] if ours else 0.0)


def main(rounds=7):
    start_once(True)  # warm the disk cache once for both
    ready_with, ready_without, phase_with, phase_without, own, reload_ = [], [], [], [], [], []
    for _ in range(rounds):
        report = start_once(True)
        ready_with.append(report["ready_seconds"])
        phase, share = plugin_phase(report)
        phase_with.append(phase)
        own.append(share)
        reload_.append(report["checks"]["plugin_start_seconds"])
        report = start_once(False)
        ready_without.append(report["ready_seconds"])
        phase_without.append(plugin_phase(report)[0])
    median = statistics.median
    return {
        "name": "QGIS start-up: plugin-loading phase (QGIS's own start-up profile)",
        "size": f"median of {rounds} alternating desktop starts each, Xvfb, 5 000-pipe city",
        "ours_s": round(median(phase_with), 3),
        "note": f"added {median(phase_with) - median(phase_without):+.3f} s; our plugin's entry "
                f"in the profile {median(own) * 1000:.0f} ms; unload + load + initGui in a "
                f"running QGIS {median(reload_) * 1000:.0f} ms; whole start to ready (noisy, "
                f"±0.5 s): {median(ready_with):.2f} s with, {median(ready_without):.2f} s "
                f"without",
        "comparator": "the same QGIS started without the plugin",
        "comparator_s": round(median(phase_without), 3),
        "goal": "< 0.3 s added",
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
