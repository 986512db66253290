"""The structure of a DWA-M 150 XML file (format 04-2010), as our own rules for ``validate``.

No M 150 schema (XSD) is public; DWA describes the format by its field catalogue (the
"Felddefinitionen" of the Merkblatt: for each field its code, name and format). The rules
here are the facts of that catalogue we check: which record types nest in which, which
field codes each record type has, and each field's format (``A<n>`` text of at most n
characters, ``I<n>`` a whole number of at most n digits, ``F<w>.<d>`` a number with a
decimal point or comma, ``D10`` a date, ``B1`` a yes/no mark, ``M``/``V`` free text), and
the coordinate system a point declares (GP002, reference table 302).
"""

from typing import Dict, Tuple

# Record type → its fields as "number:format" (DWA field catalogue, format 04-2010).
_FIELDS = {
    "FD": ("001:A10 002:A1"),
    "GO": ("001:A30 002:A10 003:A10 997:M 998:M 999:M"),
    "GP": ("001:A30 002:A3 003:F11.3 004:F11.3 005:A12 006:A12 007:F8.3 008:A1 009:A1 010:A3 "
            "101:A1 102:A1 999:M"),
    "HG": ("001:A33 002:A16 003:A16 004:A16 005:A33 006:A1 007:F7.2 008:A1 009:A2 010:A2 "
            "011:A33 012:A33 101:I6 102:M 103:I4 104:M 105:A6 106:A6 107:A6 108:I8 201:F11.3 "
            "202:F11.3 203:I1 204:F8.3 205:I1 206:F11.3 207:F11.3 208:I1 209:F8.3 210:I1 "
            "301:A1 302:A2 303:I4 304:A4 305:A2 306:I4 307:I4 308:A1 309:A4 310:F8.3 311:F7.2 "
            "312:F7.3 313:A1 314:F7.3 315:A1 316:B1 401:A1 402:A2 403:A4 404:A2 405:A1 406:A1 "
            "407:A1 408:A1 409:A2 410:I3 411:A1 998:M 999:M"),
    "HI": ("001:M 002:A8 003:I4 004:A1 005:A20 006:M 007:A2 008:M 101:A1 102:A1 103:A3 "
            "104:D10 105:A8 106:A7 107:A1 108:I3 109:A1 110:I3 111:M 112:M 113:M 114:A4 115:M "
            "116:M 117:A7 201:A1 202:D10 203:M 204:D10 205:M 206:I1 207:I1 208:I1 209:I3 "
            "210:I3 211:I3 212:I4 213:I4 214:I4 215:I5 216:I1 217:I10 998:M 999:M"),
    "HM": ("001:F6.2 002:A1 101:F8.3 102:A8 999:M"),
    "HZ": ("001:F6.1 002:A5 014:A6 015:A2 003:F7.1 004:F7.1 005:A3 006:A2 007:A2 008:M 009:M "
            "010:M 011:A1 012:B1 016:A1 017:A2 201:A1 202:D10 203:M 204:D10 205:M 206:I1 "
            "207:I1 208:I1 997:M 998:M 999:M"),
    "KA": ("001:A3 002:A4 003:I3 004:F7.2 005:F7.2 006:F7.2 007:A1 998:M 999:M"),
    "KG": ("001:A16 002:A10 101:I6 102:M 103:I4 104:M 105:A6 106:A6 107:A4 108:I4 201:F11.3 "
            "202:F11.3 203:I1 204:F8.3 205:I1 206:F11.3 207:F11.3 208:I1 209:F8.3 210:I1 "
            "211:F8.3 301:A1 302:A2 303:I4 304:A4 305:A1 306:A4 307:A1 308:I5 309:I5 310:A1 "
            "311:A4 312:A1 313:I5 314:I5 315:B1 316:A1 317:A4 318:I5 319:I5 320:A4 321:A1 "
            "322:A4 323:A3 324:I3 325:A4 326:A1 401:A1 402:A2 403:A4 404:A2 405:A1 406:A1 "
            "407:A1 408:A1 409:A2 998:M 999:M"),
    "KI": ("001:M 002:A8 003:I4 004:A1 005:A20 006:M 007:A2 008:M 101:A5 102:A5 103:A3 "
            "104:D10 105:A8 106:A7 107:A1 108:I3 109:A1 110:I3 111:M 112:M 113:M 114:A4 115:M "
            "116:M 117:A7 118:M 119:B1 120:B1 121:A1 122:M 201:A1 202:D10 203:M 204:D10 205:M "
            "206:I1 207:I1 208:I1 209:I3 210:I3 211:I3 212:I4 213:I4 214:I4 215:I5 216:I1 "
            "217:I10 998:M 999:M"),
    "KZ": ("001:F7.2 002:A5 014:A6 015:A2 003:F7.1 004:F7.1 005:A3 006:A2 007:A2 008:M 009:M "
            "010:M 011:A1 013:A3 016:A1 017:A2 201:A1 202:D10 203:M 204:D10 205:M 206:I1 "
            "207:I1 208:I1 997:M 998:M 999:M"),
    "RT": ("001:A3 002:V 003:V 004:M 999:M"),
}

FIELDS: Dict[str, Dict[str, str]] = {
    record: {record + item.split(":")[0]: item.split(":")[1] for item in text.split()}
    for record, text in _FIELDS.items()
}

# Which records a record holds (besides its own fields).
CHILDREN: Dict[str, Tuple[str, ...]] = {
    "DATA": ("FD", "HG", "KG", "RT"),
    "HG": ("GO", "HI", "HM"),
    "KG": ("GO", "KI", "KA"),
    "GO": ("GP",),
    "HI": ("HZ", "HM"),
    "KI": ("KZ",),
}
# Fields every record of a type needs.
REQUIRED: Dict[str, Tuple[str, ...]] = {
    "FD": ("FD001", "FD002"),
    "HG": ("HG001",),
    "KG": ("KG001",),
    "HZ": ("HZ002",),
    "KZ": ("KZ002",),
}
COORDINATE_SYSTEMS = ("GK", "UTM")  # reference table 302
FORMAT_TYPES = ("A", "B", "D", "Z")  # FD002
