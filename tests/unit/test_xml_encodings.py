"""Files in 8-bit encodings read like UTF-8 ones (xml_safe hands lxml UTF-8 only)."""

import pytest

from kempten_twin_plugin.io import xml_safe
from kempten_twin_plugin.io.xml_safe import ExchangeError


def _write(tmp_path, name, encoding, body):
    path = tmp_path / name
    path.write_bytes(f'<?xml version="1.0" encoding="{encoding}"?>\n'.encode("ascii")
                     + body.encode(encoding))
    return str(path)


BODY = ("<Wurzel>\n" + "".join(f"  <Schacht><Name>Bürgerstraße Nr. {i} – Öl</Name></Schacht>\n"
                               for i in range(3000)) + "</Wurzel>\n")


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "iso-8859-15", "windows-1252", "UTF-8"])
def test_umlauts_and_line_numbers_read_as_written(tmp_path, encoding):
    latin = encoding.lower().startswith("iso")
    body = BODY.replace("–", "-") if latin else BODY
    path = _write(tmp_path, "s.xml", encoding, body)
    names = [(e.findtext("Name"), e.sourceline) for e in xml_safe.iter_elements(path, ["Schacht"])]
    assert len(names) == 3000
    dash = "-" if latin else "–"
    assert names[0] == (f"Bürgerstraße Nr. 0 {dash} Öl", 3)
    assert names[-1] == (f"Bürgerstraße Nr. 2999 {dash} Öl", 3002)
    assert xml_safe.root_tag(path) == ("Wurzel", 2)
    assert xml_safe.parse(path).findtext("Schacht/Name") == f"Bürgerstraße Nr. 0 {dash} Öl"
    streamed = [e.findtext("Name") for e in xml_safe.stream(path, ["Schacht"])]
    assert streamed[-1] == f"Bürgerstraße Nr. 2999 {dash} Öl" and len(streamed) == 3000


def test_an_unknown_encoding_is_refused_with_its_name(tmp_path):
    path = tmp_path / "x.xml"
    path.write_bytes(b'<?xml version="1.0" encoding="x-kempten-7"?>\n<Wurzel/>\n')
    with pytest.raises(ExchangeError, match="x-kempten-7"):
        xml_safe.root_tag(str(path))
