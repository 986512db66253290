"""Cutting a large ISYBAU file into two well-formed halves, so two processes read it.

An ISYBAU file is a long flat list of ``AbwassertechnischeAnlage`` elements inside a few
containers (Identifikation/Datenkollektive/Stammdatenkollektiv). Cut between two of them
near the middle, it gives two XML documents without copying a byte:
- the first half: the file up to the cut, then the containers' closing tags;
- the second half: the file's head (declaration, root, containers, up to the first
  object), then the file from the cut to its end.
Both are parsed by the same safe parser as the whole file. The cut is found with a byte
search, which a comment or CDATA holding a closing tag could fool; a wrong cut makes one
half ill-formed or the halves disagree, and the caller then reads the file whole
(reader_process), so a cut never changes what an import does.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import List, Optional, Tuple

from lxml import etree

from ..xml_safe import _parser_options, local_name, open_xml

OBJECT = "AbwassertechnischeAnlage"
_DELIMITERS = b" \t\r\n>/"
_WHITESPACE = b" \t\r\n"
_LOOK_AHEAD = 8_000_000  # bytes searched past the middle for a cut before giving up


@dataclass
class Part:
    """One half: byte ranges of the file read in order, then ``suffix``."""

    segments: List[Tuple[int, int]]
    suffix: bytes = b""

    def to_argument(self) -> str:
        return ";".join(f"{a}-{b}" for a, b in self.segments) + "|" + self.suffix.hex()

    @classmethod
    def from_argument(cls, text: str) -> Part:
        ranges, suffix = text.split("|")
        return cls([tuple(int(v) for v in r.split("-")) for r in ranges.split(";")],
                   bytes.fromhex(suffix))


class PartStream:
    """A file-like view of a Part for the parser (read and tell are all lxml uses)."""

    def __init__(self, path: str, part: Part) -> None:
        self._file = open(path, "rb")
        self._pieces = list(part.segments) + [None]
        self._suffix = part.suffix
        self.size = sum(b - a for a, b in part.segments) + len(part.suffix)
        self._position = 0
        self._left = 0  # bytes left in the current segment

    def read(self, n: Optional[int] = -1) -> bytes:
        n = self.size if n is None or n < 0 else n
        out = []
        while n > 0 and self._pieces:
            if self._left == 0:
                piece = self._pieces.pop(0)
                if piece is None:  # the closing tags after the last segment
                    out.append(self._suffix[:n])
                    self._suffix = self._suffix[n:]
                    n -= len(out[-1])
                    if self._suffix:
                        self._pieces.insert(0, None)
                    continue
                self._file.seek(piece[0])
                self._left = piece[1] - piece[0]
            data = self._file.read(min(n, self._left))
            if not data:  # the file shrank under us: end here, the parser will say so
                self._pieces = []
                break
            self._left -= len(data)
            n -= len(data)
            out.append(data)
        data = b"".join(out)
        self._position += len(data)
        return data

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> PartStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _qname(element):
    return (f"{element.prefix}:{local_name(element.tag)}" if element.prefix
            else local_name(element.tag)).encode("utf-8")


def _first_object(path, object_name=OBJECT):
    """(qualified name as written, [qualified names of its containers, outermost first])
    of the first object, or None."""
    try:
        with open_xml(path) as source:
            events = etree.iterparse(source, events=("start",), **_parser_options())
            for n, (_, element) in enumerate(events):
                if n > 10_000:  # no object near the start: not a file worth cutting
                    return None
                if local_name(element.tag) == object_name:
                    containers = [_qname(e) for e in element.iterancestors()][::-1]
                    return _qname(element), containers
    except etree.XMLSyntaxError:
        return None
    return None


def _starts_object(data, at, start_tag):
    while at < len(data) and data[at] in _WHITESPACE:
        at += 1
    end = at + len(start_tag)
    return data[at:end] == start_tag and end < len(data) and data[end] in _DELIMITERS


def find_halves(path: str, share: float = 0.5,
                object_name: str = OBJECT) -> Optional[Tuple[Part, Part]]:
    """The two Parts of ``path``, the first about ``share`` of it, or None when no clean
    cut is found there. ``object_name``: the local name of the elements of the flat list
    (a CityGML file's ``cityObjectMember`` has the same shape as ISYBAU's objects)."""
    found = _first_object(path, object_name)
    if found is None:
        return None
    qname, containers = found
    start_tag, end_tag = b"<" + qname, b"</" + qname + b">"
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        head = f.read(min(size, 1 << 20))
        head_end = next((i for i in _all(head, start_tag) if _starts_object(head, i, start_tag)),
                        None)
        if head_end is None:
            return None
        middle = int(size * share)
        f.seek(middle)
        window = f.read(_LOOK_AHEAD + len(end_tag) + 256)
        cut = next((middle + i + len(end_tag) for i in _all(window, end_tag)
                    if _starts_object(window, i + len(end_tag), start_tag)), None)
        if cut is None or cut <= head_end:
            return None
    closing = b"".join(b"</" + name + b">" for name in reversed(containers))
    first = Part([(0, cut)], closing)
    second = Part([(0, head_end), (cut, size)])
    return first, second


def line_shift(path: str, part: Part) -> int:
    """What turns a line number in ``part`` into the file's: the lines its second segment
    starts further down in the file than in the part. Counting them reads the file up to
    the cut, so the caller does it while the readers start."""
    if len(part.segments) < 2:
        return 0
    (_, head_end), (cut, _) = part.segments[:2]
    return _newlines(path, cut) - _newlines(path, head_end)


def _all(data, needle):
    at = data.find(needle)
    while at >= 0:
        yield at
        at = data.find(needle, at + 1)


def _newlines(path, end, chunk=1 << 24):
    count = 0
    with open(path, "rb") as f:
        left = end
        while left > 0:
            data = f.read(min(chunk, left))
            if not data:
                break
            count += data.count(b"\n")
            left -= len(data)
    return count
