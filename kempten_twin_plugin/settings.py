"""All plugin settings in one typed place, stored in QGIS's settings under ``kempten_twin/``.

Secrets never live here: a server is named by a QGIS PostgreSQL connection (whose
credentials sit in QGIS's auth database) or by a ``service=NAME`` of pg_service.conf.
"""

import getpass
import json
import os

from qgis.core import QgsSettings

PREFIX = "kempten_twin/"

# Bavarian open data of the state surveying office (LDBV), CC BY 4.0 (Parzellarkarte
# CC BY-ND 4.0). QGIS data source strings; the list is editable in the options page.
DEFAULT_BASEMAPS = [
    {
        "name": "Webkarte Bayern",
        "provider": "wms",
        "source": "contextualWMSLegend=0&crs=EPSG:25832&dpiMode=7&format=image/png"
                  "&layers=by_webkarte&styles=default&tileMatrixSet=adv_utm32"
                  "&url=https://geoservices.bayern.de/od/wmts/geobasis/v1/1.0.0/"
                  "WMTSCapabilities.xml",
        "visible": True,
    },
    {
        "name": "Digitales Orthophoto (DOP20)",
        "provider": "wms",
        "source": "contextualWMSLegend=0&crs=EPSG:25832&dpiMode=7&format=image/jpeg"
                  "&layers=by_dop20c&styles=&url=https://geoservices.bayern.de/od/wms/dop/v1/dop20",
        "visible": False,
    },
    {
        "name": "Parzellarkarte",
        "provider": "wms",
        "source": "contextualWMSLegend=0&crs=EPSG:25832&dpiMode=7&format=image/png"
                  "&layers=by_alkis_parzellarkarte_umr_schwarz&styles="
                  "&url=https://geoservices.bayern.de/od/wms/alkis/v1/parzellarkarte",
        "visible": True,
    },
]


def default_working_copy():
    return os.path.join(os.path.expanduser("~"), "KemptenTwin", "arbeitskopie.gpkg")


class Settings:
    """Typed access; each property reads and writes QgsSettings directly."""

    def __init__(self, settings=None):
        self._s = settings or QgsSettings()

    def _get(self, key, default):
        return self._s.value(PREFIX + key, default)

    def _set(self, key, value):
        self._s.setValue(PREFIX + key, value)

    @property
    def working_copy(self):
        return self._get("working_copy", "") or default_working_copy()

    @working_copy.setter
    def working_copy(self, path):
        self._set("working_copy", path or "")

    @property
    def server(self):
        """A QGIS PostgreSQL connection name, or ``service=NAME``; empty = no server."""
        return self._get("server", "") or ""

    @server.setter
    def server(self, value):
        value = (value or "").strip()
        if "password" in value.lower():
            raise ValueError("A password never goes into the plugin settings; "
                             "use a QGIS connection with an authentication configuration.")
        self._set("server", value)

    @property
    def server_schema(self):
        return self._get("server_schema", "") or "kempten_twin"

    @server_schema.setter
    def server_schema(self, value):
        self._set("server_schema", (value or "").strip())

    @property
    def auto_sync_minutes(self):
        """Minutes between automatic syncs; 0 = only when asked."""
        try:
            return max(0, int(self._get("auto_sync_minutes", 0)))
        except (TypeError, ValueError):
            return 0

    @auto_sync_minutes.setter
    def auto_sync_minutes(self, minutes):
        self._set("auto_sync_minutes", max(0, int(minutes)))

    @property
    def user_name(self):
        return self._get("user_name", "") or getpass.getuser()

    @user_name.setter
    def user_name(self, value):
        self._set("user_name", (value or "").strip())

    @property
    def basemaps(self):
        raw = self._get("basemaps", "")
        if raw:
            try:
                value = json.loads(raw)
                if isinstance(value, list):
                    return value
            except ValueError:
                pass
        return [dict(b) for b in DEFAULT_BASEMAPS]

    @basemaps.setter
    def basemaps(self, value):
        self._set("basemaps", json.dumps(list(value)))

    @property
    def storey_height(self):
        """m per floor for planned buildings that have floors but no height (3D, report)."""
        try:
            return min(10.0, max(2.0, float(self._get("planning/storey_height", 3.0))))
        except (TypeError, ValueError):
            return 3.0

    @storey_height.setter
    def storey_height(self, metres):
        self._set("planning/storey_height", float(metres))

    @property
    def protection_strips(self):
        """The city's protection strip table as JSON (empty = the default of
        planning.conflicts: DN ≤ 300: 1.5 m, ≤ 800: 2.5 m, larger: 3 m; manholes 2 m)."""
        return self._get("planning/protection_strips", "") or ""

    @protection_strips.setter
    def protection_strips(self, text):
        self._set("planning/protection_strips", text or "")


    # --- defects (issue 6) ---------------------------------------------------------

    @property
    def due_days(self):
        """Days until a defect is due, by severity 1–4 (the city's own rule)."""
        from .core.catalogues import DEFAULT_DUE_DAYS

        try:
            value = json.loads(self._get("due_days", "") or "{}")
            days = {int(k): max(0, int(v)) for k, v in value.items()}
        except (TypeError, ValueError, AttributeError):
            days = {}
        return {s: days.get(s, d) for s, d in DEFAULT_DUE_DAYS.items()}

    @due_days.setter
    def due_days(self, value):
        self._set("due_days", json.dumps({str(int(k)): int(v) for k, v in value.items()}))

    @property
    def snap_tolerance_m(self):
        """How far from a gully a click or a citizen's report may be to be attached to it."""
        try:
            return max(0.5, float(self._get("snap_tolerance_m", 15.0)))
        except (TypeError, ValueError):
            return 15.0

    @snap_tolerance_m.setter
    def snap_tolerance_m(self, metres):
        self._set("snap_tolerance_m", float(metres))

    @property
    def open311_link_days(self):
        """Reports of the same gully within this many days become one defect."""
        try:
            return max(0, int(self._get("open311_link_days", 7)))
        except (TypeError, ValueError):
            return 7

    @open311_link_days.setter
    def open311_link_days(self, days):
        self._set("open311_link_days", max(0, int(days)))

    @property
    def open311_service_map(self):
        """Open311 service_code → [category, severity]."""
        from .io.open311 import DEFAULT_SERVICE_MAP

        raw = self._get("open311_service_map", "")
        if raw:
            try:
                value = json.loads(raw)
                if isinstance(value, dict):
                    return value
            except ValueError:
                pass
        return {k: list(v) for k, v in DEFAULT_SERVICE_MAP.items()}

    @open311_service_map.setter
    def open311_service_map(self, value):
        self._set("open311_service_map", json.dumps(dict(value), ensure_ascii=False))

    @property
    def open311_url(self):
        return self._get("open311_url", "") or ""

    @open311_url.setter
    def open311_url(self, value):
        self._set("open311_url", (value or "").strip())


def postgres_connection_names():
    """Names of the PostgreSQL connections saved in QGIS (browser panel)."""
    settings = QgsSettings()
    settings.beginGroup("PostgreSQL/connections")
    names = sorted(settings.childGroups())
    settings.endGroup()
    return names
