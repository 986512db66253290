"""Which codes a file uses in the fields the import maps (codes.MAPPED fields), before it is
imported: for the mapping table of the import dialog. One streaming pass over the file."""

from __future__ import annotations

from collections import Counter
from typing import Callable, List, Optional, Tuple

from lxml import etree

from ..xml_safe import _parser_options, _syntax_error, check_file, local_name, open_xml

# ISYBAU element → mapping field; only these elements are looked at.
_ISYBAU = {"KnotenTyp": "KnotenTyp", "Punktkennung": "Punktkennung", "KantenTyp": "KantenTyp",
           "Material": "Material", "MaterialAufbau": "Material",
           "MaterialUnterteil": "Material", "Profilart": "Profilart",
           "Entwaesserungsart": "Entwaesserungsart"}
# The parent an element must have to count (a Material inside an inspection's basic data
# is not the object's).
_ISYBAU_PARENTS = {"Material": ("Kante",), "Profilart": ("Profil",),
                   "Entwaesserungsart": ("AbwassertechnischeAnlage",)}
_M150 = {"KG305": "KG305", "KG306": "KG306", "HG313": "HG313", "HG304": "Material",
         "KG304": "Material", "HG305": "HG305", "HG302": "Kanalnutzung",
         "KG302": "Kanalnutzung"}
# Where a producer names itself, best first (the default delivery source).
_PRODUCER = ("Datenherkunft", "Auftragnehmer", "Systemname", "HI111", "KI111", "HI001",
             "KI001")


class ScanResult:
    def __init__(self, format_key: str) -> None:
        self.format_key = format_key
        self.codes = Counter()  # (field, raw code) -> count
        self.producer = ""

    def rows(self) -> List[Tuple[str, str, int]]:
        """(field, raw code, count), by field and code."""
        return [(f, c, n) for (f, c), n in sorted(self.codes.items())]


def scan_codes(path: str, format_key: str,
               is_canceled: Optional[Callable[[], bool]] = None) -> ScanResult:
    """The mapped codes of ``path`` (``format_key`` "isybau" or "m150") with their counts,
    and the producer the file names, if any."""
    check_file(path)
    result = ScanResult(format_key)
    wanted = _ISYBAU if format_key == "isybau" else _M150
    objects = ("AbwassertechnischeAnlage", "InspizierteAbwassertechnischeAnlage") \
        if format_key == "isybau" else ("HG", "KG")
    names = list(wanted) + list(_PRODUCER) + list(objects)
    tags = [f"{{*}}{name}" for name in names] if format_key == "isybau" else names
    producers = {}
    with open_xml(path) as source:
        try:
            for n, (_, element) in enumerate(etree.iterparse(source, events=("end",), tag=tags,
                                                             **_parser_options())):
                if n % 5000 == 0 and is_canceled is not None and is_canceled():
                    break
                name = local_name(element.tag)
                if name in objects:  # done with it: free it and what came before it
                    element.clear(keep_tail=False)
                    parent = element.getparent()
                    while parent is not None and element.getprevious() is not None:
                        del parent[0]
                    continue
                text = (element.text or "").strip()
                if name in _PRODUCER:
                    if text and name not in producers:
                        producers[name] = text
                elif text and name in wanted:
                    parents = _ISYBAU_PARENTS.get(name) if format_key == "isybau" else None
                    parent = element.getparent()
                    if parents is None or (parent is not None and
                                           local_name(parent.tag) in parents):
                        result.codes[(wanted[name], text)] += 1
                element.clear(keep_tail=False)
        except etree.XMLSyntaxError as error:
            raise _syntax_error(error) from None
    result.producer = next((producers[name] for name in _PRODUCER if name in producers), "")
    return result
