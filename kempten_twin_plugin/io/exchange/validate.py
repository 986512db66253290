"""Check an exchange file before importing it ("Datei prüfen", ``validate_exchange``).

Two passes over the file, both streaming (memory stays flat), neither touching a working
copy:

1. Structure: the file against the rules of its version (io.isybau.structure: element
   order and number, required elements, value types and code lists, written from the
   official ISYBAU schemas; io.m150.structure: the DWA-M 150 field catalogue). A finding
   the schema would refuse is an **error**; for ISYBAU 2024, whose schema is not public,
   an element we do not know is a warning.
2. Plausibility: the file read as an import reads it, without writing: every object the
   import would skip (with its reason), invert above cover, a length far longer than the
   drawn line (**warnings**); and the identity rules the ISYBAU schema states as keys
   (**errors**): an object code twice within Knoten or within Kanten (code and Objektart
   are the key; the import keeps the first), an edge naming a node (KnotenZulauf,
   KnotenAblauf) or a Leitung naming a Kante (Anschlussdaten) the file does not have. In a
   DWA-M 150 file, which states no keys, a missing node is a warning.

Each finding has the line in the file.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, List, Optional

from lxml import etree

from ...core.exchange.plausibility import asset_findings
from ...core.exchange.records import Asset
from ...errors import Cancelled
from ...i18n import tr
from ..crs import CoordinateError, CoordinateReader
from ..isybau import structure as isybau_structure
from ..isybau.reader import FORMAT as ISYBAU_FORMAT
from ..isybau.reader import IsybauReader
from ..m150 import structure as m150_structure
from ..m150.reader import FORMAT as M150_FORMAT
from ..m150.reader import M150Reader
from ..xml_safe import ExchangeError, _parser_options, _syntax_error, check_file, local_name, open_xml

ERROR, WARNING = "error", "warning"


@dataclass
class Finding:
    severity: str  # error or warning
    line: Optional[int]
    where: str  # the element, or the object code
    message: str


@dataclass
class ValidationReport:
    path: str
    format_name: str = ""
    version: str = ""
    rules: str = ""  # which structure rules were applied
    findings: List[Finding] = field(default_factory=list)
    objects: int = 0

    @property
    def errors(self) -> List[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> List[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    def add(self, severity: str, line: Optional[int], where: str, message: object) -> None:
        self.findings.append(Finding(severity, line, where, str(message)))

    def results(self) -> dict:
        return {"ERRORS": len(self.errors), "WARNINGS": len(self.warnings)}

    def text(self) -> str:
        lines = [tr("File check"), "=" * 10,
                 tr("File: {path}").format(path=self.path),
                 tr("Format: {format} {version}").format(format=self.format_name,
                                                         version=self.version).rstrip(),
                 tr("Structure rules: {rules}").format(rules=self.rules),
                 tr("Objects read: {n}").format(n=self.objects),
                 tr("Errors: {errors}, warnings: {warnings}").format(
                     errors=len(self.errors), warnings=len(self.warnings)), ""]
        for title, found in ((tr("Errors"), self.errors), (tr("Warnings"), self.warnings)):
            if not found:
                continue
            lines.append(f"{title}:")
            for f in sorted(found, key=lambda f: (f.line or 0)):
                lines.append(tr("  line {line} {where}: {message}").format(
                    line=f.line if f.line is not None else "–", where=f.where,
                    message=f.message))
            lines.append("")
        if not self.findings:
            lines.append(tr("No findings: the file can be imported as it is."))
        return "\n".join(lines).rstrip() + "\n"

    def write(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.text())


def validate_file(path: str, is_canceled: Optional[Callable[[], bool]] = None,
                  progress: Optional[Callable[[float], None]] = None) -> ValidationReport:
    """Check ``path`` (ISYBAU XML or DWA-M 150); ExchangeError only when it cannot be read
    at all (not XML, hostile, neither format)."""
    from .api import detect_format

    kind = detect_format(path)
    report = ValidationReport(path)
    scaled = (lambda share, offset: (lambda p: progress(offset + share * p))) \
        if progress is not None else (lambda share, offset: None)
    if kind == "isybau":
        report.format_name = ISYBAU_FORMAT
        _isybau_structure(path, report, is_canceled, scaled(0.5, 0.0))
        _plausibility(IsybauReader, path, report, is_canceled, scaled(0.5, 50.0))
    else:
        report.format_name = M150_FORMAT
        report.rules = tr("DWA-M 150 field catalogue, format 04-2010 (our rules)")
        _m150_structure(path, report, is_canceled, scaled(0.5, 0.0))
        _plausibility(M150Reader, path, report, is_canceled, scaled(0.5, 50.0))
    return report


# --- structure: ISYBAU ---------------------------------------------------------------------

_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_PATTERNS = {
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$"),
    "time": re.compile(r"^\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$"),
    "gYear": re.compile(r"^\d{4}(Z|[+-]\d{2}:\d{2})?$"),
    "gYearMonth": re.compile(r"^\d{4}-\d{2}(Z|[+-]\d{2}:\d{2})?$"),
}


def _value_problem(kind, argument, text):
    """Why ``text`` is no value of the simple type, or None."""
    value = (text or "").strip()
    if kind == "string":
        if argument and len(value) > argument:
            return tr("longer than {n} characters").format(n=argument)
        return None
    if kind == "decimal":
        if not _DECIMAL.match(value):
            return tr("{value!r} is not a number with a decimal point").format(value=value)
    elif kind == "integer":
        if not _INTEGER.match(value):
            return tr("{value!r} is not a whole number").format(value=value)
    elif kind == "boolean":
        if value not in ("true", "false", "1", "0"):
            return tr("{value!r} is not true/false or 1/0").format(value=value)
    elif kind in _PATTERNS:
        if not _PATTERNS[kind].match(value):
            return tr("{value!r} is not of the form {form}").format(
                value=value, form={"date": "JJJJ-MM-TT", "time": "hh:mm:ss", "gYear": "JJJJ",
                                   "gYearMonth": "JJJJ-MM"}[kind])
    elif kind == "enum":
        if value not in argument:
            return tr("{value!r} is not in the code list ({codes})").format(
                value=value, codes=", ".join(argument))
    elif kind == "range":
        low, high = argument
        if not (_INTEGER.match(value) and low <= int(value) <= high):
            return tr("{value!r} is not a whole number from {low} to {high}").format(
                value=value, low=low, high=high)
    return None


class _Frame:
    __slots__ = ("name", "type", "line", "position", "counts", "last", "missing")

    def __init__(self, name, type_, line):
        self.name, self.type, self.line = name, type_, line
        self.position = 0
        self.counts = Counter()
        self.last = None
        self.missing = {}  # particle index -> its "missing" finding


def _particle_names(particle):
    if isinstance(particle, isybau_structure.C):
        return " | ".join(e.name for e in particle.options)
    return particle.name


_ISYBAU_OBJECTS = ("AbwassertechnischeAnlage", "InspizierteAbwassertechnischeAnlage")


class _IsybauRules:
    """The structure rules of the file's version and the findings against them. The
    version is known only once Identifikation/Version has been read; till then the 2013
    rules apply, then those of the version (use)."""

    def __init__(self, report):
        self.report = report
        self.use("2013-02")

    def use(self, version):
        self.types, self.simple, self.strict = isybau_structure.types_for(version)

    def child_type(self, frame, name, line):
        """The type of element name inside the complex or simple type of frame (as _Frame
        wants it), with the findings on its place in frame."""
        if isinstance(frame.type, str):
            self.report.add(ERROR, line, frame.name, tr(
                "{parent} holds a value, not the element {name}").format(
                parent=frame.name, name=name))
            return isybau_structure.OPEN
        ctype = frame.type
        found = ctype.names.get(name)
        if found is None:
            if not ctype.open:
                severity = ERROR if self.strict else WARNING
                self.report.add(severity, line, frame.name, tr(
                    "element {name} is not allowed here").format(name=name))
            return isybau_structure.OPEN
        index, element = found
        if not ctype.open:
            self._place(frame, ctype, index, name, line)
        frame.counts[index] += 1
        frame.last = name
        particle = ctype.particles[index]
        if particle.max is not None and frame.counts[index] > particle.max:
            self.report.add(ERROR, line, frame.name, tr(
                "{name} appears more often than allowed ({n})").format(name=name,
                                                                       n=particle.max))
        if element.type == isybau_structure.OPEN:
            return element.type
        return self.types.get(element.type, element.type)

    def _place(self, frame, ctype, index, name, line):
        """A sequence: the particle at index comes neither too late nor after a gap."""
        report = self.report
        if index < frame.position:
            if index in frame.missing:  # not missing after all, only too late
                report.findings.remove(frame.missing.pop(index))
            report.add(ERROR, line, frame.name, tr(
                "{name} comes too late: it belongs before {last}").format(
                name=name, last=frame.last))
            return
        for j in range(frame.position, index):
            particle = ctype.particles[j]
            if frame.counts[j] < particle.min:
                report.add(ERROR, line, frame.name, tr(
                    "required {missing} is missing before {name}").format(
                    missing=_particle_names(particle), name=name))
                frame.missing[j] = report.findings[-1]
        frame.position = index

    def check_complete(self, frame):
        """At the end of a complex element: what it still lacks."""
        start = frame.position if not frame.type.open else 0
        for j in range(start, len(frame.type.particles)):
            particle = frame.type.particles[j]
            if frame.counts[j] < particle.min:
                self.report.add(ERROR, frame.line, frame.name, tr(
                    "required {missing} is missing").format(missing=_particle_names(particle)))

    def check_value(self, frame, text, depth):
        """At the end of a simple element: its value; Identifikation/Version (at depth 1)
        switches the rules to that version's."""
        kind, argument = self.simple.get(frame.type, ("string", None))
        problem = _value_problem(kind, argument, text)
        if problem is not None:
            self.report.add(ERROR, frame.line, frame.name, problem)
        if frame.name == "Version" and depth == 1:
            self.report.version = (text or "").strip()
            self.use(self.report.version)
            self.report.rules = _rules_text(self.report.version)
            return True
        return False


