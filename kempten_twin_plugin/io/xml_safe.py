"""Reading XML from outside safely, for every importer: exchange files (ISYBAU, DWA-M 150),
XPlanGML plans and CityGML tiles.

Files come from engineering offices, contractors, portals and e-mail, so they are parsed as
hostile: the first 64 KiB are scanned for a DOCTYPE or ENTITY declaration in any case and a
file with one is refused before libxml2 sees it (no data file here needs a DTD; this stops
external entities reading local files or URLs and entity expansion, "billion laughs");
no DTD is loaded, no entity resolved, nothing fetched from the network, no text node larger
than libxml2's default limit (``huge_tree`` off). Large files are read element by element
(``iter_elements``, ``stream``), so memory stays flat however large the file is. Every failure
becomes the caller's error class (``ExchangeError`` by default, ``PlanningImportError`` for
the planning readers) with a message for the user and, where known, the line in the file.
"""

from __future__ import annotations

import codecs
import os
import re
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Protocol, Tuple, Type, Union

from lxml import etree

from ..core.exchange.errors import ExchangeError, ReadWhole  # noqa: F401 (theirs to import)
from ..errors import Cancelled, FileImportError
from ..i18n import tr

if TYPE_CHECKING:
    class ByteStream(Protocol):
        """What lxml reads from: an open binary file, a ``file_split.PartStream``, a
        ``Utf8Stream``."""

        def read(self, n: int = -1) -> bytes: ...

        def tell(self) -> int: ...

        def close(self) -> None: ...

# No file read here ever carries a DTD; one in the prolog is refused outright.
_PROLOG_BYTES = 65536
_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")


_LOCAL_NAMES = {}


def local_name(tag: object) -> str:
    """'{namespace}Name' → 'Name' (memoised: a file repeats a few hundred tags millions of times)."""
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        name = tag[tag.rfind("}") + 1:] if isinstance(tag, str) else ""
        if isinstance(tag, str) and len(_LOCAL_NAMES) < 10_000:
            _LOCAL_NAMES[tag] = name
    return name


def namespace(tag: object) -> str:
    return tag[1:tag.find("}")] if isinstance(tag, str) and tag.startswith("{") else ""


def check_file(path: Optional[str], error: Type[FileImportError] = ExchangeError) -> None:
    """Refuse a missing, empty or DTD-carrying file before parsing it."""
    if not path or not os.path.isfile(path):
        raise error(tr("The file {path} does not exist.").format(path=path))
    if os.path.getsize(path) == 0:
        raise error(tr("The file {path} is empty.").format(path=path))
    try:
        with open(path, "rb") as f:
            head = f.read(_PROLOG_BYTES)
    except OSError as problem:
        raise error(tr("{path} cannot be read: {error}").format(path=path, error=problem)) \
            from None
    upper = head.upper()  # "<!doctype" and "<!Entity" are refused just the same
    for marker in _FORBIDDEN:
        at = upper.find(marker)
        if at >= 0:
            line = head[:at].count(b"\n") + 1
            raise error(tr("The file declares a DTD or entities (DOCTYPE, ENTITY), which data "
                           "files never need and which can be used for attacks (entity "
                           "expansion, reading local files); it was not imported."), line)


# The encoding pseudo-attribute of an XML declaration at the very start of a file.
_DECLARED_ENCODING = re.compile(rb'^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["\']([^"\']*)["\']')
_READ_AS_IS = {"utf-8", "utf8", "us-ascii", "ascii", ""}
_CHUNK = 1 << 16


class Utf8Stream:
    """A file in an 8-bit encoding (ISO-8859-1, Windows-1252, …), handed to lxml as UTF-8.

    libxml2 converts such files through iconv, and an iconv converter of a parse that was
    stopped early (the root tag read, a cancelled import) crashes the interpreter when the
    garbage collector frees it later (seen with QGIS 3.40 on Debian 13). Converted here
    with Python's codecs, libxml2 only ever reads UTF-8; the declaration is rewritten on
    its own line, so line numbers stay those of the file. ``tell`` and ``size`` count the
    file's own bytes (for progress)."""

    def __init__(self, raw: ByteStream, encoding: str) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._pending = b""
        self._first = True
        self._done = False
        self.size = getattr(raw, "size", None)

    def read(self, n: Optional[int] = -1) -> bytes:
        while not self._done and (n is None or n < 0 or len(self._pending) < n):
            chunk = self._raw.read(_CHUNK)
            text = self._decoder.decode(chunk, final=not chunk)
            if self._first:
                text = re.sub(r"""^(\ufeff?<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']""",
                              r'\1"UTF-8"', text, count=1)
                self._first = False
            self._pending += text.encode("utf-8")
            self._done = not chunk
        if n is None or n < 0:
            n = len(self._pending)
        data, self._pending = self._pending[:n], self._pending[n:]
        return data

    def tell(self) -> int:
        return self._raw.tell()

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> Utf8Stream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_xml(path: str, open_stream: Optional[Callable[[], ByteStream]] = None,
             error: Type[FileImportError] = ExchangeError) -> ByteStream:
    """The file (or ``open_stream()``'s view of it) as a binary stream for lxml: as it is
    when it is UTF-8 or ASCII, else converted to UTF-8 (``Utf8Stream``). An encoding
    Python does not know is refused with a message."""
    raw = open_stream() if open_stream else open(path, "rb")
    try:
        with open(path, "rb") as head_file:
            head = head_file.read(1024)
        match = _DECLARED_ENCODING.match(head)
        name = match.group(1).decode("ascii", "replace").strip().lower() if match else ""
        if name in _READ_AS_IS or head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            raise error(tr("The file declares the character encoding {name!r}, which is not "
                           "known; save it as UTF-8 or ISO-8859-1.").format(name=name)) from None
        if encoding == "utf-8":
            return raw
        return Utf8Stream(raw, encoding)
    except BaseException:
        raw.close()
        raise


