"""Whole processes, measured as the operating system counts them, ours beside a comparator.

``paired(ours, theirs, rounds)`` runs the two commands in turn (A B A B …), each as a
process of its own, and keeps for each run its wall time, CPU time (user + system, from
the kernel's accounting of the finished process) and peak memory (its largest resident
set). The figures are medians; the ratio is the median of the ratios of each pair, so a
stretch when the machine is busy slows both of a pair and does not decide the ratio.
``prepare`` runs before every run of either command (outside the timing), e.g. to remove
the file the previous run wrote.
"""

import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence


@dataclass
class Run:
    wall_s: float
    cpu_s: float
    peak_mb: float


def run(command: Sequence[str], env: Optional[dict] = None, cwd: Optional[str] = None) -> Run:
    """One whole process: (wall, CPU, peak memory). Raises if it fails."""
    return run_capture(command, env, cwd)[0]


def run_capture(command: Sequence[str], env: Optional[dict] = None,
                cwd: Optional[str] = None) -> "tuple[Run, str]":
    """One whole process and what it printed.

    GNU time (Debian's `time`) starts it and reports the kernel's accounting of it: a
    process forked straight from this large one would carry this one's resident set as
    its peak until its exec."""
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        started = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-o", timing.name, "-f", "%e %U %S %M",
                               *command], env=env, cwd=cwd, stdout=out, stderr=err)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        printed, errors = out.read().decode(errors="replace"), err.read().decode(errors="replace")
        figures = timing.read().split()
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {errors[-2000:]}")
    _elapsed, user, system, peak_kb = figures[-4:]
    return Run(wall, float(user) + float(system), float(peak_kb) / 1024.0), printed


@dataclass
class Pair:
    ours: List[Run]
    theirs: List[Run]

    def median(self, which: str, field: str) -> float:
        return statistics.median(getattr(r, field) for r in getattr(self, which))

    @property
    def ratio(self) -> float:
        return statistics.median(a.wall_s / b.wall_s for a, b in zip(self.ours, self.theirs))

    @property
    def cpu_ratio(self) -> float:
        return statistics.median(a.cpu_s / b.cpu_s for a, b in zip(self.ours, self.theirs))

    def row(self, name: str, size: str, comparator: str, goal: str, note: str = "") -> dict:
        """A row for BENCHMARKS.md (benchmarks/run_all.py renders it)."""
        ratios = ", ".join(f"{a.wall_s / b.wall_s:.2f}" for a, b in zip(self.ours, self.theirs))
        return {
            "name": name, "size": size, "goal": goal, "comparator": comparator,
            "ours_s": round(self.median("ours", "wall_s"), 3),
            "comparator_s": round(self.median("theirs", "wall_s"), 3),
            "ours_cpu_s": round(self.median("ours", "cpu_s"), 3),
            "comparator_cpu_s": round(self.median("theirs", "cpu_s"), 3),
            "ours_peak_mb": round(self.median("ours", "peak_mb"), 1),
            "comparator_peak_mb": round(self.median("theirs", "peak_mb"), 1),
            "ratio": round(self.ratio, 3), "cpu_ratio": round(self.cpu_ratio, 3),
            "note": (note + "; " if note else "") + f"median of {len(self.ours)} alternating "
                    f"pairs (per-pair wall ratios {ratios}); load average "
                    f"{os.getloadavg()[0]:.1f} at the end",
        }


def paired(ours: Sequence[str], theirs: Sequence[str], rounds: int = 3,
           prepare: Optional[Callable[[str], None]] = None,
           env: Optional[dict] = None) -> Pair:
    """``rounds`` pairs, ours first in each; ``prepare("ours"|"theirs")`` before each run."""
    result = Pair([], [])
    for _ in range(rounds):
        for which, command in (("ours", ours), ("theirs", theirs)):
            if prepare is not None:
                prepare(which)
            getattr(result, which).append(run(command, env=env))
    return result
