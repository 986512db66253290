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

A very large ISYBAU file is read by two children at once, each one half (file_split):
the first half's records are written as they come, the second half's wait in a spool
file on disk until then, so the records arrive in file order and memory stays flat.
If the halves do not read like the whole (a half fails, or the two settle on different
coordinate readings), the import starts over with one child reading the whole file
(``ReadWhole``), so cutting never changes a result.
"""

from __future__ import annotations

import collections
import json
import os
import pickle
import queue
import subprocess
import tempfile
import threading
from typing import TYPE_CHECKING, Callable, Dict, Iterator, Optional, Tuple, Union

from ...child_python import module_command, python_executable
from ...errors import Cancelled
from ...i18n import tr
from ..isybau.reader import FORMAT as ISYBAU_FORMAT
from ..xml_safe import ExchangeError, ReadWhole
from .file_split import find_halves, line_shift

if TYPE_CHECKING:
    from ...core.exchange.records import Asset, Inspection
    from ..isybau.reader import IsybauReader
    from ..m150.reader import M150Reader
    from .file_split import Part

# Below this size the child's start (about half a second) costs more than it saves.
MIN_BYTES = 16_000_000
# From this size on, two children read an ISYBAU file, one half each.
HALVES_MIN_BYTES = 64_000_000
# The first "half" is the smaller: its records are written as they come, so this process
# can start on the second half's spool while that reader still runs, instead of writing a
# whole half alone at the end (measured on 100 000 Haltungen: about 10 % faster than 0.5).
FIRST_HALF_SHARE = 0.4


def worth_a_process(path: str) -> bool:
    # KT_READING_PROCESS_MIN_BYTES lets the end-to-end test take this path with a small file.
    least = int(os.environ.get("KT_READING_PROCESS_MIN_BYTES", MIN_BYTES))
    return (os.cpu_count() or 1) >= 2 and os.path.getsize(path) >= least


def worth_two_processes(path: str) -> bool:
    least = int(os.environ.get("KT_READING_HALVES_MIN_BYTES", HALVES_MIN_BYTES))
    return (os.cpu_count() or 1) >= 2 and os.path.getsize(path) >= least


def _python():
    return python_executable()  # a seam for the test of a dying reader


def shown_language() -> str:
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
    the same reading in one or two child processes; ``read()`` yields their records."""

    def __init__(self, reader: Union[IsybauReader, M150Reader], source_epsg: Optional[int],
                 halves: Optional[Tuple[Part, Part]] = None,
                 overrides: Optional[Dict[str, Dict[str, str]]] = None) -> None:
        self.format_name = reader.format_name
        self.path = reader.path
        self.report = reader.report
        self.coordinates = reader.coordinates
        self.source_epsg = source_epsg
        self.halves = halves
        self.overrides = overrides or {}
        self._reader = reader

    @classmethod
    def for_file(cls, reader: Union[IsybauReader, M150Reader], source_epsg: Optional[int],
                 overrides: Optional[Dict[str, Dict[str, str]]] = None) -> ReaderInChild:
        halves = find_halves(reader.path, FIRST_HALF_SHARE) \
            if reader.format_name == ISYBAU_FORMAT and worth_two_processes(reader.path) else None
        return cls(reader, source_epsg, halves, overrides)

    def whole(self) -> ReaderInChild:
        """The same reading by one child over the whole file (after ``ReadWhole``)."""
        return ReaderInChild(self._reader, self.source_epsg, None, self.overrides)

    def _start(self, part=None, spool=False):
        command, env = module_command("io.exchange.reader_child", _python())
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return _Child(command + [self.format_name, self.path, str(self.source_epsg or ""),
                                 shown_language(), part.to_argument() if part else "",
                                 json.dumps(self.overrides)], env, spool)

    def read(self, is_canceled: Optional[Callable[[], bool]] = None,
             progress: Optional[Callable[[float], None]] = None) -> Iterator[Union[Asset, Inspection]]:
        if not self.halves:
            child = self._start()
            try:
                done = yield from self._receive(child, is_canceled, progress)
            finally:
                child.close()
            self._finish([done])
            return
        first, second = self.halves
        children = [self._start(first), self._start(second, spool=True)]
        share = first.segments[0][1] / os.path.getsize(self.path)
        try:
            shift = line_shift(self.path, second)  # while the readers start
            done = [(yield from self._receive(children[0], is_canceled, _scaled(
                        progress, 0.0, share), whole=False, watch=children[1])),
                    (yield from self._receive(children[1], is_canceled, _scaled(
                        progress, 100.0 * share, 1.0 - share), shift, False))]
        finally:
            for child in children:
                child.close()
        if done[0][2] != done[1][2]:  # each half settled its own coordinate reading
            raise ReadWhole()
        self._finish(done)

    def _finish(self, done):
        report = self.report
        report.reading_processes = len(done)
        version = next((d[0] for d in done if d[0]), "")
        if version:
            report.version = version
        for d in done:
            report.kept_codes.update(d[1])
            if len(d) > 4:  # the overrides the child used
                self._reader.mapping.used.update(d[4])
        report.reader_peak_mb = sum(d[3] or 0 for d in done) or None
        self.coordinates = _Described(done[0][2])

    def _receive(self, child, is_canceled, progress, line_shift=0, whole=True, watch=None):
        """Yield the child's records; return (version, kept codes, coordinate reading,
        peak MB) from its last message. A half that fails raises ReadWhole, also when it
        is the other half (``watch``) that failed while this one is still read."""
        report = self.report
        while True:
            if watch is not None and watch.failed_early():
                raise ReadWhole()
            message = _next_message(child, whole)
            kind = message[0]
            if kind == "items":
                for item in message[1]:
                    if type(item) is tuple:
                        if item[0] == "skip":
                            report.skip(item[1] + line_shift, item[2], item[3])
                        elif progress is not None:
                            progress(item[1])
                    else:
                        if line_shift:
                            item.line += line_shift
                        yield item
                if is_canceled is not None and is_canceled():
                    raise Cancelled()
            elif kind == "done":
                return message[1:]
            else:
                raise _failure(message, whole)