def _parser_options():
    return dict(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                dtd_validation=False, remove_comments=True, remove_pis=True)


def root_tag(path: str, error: Type[FileImportError] = ExchangeError) -> Tuple[str, int]:
    """The root element's tag, reading only the start of the file."""
    check_file(path, error)
    try:
        with open_xml(path, error=error) as stream:
            for _, element in etree.iterparse(stream, events=("start",), **_parser_options()):
                return element.tag, element.sourceline
    except etree.XMLSyntaxError as problem:
        raise _syntax_error(problem, error) from None
    raise error(tr("The file holds no XML element."))


def _syntax_error(problem, error=ExchangeError):
    message = str(problem.msg if hasattr(problem, "msg") else problem)
    line = problem.position[0] if getattr(problem, "position", None) else None
    if "huge" in message.lower() or "too long" in message.lower() \
            or "exceeds" in message.lower():
        return error(tr("The file holds a value larger than 10 MB; data files never do, so "
                        "it is refused as broken or hostile."), line)
    return error(tr("The file is not well-formed XML ({reason}); it may be truncated or "
                    "damaged.").format(reason=message), line)


def iter_elements(path: str, tags: Union[str, Iterable[str]],
                  is_canceled: Optional[Callable[[], bool]] = None,
                  progress: Optional[Callable[[float], None]] = None,
                  open_stream: Optional[Callable[[], ByteStream]] = None) -> Iterator[etree._Element]:
    """Yield each complete element named in ``tags`` (``{*}Name`` allowed), then free it.

    Elements are cleared after the caller is done with them and their finished siblings
    are dropped from the tree, so memory does not grow with the file. ``open_stream``
    gives another view of the file to parse (a part of it, see file_split).
    """
    check_file(path)
    with open_xml(path, open_stream) as stream:
        size = getattr(stream, "size", None) or os.path.getsize(path) or 1
        context = etree.iterparse(stream, events=("end",), tag=tags, **_parser_options())
        try:
            for n, (_, element) in enumerate(context):
                if n % 500 == 0:
                    if is_canceled is not None and is_canceled():
                        raise Cancelled()
                    if progress is not None:
                        progress(100.0 * stream.tell() / size)
                yield element
                element.clear(keep_tail=False)
                parent = element.getparent()
                if parent is not None:
                    while element.getprevious() is not None:
                        del parent[0]
        except etree.XMLSyntaxError as error:
            raise _syntax_error(error) from None
        finally:
            del context


def parse(path: str, error: Type[FileImportError] = ExchangeError) -> etree._Element:
    """The root element of a whole (small) XML file, parsed safely."""
    check_file(path, error)
    parser = etree.XMLParser(**_parser_options())
    try:
        with open_xml(path, error=error) as stream:
            tree = etree.parse(stream, parser)
    except OSError as problem:
        raise error(tr("{path} cannot be read: {error}").format(path=path, error=problem)) \
            from None
    except etree.XMLSyntaxError as problem:
        raise _syntax_error(problem, error) from None
    docinfo = tree.docinfo
    if docinfo is not None and (docinfo.doctype or docinfo.internalDTD is not None):
        raise error(tr("The file declares a DTD or entities (DOCTYPE, ENTITY), which data "
                       "files never need and which can be used for attacks (entity "
                       "expansion, reading local files); it was not imported."))
    return tree.getroot()


def stream(path: str, tags: Union[str, Iterable[str]], error: Type[FileImportError] = ExchangeError,
           is_canceled: Optional[Callable[[], bool]] = None,
           open_stream: Optional[Callable[[], ByteStream]] = None) -> Iterator[etree._Element]:
    """Yield each complete element named in ``tags`` wherever it sits in the tree, then free
    it and everything read before it (its finished siblings and those of its ancestors), so
    memory stays flat. What precedes the first element (a file's envelope) can be read from
    ``element.getroottree().getroot()`` while the first one is being handled.
    ``open_stream`` gives another view of the file to parse (a part of it, see file_split)."""
    check_file(path, error)
    with open_xml(path, open_stream, error=error) as source:
        yield from _stream(source, tags, error, is_canceled)


def _stream(source, tags, error, is_canceled):
    context = etree.iterparse(source, events=("end",), tag=tags, **_parser_options())
    try:
        for n, (_event, element) in enumerate(context):
            if n % 200 == 0 and is_canceled is not None and is_canceled():
                raise Cancelled()
            yield element
            element.clear(keep_tail=False)
            node = element
            while node is not None:
                parent = node.getparent()
                if parent is None:
                    break
                while node.getprevious() is not None:
                    del parent[0]
                node = parent
    except etree.XMLSyntaxError as problem:
        raise _syntax_error(problem, error) from None
    finally:
        del context