def _isybau_structure(path, report, is_canceled, progress):
    # The per-element work stays in this loop; _IsybauRules is asked only where an element
    # has rules to check (an element of a known complex type, the end of an element).
    rules = _IsybauRules(report)
    report.rules = tr("ISYBAU 2013 schema rules (our own, from 1302-*.xsd)")
    size = os.path.getsize(path) or 1
    stack = []
    open_type = isybau_structure.OPEN
    with open_xml(path) as stream:
        context = etree.iterparse(stream, events=("start", "end"), **_parser_options())
        try:
            for n, (event, element) in enumerate(context):
                if n % 5000 == 0:
                    _tick(stream, size, is_canceled, progress)
                name = local_name(element.tag)
                if not name:
                    continue
                if event == "start":
                    line = element.sourceline
                    if not stack:
                        stack.append(_Frame(name, rules.types["Identifikation"], line))
                        continue
                    parent = stack[-1]
                    child = open_type if parent.type == open_type else \
                        rules.child_type(parent, name, line)
                    stack.append(_Frame(name, child, line))
                    if name in _ISYBAU_OBJECTS:
                        report.objects += 1
                    continue
                frame = stack.pop()
                if isinstance(frame.type, isybau_structure.ComplexType):
                    rules.check_complete(frame)
                elif frame.type != open_type:
                    if rules.check_value(frame, element.text, len(stack)):
                        stack[0].type = rules.types["Identifikation"]
                if stack and frame.name in _ISYBAU_OBJECTS:
                    _drop_read(element)
        except etree.XMLSyntaxError as error:
            raise _syntax_error(error) from None
        finally:
            del context