def _next_message(child, whole):
    """The child's next message (a batch of items, its end, or its failure). A child gone
    without its last message fails the reading: a half with ReadWhole, the whole file with
    the child's exit code and last log line."""
    frame = child.frames.get()
    try:
        if frame is None:
            raise EOFError
        return pickle.loads(frame)
    except (EOFError, pickle.UnpicklingError):
        if not whole:
            raise ReadWhole() from None
        raise ExchangeError(tr("The reading process ended unexpectedly (code {code}): "
                               "{detail}").format(code=child.process.wait(),
                                                  detail=child.last_log_line()))


def _failure(message, whole):
    """The error to raise for a child's failure message: a half is read again as a whole
    (ReadWhole); the whole file's error as the child found it, or its traceback's last
    line."""
    if not whole:
        return ReadWhole()
    if message[0] == "error":
        return ExchangeError(message[1], message[2])
    return ExchangeError(tr("Reading the file failed: {detail}").format(
        detail=message[1].strip().splitlines()[-1]))


def _scaled(progress, offset, factor):
    if progress is None:
        return None
    return lambda percent: progress(offset + factor * percent)


class _Child:
    """One reading process and the thread that takes its frames off the pipe as they come
    (it waits outside the interpreter lock, so the child never stalls on a full pipe while
    we write). Frames wait in a bounded queue, or on disk (``spool``) for a child whose
    records are wanted only later."""

    def __init__(self, command, env, spool):
        self.log = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")
        self.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.PIPE, stderr=self.log)
        self.frames = _Spool() if spool else _Frames()
        self.thread = threading.Thread(target=_receive_frames,
                                       args=(self.process.stdout, self.frames), daemon=True)
        self.thread.start()

    def failed_early(self):
        return self.process.poll() not in (None, 0)

    def last_log_line(self):
        self.log.seek(0)
        last = [line for line in self.log.read().splitlines() if line.strip()][-1:]
        return last[0] if last else "–"

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        while self.thread.is_alive():  # unblock it if it waits for room in the queue
            self.frames.drain()
            self.thread.join(0.1)
        self.process.stdout.close()
        self.process.wait()
        self.frames.close()
        self.log.close()


class _Frames:
    def __init__(self):
        self._queue = queue.Queue(maxsize=64)
        self.put, self.get = self._queue.put, self._queue.get

    def drain(self):
        try:
            self._queue.get_nowait()
        except queue.Empty:
            pass

    def close(self):
        pass


class _Spool:
    """Frames written to a temporary file as they come and read back in order later.
    One lock guards the file's position: the receiving thread appends while the writer
    reads (os.pread/pwrite would not need it, but do not exist on Windows)."""

    def __init__(self):
        self._file = tempfile.TemporaryFile()
        self._places = collections.deque()  # (offset, length); None at the end
        self._end = 0
        self._ready = threading.Condition()

    def put(self, frame):
        with self._ready:
            place = None
            if frame is not None:
                self._file.seek(self._end)
                self._file.write(frame)
                place, self._end = (self._end, len(frame)), self._end + len(frame)
            self._places.append(place)
            self._ready.notify()

    def get(self):
        with self._ready:
            while not self._places:
                self._ready.wait()
            place = self._places.popleft()
            if place is None:
                return None
            self._file.seek(place[0])
            return self._file.read(place[1])

    def drain(self):
        pass

    def close(self):
        self._file.close()


def _receive_frames(stream, frames):
    """Length-prefixed frames from the child into ``frames``; None at the end."""
    try:
        while True:
            header = stream.read(8)
            if len(header) < 8:
                break
            frames.put(stream.read(int.from_bytes(header, "little")))
    except (OSError, ValueError):
        pass
    frames.put(None)
