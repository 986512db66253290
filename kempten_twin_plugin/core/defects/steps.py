"""Local status steps and the server's answers to them, over plain rows.

A status change made in the working copy leaves a local history event; the server writes
its own event for every step it applies, and a pull brings it back. A local event counts
as answered once a server event of the same step (from, to) has arrived, matched one to
one, oldest first, so a defect that went the same step twice (reopened and resolved
again) is answered twice before both hide. ``store.defect_steps`` reads the events.
"""

from __future__ import annotations

from typing import Callable, Hashable, List, Optional, Sequence, Tuple, TypeVar

R = TypeVar("R")
Step = Tuple[Optional[str], str, Optional[str]]  # (from, to, note)


def shown(rows: Sequence[R], is_local: Callable[[R], bool],
          step_of: Callable[[R], Hashable]) -> List[R]:
    """``rows`` of one defect (oldest first) without the local events the server has
    answered: each server event of a step answers one local event of that step."""
    answers = {}
    for row in rows:
        if not is_local(row):
            answers[step_of(row)] = answers.get(step_of(row), 0) + 1
    result = []
    for row in rows:
        if is_local(row) and answers.get(step_of(row), 0) > 0:
            answers[step_of(row)] -= 1
            continue  # the server's event of this step stands for it
        result.append(row)
    return result


def chain(local: Sequence[Step], from_status: Optional[str],
          to_status: Optional[str]) -> Optional[List[Step]]:
    """The steps of ``local`` (the unanswered local steps (from, to, note), oldest first)
    that lead from ``from_status`` to ``to_status``, oldest first; None when they hold no
    such chain. [] when there is nothing to go.

    Walks back from ``to_status`` through the steps and takes the longest chain that
    starts at ``from_status``.
    """
    if from_status == to_status:
        return []
    steps, wanted, start = [], to_status, None
    for step in reversed(local):
        if step[1] != wanted:
            break  # the chain is broken: older steps do not lead here
        steps.append(step)
        wanted = step[0]
        if step[0] == from_status:
            start = len(steps)
    if start is None:
        return None
    return list(reversed(steps[:start]))