def _tick(stream, size, is_canceled, progress):
    """Every few thousand elements: cancelled? how far?"""
    if is_canceled is not None and is_canceled():
        raise Cancelled()
    if progress is not None:
        progress(100.0 * stream.tell() / size)


def _drop_read(element):
    """Frees an object read to its end, and the siblings before it: memory stays flat."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def _rules_text(version):
    year = version[:4]
    if year < "2013":
        return tr("ISYBAU 2013 schema rules (a 2006 file is valid against them; our own, "
                  "from 1302-*.xsd)")
    if year < "2017":
        return tr("ISYBAU 2013 schema rules (our own, from 1302-*.xsd)")
    if year < "2024":
        return tr("ISYBAU 2017 schema rules (our own, from 1707-stammdaten.xsd and, for "
                  "Zustandsdaten, 1302-zustandsdaten.xsd)")
    return tr("ISYBAU 2024: no public schema; the 2017 rules, unknown elements as warnings")


# --- structure: DWA-M 150 ------------------------------------------------------------------

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_DATE_M150 = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4})$")


def _m150_value_problem(form, text):
    value = (text or "").strip()
    if not value or form in ("M", "V"):
        return None
    kind, size = form[0], form[1:]
    if kind == "A" and size.isdigit() and len(value) > int(size):
        return tr("longer than {n} characters").format(n=size)
    if kind == "I" and not (value.lstrip("+-").isdigit() and len(value.lstrip("+-")) <=
                            int(size)):
        return tr("{value!r} is not a whole number of at most {n} digits").format(
            value=value, n=size)
    if kind == "F" and not _NUMBER.match(value):
        return tr("{value!r} is not a number").format(value=value)
    if kind == "D" and not _DATE_M150.match(value):
        return tr("{value!r} is not a date (JJJJ-MM-TT or TT.MM.JJJJ)").format(value=value)
    if kind == "B" and value not in ("0", "1", "J", "N", "j", "n", "true", "false"):
        return tr("{value!r} is not a yes/no mark").format(value=value)
    return None


def _m150_structure(path, report, is_canceled, progress):
    # Fields, the bulk of the elements, are handled in this loop; a record's own checks
    # run once at its end (_m150_record_end).
    size = os.path.getsize(path) or 1
    stack = []  # (record name, line, fields seen)
    with open_xml(path) as stream:
        context = etree.iterparse(stream, events=("start", "end"), **_parser_options())
        try:
            for n, (event, element) in enumerate(context):
                if n % 5000 == 0:
                    _tick(stream, size, is_canceled, progress)
                name = element.tag if isinstance(element.tag, str) else ""
                if not name:
                    continue
                if event == "start":
                    line = element.sourceline
                    if not stack:
                        stack.append([name, line, {}])
                        continue
                    parent = stack[-1][0]
                    if parent in m150_structure.FIELDS and name in \
                            m150_structure.FIELDS[parent]:
                        stack.append([name, line, None])  # a field
                    else:
                        stack.append(_m150_record_start(name, line, parent, report))
                    continue
                record, line, fields = stack.pop()
                if fields is None:  # a field: its value
                    if stack and stack[-1][2] is not None:
                        stack[-1][2][record] = (element.text or "").strip()
                        form = m150_structure.FIELDS.get(stack[-1][0], {}).get(record)
                        problem = _m150_value_problem(form, element.text) if form else None
                        if problem:  # producers overstep the catalogue's sizes: readable
                            report.add(WARNING, line, record, problem)
                    continue
                _m150_record_end(record, line, fields, report)
                if record in ("HG", "KG"):
                    _drop_read(element)
        except etree.XMLSyntaxError as error:
            raise _syntax_error(error) from None
        finally:
            del context
    if stack == [] and report.objects == 0:
        report.add(WARNING, None, "DATA", tr("the file holds no HG or KG record"))


def _m150_record_start(name, line, parent, report):
    """The stack entry for an element in record parent that is none of its fields: a
    record it may hold, or (an error) something that does not belong there."""
    if name in m150_structure.CHILDREN.get(parent, ()):
        if name in ("HG", "KG"):
            report.objects += 1
        return [name, line, {}]
    what = tr("field") if name[:2] == parent[:2] else tr("record")
    report.add(ERROR, line, parent, tr("{what} {name} does not belong in {parent}").format(
        what=what, name=name, parent=parent))
    return [name, line, None]


def _m150_record_end(record, line, fields, report):
    """A record read to its end: its required fields, the file's format (FD), a point's
    coordinates (GP)."""
    for required in m150_structure.REQUIRED.get(record, ()):
        if not fields.get(required):
            report.add(ERROR, line, record, tr("required field {field} is missing "
                                               "or empty").format(field=required))
    if record == "FD":
        report.version = " ".join(v for v in (fields.get("FD001"), fields.get("FD002")) if v)
        if fields.get("FD002") and fields["FD002"] not in m150_structure.FORMAT_TYPES:
            report.add(ERROR, line, "FD002", tr("format type {value!r} is none of "
                                                "A, B, D, Z").format(value=fields["FD002"]))
    if record == "GP":
        _check_point(fields, line, report)


def _check_point(fields, line, report):
    system = fields.get("GP002", "")
    if system and system not in m150_structure.COORDINATE_SYSTEMS:
        report.add(ERROR, line, "GP002", tr("coordinate system {value!r} is neither GK nor UTM")
                   .format(value=system))
        return
    pair = ("GP005", "GP006") if system == "UTM" else ("GP003", "GP004")
    other = ("GP003", "GP004") if system == "UTM" else ("GP005", "GP006")
    if system and not (fields.get(pair[0]) and fields.get(pair[1])):
        if fields.get(other[0]) and fields.get(other[1]):
            report.add(WARNING, line, "GP002", tr(
                "GP002 says {system}, but the coordinates are in {fields}; they are read from "
                "there").format(system=system, fields="/".join(other)))
        else:
            report.add(WARNING, line, "GP", tr("point without coordinates ({fields})").format(
                fields="/".join(pair)))


# --- plausibility ---------------------------------------------------------------------------

class _Collector:
    """Stands in for the import report while the file is read without writing."""

    def __init__(self, report):
        self.report = report
        self.version = ""
        self.kept_codes = Counter()
        self.skipped = set()  # codes of objects the import would skip: still in the file

    def skip(self, line, code, reason):
        self.skipped.add(code)
        self.report.add(WARNING, line, code or "–", tr("not imported: {reason}").format(
            reason=reason))

    def warn(self, line, code, message):
        self.report.add(WARNING, line, code or "–", message)


def _plausibility(reader_class, path, report, is_canceled, progress):
    check_file(path)
    collector = _Collector(report)
    reader = reader_class(path, CoordinateReader(), collector)
    seen = {}  # (Knoten or Kante, code) -> line
    nodes, edges, references, joins = set(), set(), [], []
    keyed = reader_class is IsybauReader  # ISYBAU states its references as schema keys
    try:
        for record in reader.read(is_canceled, progress):
            if not isinstance(record, Asset):
                continue
            group = "Kante" if record.table in ("pipe", "lateral") else "Knoten"
            key = (group, record.code)
            if key in seen:
                report.add(ERROR, record.line, record.code, tr(
                    "the object code appears a second time among the {group} (first in line "
                    "{line}); code and Objektart are the key, the import keeps the first")
                    .format(group=group, line=seen[key]))
            else:
                seen[key] = record.line
            if group == "Knoten":
                nodes.add(record.code)
            else:
                edges.add(record.code)
                ends = (record.codes.get("KnotenZulauf"), record.codes.get("KnotenAblauf")) \
                    if keyed else (record.refs.get("from_manhole"), record.refs.get("to_manhole"))
                references += [(record.line, record.code, code) for code in ends]
                if keyed and record.codes.get("Anschlussdaten/Objektbezeichnung"):
                    joins.append((record.line, record.code,
                                  record.codes["Anschlussdaten/Objektbezeichnung"]))
            for message in asset_findings(record):
                collector.warn(record.line, record.code, message)
    except CoordinateError as error:
        report.add(WARNING, None, "–", str(error))
    except ExchangeError:
        raise
    if nodes:
        for line, code, node in references:
            if node and node not in nodes and node not in collector.skipped:
                report.add(ERROR if keyed else WARNING, line, code, tr(
                    "names the node {node!r}, which is not in the file").format(node=node))
    for line, code, edge in joins:
        if edge not in edges and edge not in collector.skipped:
            report.add(ERROR, line, code, tr(
                "joins the Kante {edge!r}, which is not in the file").format(edge=edge))
