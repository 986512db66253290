"""The end-to-end desktop scenarios: steps that drive the plugin inside a real QGIS desktop
as a user would, one module per capability, beside the tests that start them
(tests/e2e/test_*desktop.py through scripts/qgis_desktop.py).

They run inside QGIS, never under pytest: scripts/qgis_probe.py (QGIS's ``--code``) loads
this package from the folder in ``KT_SCENARIOS`` and calls :func:`run` with the scenario
named in ``KT_MODE``. Each step returns how to wait before the next (``"render"``,
seconds, or a condition); findings, checks and screenshots go to the JSON report
(desktop.py).
"""

SCENARIOS = ("run", "e2e", "startup", "exchange", "defects", "planning")

_running = []  # the runner lives as long as QGIS


def steps(name):
    """The steps of scenario ``name``, in order."""
    from . import defects, desktop, exchange, lifecycle, map_view, network, planning, sync

    start = [desktop.wait_for_plugin]
    opened = [*start, desktop.check_gui, desktop.open_working_copy]
    scenarios = {
        # `make run`: screenshots for a person
        "run": [*opened, *map_view.STEPS, *network.STEPS],
        "e2e": [*opened, *map_view.STEPS, *map_view.BASEMAP_STEPS, *network.STEPS,
                *(sync.STEPS if sync.SYNC_SERVER else []), *lifecycle.STEPS],
        "startup": [*start, lifecycle.measure_plugin_start],
        "exchange": [*start, *exchange.STEPS],
        "defects": [*opened, *defects.STEPS],
        "planning": [*start, *planning.STEPS],
    }
    if name not in scenarios:
        raise ValueError(f"no desktop scenario {name!r}; known: {', '.join(SCENARIOS)}")
    return scenarios[name]


def run(name):
    """Runs scenario ``name`` on QGIS's event loop; the report is written when it ends."""
    from .desktop import Steps

    runner = Steps(steps(name))
    _running.append(runner)
    runner.start()
    return runner
