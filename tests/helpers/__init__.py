"""Helpers the test tiers share (sample files, small networks, dumps): imported as
``tests.helpers.<module>``; pytest finds ``tests`` from the repository root (pyproject's
``pythonpath``)."""
