"""Base for long work in the background: progress, cancel, and errors kept for the main thread.

``run()`` executes in a worker thread and must not touch the GUI or the project; the
result or the exception is handed to ``on_done(task)`` in the main thread by
``finished()``.
"""

from qgis.core import QgsTask


class Task(QgsTask):
    def __init__(self, description, work, on_done=None, can_cancel=True):
        flags = QgsTask.Flag.CanCancel if can_cancel else QgsTask.Flags()
        super().__init__(description, flags)
        self._work = work
        self._on_done = on_done
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self._work(self)
            return not self.isCanceled()
        except Exception as error:  # handed to the main thread, not swallowed
            self.error = error
            return False

    def finished(self, ok):
        if self._on_done is not None:
            self._on_done(self)
