"""Status changes of defects: only the steps of ``DEFECT_TRANSITIONS`` (the server's rule).

The client mirrors the server so the UI can offer only legal steps and refuse the rest
with the same kind of message; the server enforces the rule again on push. A defect may
take several steps between two syncs (a crew offline all day): each step leaves its local
history event, and push replays the steps one by one so the server checks every one.

Pure: ``store.defects.change_status`` reads the defects, asks these rules and writes.
"""

from __future__ import annotations

from typing import Iterable, List, Mapping, Optional, Sequence, Tuple

from ...i18n import tr
from .. import catalogues as cat
from .rules import DefectError

# Steps that need a reason: a rejection says why, a duplicate says of which defect.
NOTE_REQUIRED = ("abgelehnt", "Duplikat")


def legal_next(status: Optional[str]) -> Tuple[str, ...]:
    return tuple(cat.DEFECT_TRANSITIONS.get(status, ()))


def common_next(statuses: Iterable[str]) -> Tuple[str, ...]:
    """Steps legal for every one of ``statuses`` (for a bulk action), in catalogue order."""
    statuses = set(statuses)
    if not statuses:
        return ()
    allowed = set.intersection(*(set(legal_next(s)) for s in statuses))
    return tuple(s for s in cat.DEFECT_STATUSES if s in allowed)


def check_note(to_status: str, note: Optional[str], duplicate_of: Optional[str] = None) -> str:
    note = (note or "").strip()
    if to_status == "abgelehnt" and not note:
        raise DefectError(tr("A rejection needs a reason."))
    if to_status == "Duplikat" and not (duplicate_of or "").strip():
        raise DefectError(tr("Name the defect this one duplicates."))
    return note


def check_target(to_status: str, note: Optional[str],
                 duplicate_of: Optional[str] = None) -> str:
    """The first checks of a status change: a known status and the note it needs; returns
    the note, stripped."""
    if to_status not in cat.DEFECT_STATUSES:
        raise DefectError(tr("Unknown status {status}.").format(status=repr(to_status)))
    return check_note(to_status, note, duplicate_of)


def duplicate_note(original: Optional[Mapping], duplicate_of: str,
                   defect_uuids: Sequence[str], note: str) -> str:
    """The note of a step to "Duplikat": names ``original`` (the defect ``duplicate_of``
    names, None when there is none), which must not be one of ``defect_uuids``."""
    if original is None:
        raise DefectError(tr("There is no defect {number}.").format(
            number=duplicate_of.strip()))
    if original["uuid"] in defect_uuids:
        raise DefectError(tr("A defect cannot be a duplicate of itself."))
    return f"Duplikat von {original['defect_number']}" + (f": {note}" if note else "")


def distinct(defect_uuids: Iterable[str]) -> List[str]:
    """The selection once each, in order; refuses an empty one."""
    uuids = list(dict.fromkeys(defect_uuids))
    if not uuids:
        raise DefectError(tr("Select at least one defect."))
    return uuids


def check_steps(uuids: Sequence[str], current: Mapping[str, Tuple[str, str]],
                to_status: str) -> None:
    """All or nothing: every defect of ``uuids`` exists in ``current`` (uuid → (status,
    number)) and may step to ``to_status``; else the first that may not is named."""
    for u in uuids:
        if u not in current:
            raise DefectError(tr("The defect {uuid} does not exist (any more).").format(uuid=u))
        status, number = current[u]
        if to_status not in legal_next(status):
            allowed = ", ".join(legal_next(status)) or "–"
            raise DefectError(tr('Illegal status change of {number} from "{old}" to "{new}" '
                                 '(allowed: {allowed}).').format(
                number=number, old=status, new=to_status, allowed=allowed))
