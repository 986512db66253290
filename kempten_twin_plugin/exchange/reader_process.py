"""Reading a large exchange file in a second process while this one writes.

An import spends most of its time in Python walking the XML (lxml parses in C, but every
object's fields are read in Python) and the rest writing the working copy. The two do not
overlap in threads (the interpreter lock), but they do in two processes: the reader runs
in a child process and streams its records here in pickled batches, in file order, while
this process writes them. On a two-core machine the import then takes about as long as
reading alone.

The child is the same reader as in-process (same code, same translations), so records,
skip reasons, line numbers and the coordinate reading are the same; events the reader
reports (skips, progress) travel in the stream in their place between the records. The
file is checked (root element, DTD, size) here before the child starts, and the whole
import stays one transaction here: a reader error in the child aborts it like in-process.
"""

import os
import pickle
import queue
import subprocess
import tempfile
import threading

from ..core.child_python import module_command, python_executable
from ..i18n import tr
from .safe_xml import Cancelled, ExchangeError

# Below this size the child's start (about half a second) costs more than it saves.
MIN_BYTES = 16_000_000

def worth_a_process(path):
    # KT_READING_PROCESS_MIN_BYTES lets the end-to-end test take this path with a small file.
    least = int(os.environ.get("KT_READING_PROCESS_MIN_BYTES", MIN_BYTES))
    return (os.cpu_count() or 1) >= 2 and os.path.getsize(path) >= least


def _python():
    return python_executable()  # a seam for the test of a dying reader


def _language():
    """The language our translations are shown in here ("en" when none is installed)."""
    probe = tr("Import report")
    return "de" if probe != "Import report" else "en"


class _Described:
    """Stands in for the child's CoordinateReader once reading is done."""

    def __init__(self, text):
        self.text = text

    def description(self):
        return self.text


class ReaderInChild:
    """Wraps an in-process reader (already constructed, so the file is checked) and runs
    the same reading in a child process; ``read()`` yields the child's records."""

    def __init__(self, reader, source_epsg):
        self.format_name = reader.format_name
        self.path = reader.path
        self.report = reader.report
        self.coordinates = reader.coordinates
        self.source_epsg = source_epsg

    def _command(self):
        command, env = module_command("exchange.reader_child", _python())
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return command + [self.format_name, self.path, str(self.source_epsg or ""),
                          _language()], env

    def read(self, is_canceled=None, progress=None):
        command, env = self._command()
        with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
            process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.PIPE, stderr=log)
            # A thread takes the batches off the pipe as they come (it waits outside the
            # interpreter lock), so the child never stalls on a full pipe while we write.
            batches = queue.Queue(maxsize=64)
            receiver = threading.Thread(target=_receive_frames, args=(process.stdout, batches),
                                        daemon=True)
            receiver.start()
            try:
                yield from self._receive(process, batches, log, is_canceled, progress)
            finally:
                if process.poll() is None:
                    process.kill()
                while receiver.is_alive():  # unblock it if it waits for room in the queue
                    try:
                        batches.get(timeout=0.1)
                    except queue.Empty:
                        pass
                process.stdout.close()
                process.wait()

    def _receive(self, process, batches, log, is_canceled, progress):
        report = self.report
        while True:
            frame = batches.get()
            try:
                if frame is None:
                    raise EOFError
                message = pickle.loads(frame)
            except (EOFError, pickle.UnpicklingError):
                process.wait()
                log.seek(0)
                last = [line for line in log.read().splitlines() if line.strip()][-1:]
                raise ExchangeError(tr("The reading process ended unexpectedly (code {code}): "
                                       "{detail}").format(code=process.returncode,
                                                          detail=last[0] if last else "–"))
            kind = message[0]
            if kind == "items":
                for item in message[1]:
                    if type(item) is tuple:
                        if item[0] == "skip":
                            report.skip(item[1], item[2], item[3])
                        elif progress is not None:
                            progress(item[1])
                    else:
                        yield item
                if is_canceled is not None and is_canceled():
                    raise Cancelled()
            elif kind == "done":
                _, version, kept, description, report.reader_peak_mb = message
                report.read_in_second_process = True
                if version:
                    report.version = version
                report.kept_codes.update(kept)
                self.coordinates = _Described(description)
                return
            elif kind == "error":
                raise ExchangeError(message[1], message[2])
            else:
                raise ExchangeError(tr("Reading the file failed: {detail}").format(
                    detail=message[1].strip().splitlines()[-1]))


def _receive_frames(stream, batches):
    """Length-prefixed frames from the child into ``batches``; None at the end."""
    try:
        while True:
            header = stream.read(8)
            if len(header) < 8:
                break
            frame = stream.read(int.from_bytes(header, "little"))
            batches.put(frame)
    except (OSError, ValueError):
        pass
    batches.put(None)
