"""Which coordinate reference system an exchange file's eastings and northings are in.

German sewer files carry one of: UTM eastings with the zone prefix (``32570396.311``),
UTM eastings without it (``570396.311``), or Gauss-Krüger eastings whose first digit is
the zone (``4390123.4`` = zone 4, EPSG:31468). The first coordinate decides (or the CRS
the user chose, or the one the file names); every later coordinate must fit the same
reading, else that object is skipped with a reason. All end up in EPSG:25832.
"""

from ..errors import KemptenTwinError
from ..i18n import tr
from ..store.schema import CRS_EPSG

GAUSS_KRUEGER = {2: 31466, 3: 31467, 4: 31468, 5: 31469}
UTM = {32: 25832, 33: 25833}
# Northings of Germany in the systems above (generous); anything else is not German data.
NORTHING_RANGE = (5_150_000.0, 6_150_000.0)


class CoordinateError(KemptenTwinError, ValueError):
    """A coordinate that does not fit the file's reference system; the message is for the user."""


def declared_epsg(name):
    """EPSG code of a CRS name as files write it (ETRS89_UTM32, DE_DHDN_3GK4, GK, …)."""
    text = (name or "").upper().replace(" ", "")
    for zone, epsg in UTM.items():
        if f"UTM{zone}" in text:
            return epsg
    for zone, epsg in GAUSS_KRUEGER.items():
        if f"GK{zone}" in text:
            return epsg
    return None


def parse_epsg(text):
    """An EPSG code from 'EPSG:31468', '31468' or '' (None: detect)."""
    text = (text or "").strip().upper()
    if not text:
        return None
    if text.startswith("EPSG:"):
        text = text[5:]
    if not text.isdigit():
        raise CoordinateError(tr("Unknown reference system {crs}: give an EPSG code such as "
                                 "EPSG:31468.").format(crs=text))
    epsg = int(text)
    from osgeo import osr  # here, not on top: see _transformer

    srs = osr.SpatialReference()
    if srs.ImportFromEPSG(epsg) != 0 or not srs.IsProjected():
        raise CoordinateError(tr("EPSG:{epsg} is not a projected reference system.")
                              .format(epsg=epsg))
    return epsg


def _transformer(epsg):
    # GDAL is loaded only when a file needs reprojecting: it is 40 MB of memory in each
    # reading process (reader_process), and most files are in EPSG:25832 already.
    from osgeo import osr

    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(epsg)
    target.ImportFromEPSG(CRS_EPSG)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target)


class CoordinateReader:
    """Turns file eastings/northings into EPSG:25832, deciding the reading once per file."""

    def __init__(self, chosen_epsg=None, declared=None):
        self.chosen_epsg = chosen_epsg
        self.declared_epsg = declared_epsg(declared) if declared else None
        self.epsg = None
        self.zone_prefix = None  # 32 when eastings carry the UTM zone in front
        self.reason = ""
        self._transform = None

    def declare(self, name):
        """The file named its CRS (ISYBAU CRSLage, DWA-M 150 GP002); used if nothing decided."""
        if self.declared_epsg is None and name:
            self.declared_epsg = declared_epsg(name)

    @property
    def decided(self):
        return self.epsg is not None

    def description(self):
        if self.epsg is None:
            return tr("no coordinates read")
        return tr("EPSG:{epsg} ({reason}); reprojected to EPSG:{target}").format(
            epsg=self.epsg, reason=self.reason, target=CRS_EPSG) if self.epsg != CRS_EPSG \
            else tr("EPSG:{epsg} ({reason})").format(epsg=self.epsg, reason=self.reason)

    def _decide(self, x):
        digits = len(str(int(abs(x))))
        if self.chosen_epsg is not None:
            self.epsg = self.chosen_epsg
            self.reason = tr("chosen by the user")
            if digits == 8 and int(x // 1_000_000) in UTM:
                self.zone_prefix = int(x // 1_000_000)
        elif digits == 8 and int(x // 1_000_000) in UTM:
            self.zone_prefix = int(x // 1_000_000)
            self.epsg = UTM[self.zone_prefix]
            self.reason = tr("UTM eastings with the zone prefix {zone}, prefix removed").format(
                zone=self.zone_prefix)
        elif digits == 7 and int(x // 1_000_000) in GAUSS_KRUEGER:
            zone = int(x // 1_000_000)
            self.epsg = GAUSS_KRUEGER[zone]
            self.reason = tr("Gauss-Krüger zone {zone}, from the easting's first digit").format(
                zone=zone)
        elif digits == 6:
            self.epsg = self.declared_epsg if self.declared_epsg in UTM.values() else CRS_EPSG
            self.reason = tr("UTM eastings without zone prefix; zone {zone} {how}").format(
                zone=self.epsg - 25800,
                how=tr("as the file says") if self.declared_epsg in UTM.values()
                else tr("assumed"))
        else:
            raise CoordinateError(tr("The easting {x} is neither UTM (with or without zone "
                                     "prefix) nor Gauss-Krüger; choose the source CRS.")
                                  .format(x=x))
        if self.declared_epsg is not None and self.chosen_epsg is None \
                and self.declared_epsg != self.epsg:
            self.reason += tr("; the file names EPSG:{declared}, the values say otherwise").format(
                declared=self.declared_epsg)
        if self.epsg != CRS_EPSG:
            self._transform = _transformer(self.epsg)

    def to_target(self, points):
        """[(x, y), …] in the file's system → [(x, y), …] in EPSG:25832."""
        if not points:
            return []
        if self.epsg is None:
            self._decide(points[0][0])
        out = []
        for x, y in points:
            if self.zone_prefix is not None:
                if int(x // 1_000_000) != self.zone_prefix:
                    raise CoordinateError(tr("The easting {x} lacks the zone prefix {zone} "
                                             "the other coordinates carry.")
                                          .format(x=x, zone=self.zone_prefix))
                x -= self.zone_prefix * 1_000_000
            elif self.chosen_epsg is None and self.epsg in GAUSS_KRUEGER.values():
                if int(x // 1_000_000) != self.epsg - 31464:
                    raise CoordinateError(tr("The easting {x} is not in the Gauss-Krüger zone "
                                             "{zone} of the other coordinates.")
                                          .format(x=x, zone=self.epsg - 31464))
            if not NORTHING_RANGE[0] <= y <= NORTHING_RANGE[1]:
                raise CoordinateError(tr("The northing {y} lies outside Germany; the "
                                         "coordinates are swapped or in another system.")
                                      .format(y=y))
            out.append((x, y))
        if self._transform is not None:
            out = [(p[0], p[1]) for p in self._transform.TransformPoints(out)]
        return out
