"""What an import did, for the user: counts by kind, what was skipped and why, warnings."""

from __future__ import annotations

from collections import Counter
from typing import Dict, Optional, Union

from ...core.network.inspection import kind_name
from ...i18n import tr

# Result keys of the Processing algorithms (DESIGN.md §10), by working-copy table.
RESULT_KEYS = {"manhole": "MANHOLES", "pipe": "PIPES", "lateral": "LATERALS",
               "gully": "GULLIES", "inspection": "INSPECTIONS"}


def _inspection_name(kind):
    return {"Haltung": tr("Inspections of pipes"),
            "Leitung": tr("Inspections of laterals"),
            "Anschlussleitung": tr("Inspections of laterals"),
            "Schacht": tr("Inspections of manholes"),
            "Bauwerk": tr("Inspections of structures"),
            "Knoten": tr("Inspections of nodes")}.get(kind, tr("Inspections ({kind})").format(
                kind=kind))


class ImportReport:
    def __init__(self, path: str, format_name: str) -> None:
        self.path = path
        self.format_name = format_name
        self.version = ""
        self.crs = ""
        self.mode = ""
        self.kinds = Counter()  # (table, kind) -> objects read, e.g. ("manhole", "Schacht")
        self.inserted = Counter()  # table -> new rows
        self.updated = Counter()  # table -> rows matched by object code and updated
        self.inserted_kinds = Counter()  # (table, kind) -> new rows
        self.updated_kinds = Counter()  # (table, kind) -> updated rows
        self.observations = 0
        self.skipped = []  # (line, object_code, reason)
        self.warnings = []  # (line, object_code, message)
        self.kept_codes = Counter()  # (field, raw value) kept without interpretation
        self.overridden = Counter()  # (field, raw value, our value) mapped by a user override
        self.source = ""  # the delivery source the overrides were saved for
        self.reading_processes = 0  # read in this process; 1, or 2 for two parts (reader_process)
        self.reader_peak_mb = None  # their peak memory (together)

    @property
    def read_in_second_process(self) -> bool:
        return self.reading_processes > 0

    def restart(self) -> None:
        """Forget what a reading that is started over had found (reader_process)."""
        source = self.source
        self.__init__(self.path, self.format_name)
        self.source = source

    def skip(self, line: Union[int, str, None], code: Optional[str], reason: object) -> None:
        self.skipped.append((line, code or "", str(reason)))

    def warn(self, line: Union[int, str, None], code: Optional[str], message: object) -> None:
        self.warnings.append((line, code or "", str(message)))

    def count(self, table: str) -> int:
        return self.inserted[table] + self.updated[table]

    def count_kind(self, kind: str) -> int:
        """Objects of one kind written (new or updated), e.g. ``count_kind("Bauwerk")``."""
        return sum(n for (_, k), n in self.inserted_kinds.items() if k == kind) + \
            sum(n for (_, k), n in self.updated_kinds.items() if k == kind)

    def results(self) -> Dict[str, int]:
        """Counts by the fixed result keys, plus WARNINGS."""
        out = {key: self.count(table) for table, key in RESULT_KEYS.items()}
        out["WARNINGS"] = len(self.warnings)
        return out

    @staticmethod
    def _label(table):
        return {"manhole": tr("Manholes, connection points and structures (table manhole)"),
                "pipe": tr("Pipes (table pipe)"), "lateral": tr("Laterals (table lateral)"),
                "gully": tr("Street gullies (table gully)"),
                "inspection": tr("Inspections")}.get(table, table)

    def text(self) -> str:
        lines = [tr("Import report"), "=" * 13,
                 tr("File: {path}").format(path=self.path),
                 tr("Format: {format} {version}").format(format=self.format_name,
                                                         version=self.version).rstrip(),
                 tr("Coordinates: {crs}").format(crs=self.crs or tr("none read")),
                 tr("Mode: {mode}").format(mode=self.mode), ""]
        lines.append(tr("Imported by kind:"))
        for (table, kind), n in sorted(self.kinds.items()):
            name = _inspection_name(kind) if table == "inspection" else kind_name(kind)
            written = self.inserted_kinds[(table, kind)] + self.updated_kinds[(table, kind)]
            if table == "inspection" or written == n:
                lines.append(tr("  {name}: {n}").format(name=name, n=n))
            else:
                lines.append(tr("  {name}: {n} ({written} written)").format(
                    name=name, n=n, written=written))
        lines.append("")
        lines.append(tr("Working copy:"))
        for table in RESULT_KEYS:
            if self.count(table):
                lines.append(tr("  {table}: {new} new, {updated} updated").format(
                    table=self._label(table), new=self.inserted[table],
                    updated=self.updated[table]))
        if self.observations:
            lines.append(tr("  Observations: {n}").format(n=self.observations))
        lines.append("")
        lines.append(tr("Skipped: {n}").format(n=len(self.skipped)))
        for line, code, reason in self.skipped:
            lines.append(tr("  line {line} {code}: {reason}").format(line=line, code=code,
                                                                     reason=reason))
        lines.append("")
        lines.append(tr("Plausibility warnings: {n}").format(n=len(self.warnings)))
        for line, code, message in self.warnings:
            lines.append(tr("  line {line} {code}: {message}").format(line=line, code=code,
                                                                      message=message))
        if self.overridden:
            lines.append("")
            lines.append(tr("Codes mapped by your override (delivery source {source}):").format(
                source=self.source or "–"))
            for (field, raw, ours), n in sorted(self.overridden.items()):
                lines.append(f"  {field} = {raw!r} → {ours!r}: {n}")
        if self.kept_codes:
            lines.append("")
            lines.append(tr("Codes kept as given (not interpreted):"))
            for (field, value), n in sorted(self.kept_codes.items()):
                lines.append(f"  {field} = {value!r}: {n}")
        return "\n".join(lines) + "\n"

    def write(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.text())
