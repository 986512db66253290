"""All plugin settings in one typed place, stored in QGIS's settings under ``kempten_twin/``.

Secrets never live here: a server is named by a QGIS PostgreSQL connection (whose
credentials sit in QGIS's auth database) or by a ``service=NAME`` of pg_service.conf.
"""

import getpass
import json
import os
from dataclasses import dataclass, field, fields
from typing import ClassVar, Dict, List, Optional

from qgis.core import QgsSettings

from .core.catalogues import DEFAULT_DUE_DAYS, DEFAULT_SERVICE_MAP
from .errors import KemptenTwinError
from .log import contains_password, password_refusal

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


def default_working_copy() -> str:
    return os.path.join(os.path.expanduser("~"), "KemptenTwin", "arbeitskopie.gpkg")


class SettingsError(KemptenTwinError, ValueError):
    """A value the settings refuse (a password, above all); nothing was saved."""


def _default_basemaps() -> List[dict]:
    return [dict(b) for b in DEFAULT_BASEMAPS]


def _default_service_map() -> Dict[str, list]:
    return {k: list(v) for k, v in DEFAULT_SERVICE_MAP.items()}


@dataclass
class Settings:
    """Every setting of the plugin, typed. ``load()`` reads them all from QgsSettings in one
    pass, ``save()`` writes them all (after ``check()``); nothing else touches the keys.

    Values are kept as the user meant them, with the defaults filled in and out-of-range
    numbers clamped on load, so code reading a field never needs to check it again.
    """

    working_copy: str = field(default_factory=default_working_copy)
    server: str = ""  # a QGIS PostgreSQL connection name or service=NAME; empty = no server
    server_schema: str = "kempten_twin"
    auto_sync_minutes: int = 0  # 0 = only when asked
    user_name: str = field(default_factory=getpass.getuser)
    basemaps: List[dict] = field(default_factory=_default_basemaps)
    # Planning: m per floor for buildings with floors but no height (3D, report); the
    # city's protection strip table as JSON (empty = the default of core.planning.conflicts).
    storey_height: float = 3.0
    protection_strips: str = ""
    # Defects: days until due by severity 1-4; how far from a gully a click or a citizen's
    # report may be to be attached to it; reports of one gully within this many days
    # become one defect; Open311 service_code → [category, severity]; the Open311 server.
    due_days: Dict[int, int] = field(default_factory=lambda: dict(DEFAULT_DUE_DAYS))
    snap_tolerance_m: float = 15.0
    open311_link_days: int = 7
    open311_service_map: Dict[str, list] = field(default_factory=_default_service_map)
    open311_url: str = ""
    # Printed documents (work order, Längsschnitt, review report): the title block's city,
    # office and logo (an SVG, PNG or JPEG file); a folder with the city's own templates
    # (kt_a4_portrait.qpt, kt_a3_landscape.qpt; empty = the plugin's).
    city_name: str = "Stadt Kempten (Allgäu)"
    office_name: str = "Amt für Tiefbau und Verkehr · Kanalbetrieb"
    logo_path: str = ""
    layout_folder: str = ""
    # Citizens' portal: the participation platform's link, with {project} (uuid),
    # {reference}, {name} and {building} (uuid), e.g.
    # https://beteiligung.example.de/vorhaben/{reference}#gebaeude-{building}; empty = no
    # links. Heights: a quasigeoid grid file (GCG2016 as GeoTIFF/GTX) or a constant height
    # anomaly in m for the site (0 = none), where PROJ has no GCG2016.
    portal_link_pattern: str = ""
    portal_geoid_grid: str = ""
    portal_height_anomaly: float = 0.0
    # Exchange files: the code mapping the user set in the import dialog, per delivery
    # source (the producer a file comes from): source → field → {code in the file: our
    # value}; see io.exchange.codes.
    exchange_code_mappings: Dict[str, Dict[str, Dict[str, str]]] = field(default_factory=dict)

    # Where each field lives under kempten_twin/ (a few older keys kept for existing users).
    KEYS: ClassVar[Dict[str, str]] = {"storey_height": "planning/storey_height",
                                      "protection_strips": "planning/protection_strips"}

    @classmethod
    def load(cls, store: Optional[QgsSettings] = None) -> "Settings":
        settings = cls()
        settings.reload(store)
        return settings

    def reload(self, store: Optional[QgsSettings] = None) -> None:
        """Read every field again (after the options page saved), keeping this object, so
        every part of the plugin holding it sees the new values."""
        store = store or QgsSettings()
        defaults = type(self)()
        for f in fields(self):
            raw = store.value(PREFIX + self.KEYS.get(f.name, f.name), None)
            setattr(self, f.name, _parse(f.name, raw, getattr(defaults, f.name)))

    def check(self) -> None:
        """Refuse what must never be stored: a password in the server setting, in any form
        (key=value, URI user:password@, ?password=)."""
        if contains_password(self.server):
            raise SettingsError(password_refusal())

    def save(self, store: Optional[QgsSettings] = None) -> None:
        self.check()
        store = store or QgsSettings()
        for f in fields(self):
            store.setValue(PREFIX + self.KEYS.get(f.name, f.name), _stored(getattr(self, f.name)))


def _stored(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value if isinstance(value, list) else
                          {str(k): v for k, v in value.items()}, ensure_ascii=False)
    return value


def _parse(name: str, raw, default):
    """A stored value as the field's type; the default where it is missing or broken."""
    if raw is None or raw == "":
        return default
    try:
        if isinstance(default, bool):
            return str(raw).lower() in ("1", "true", "yes")
        if isinstance(default, int):
            return max(0, int(raw))
        if isinstance(default, float):
            value = float(raw)
            return {"storey_height": min(10.0, max(2.0, value)),
                    "snap_tolerance_m": max(0.5, value),
                    "portal_height_anomaly": min(100.0, max(0.0, value))}.get(name, value)
        if isinstance(default, str):
            return str(raw).strip() or default
        value = json.loads(raw)
        if name == "due_days":
            days = {int(k): max(0, int(v)) for k, v in value.items()}
            return {s: days.get(s, d) for s, d in default.items()}
        if name == "exchange_code_mappings":
            return {str(source): {str(f): {str(c): str(v) for c, v in codes.items()}
                                  for f, codes in fields.items() if isinstance(codes, dict)}
                    for source, fields in value.items() if isinstance(fields, dict)}
        return value if isinstance(value, type(default)) else default
    except (TypeError, ValueError, AttributeError):
        return default


def postgres_connection_names():
    """Names of the PostgreSQL connections saved in QGIS (browser panel)."""
    settings = QgsSettings()
    settings.beginGroup("PostgreSQL/connections")
    names = sorted(settings.childGroups())
    settings.endGroup()
    return names
