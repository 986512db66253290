"""The test process's own child processes (a reading process must not outlive its import)."""

import os


def children():
    """Our child processes still alive (or not yet reaped)."""
    found = []
    for task in os.listdir(f"/proc/{os.getpid()}/task"):
        with open(f"/proc/{os.getpid()}/task/{task}/children", encoding="ascii") as f:
            found += f.read().split()
    return found
