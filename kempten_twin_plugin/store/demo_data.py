"""Build the demo city and write it as a working copy: one call for CLI and Processing."""

from ..core import demo_city
from . import working_copy


def build_demo_working_copy(path, pipes, seed, overwrite=False, progress=None,
                            is_canceled=None):
    """Generate the demo city and write it to ``path``; returns rows per table.

    Parameters are checked before any work starts, and the file appears only when
    complete: bad input or a cancel leave the disk as it was.
    """
    demo_city.validate_parameters(pipes, seed)
    working_copy.check_target(path, overwrite)

    def generator_progress(percent):
        if progress is not None:
            progress(percent * 0.5)

    def writer_progress(percent):
        if progress is not None:
            progress(50 + percent * 0.5)

    city = demo_city.generate(pipes, seed, generator_progress, is_canceled)
    meta = {"source": "demo-generator", "seed": seed, "pipes": pipes}
    return working_copy.write_working_copy(path, city.rows, overwrite, meta,
                                           writer_progress, is_canceled)
