"""lxml's parsers and elements must be freed in the thread that made them.

Imports run in a QgsTask or a Processing thread; lxml objects left in reference cycles
are otherwise collected later by the main thread's garbage collector, which crashes
Python (seen on QGIS 3.40). Entry points that parse XML in a worker are wrapped with
``freed_in_this_thread`` so their cycles are collected before the result leaves.
"""

from __future__ import annotations

import functools
import gc
from typing import TYPE_CHECKING, Any, Callable, TypeVar

if TYPE_CHECKING:
    Function = TypeVar("Function", bound=Callable[..., Any])


def freed_in_this_thread(function: Function) -> Function:
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        finally:
            gc.collect()
    return wrapper
