"""metadata.txt is complete, and every user-visible string has its German translation."""

import configparser
import os
import xml.etree.ElementTree as ET

import update_ts  # scripts/update_ts.py

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return dict(parser["general"])


def test_metadata_is_complete():
    meta = read_metadata()
    for key in ("name", "description", "description[de]", "about", "about[de]", "version",
                "author", "email", "tags", "homepage", "tracker", "repository", "icon"):
        assert meta.get(key), key
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["qgisMaximumVersion"] == "4.99"
    assert meta["hasProcessingProvider"] == "yes"
    assert os.path.exists(os.path.join(ROOT, meta["icon"]))


def test_plugin_reads_the_same_metadata():
    from kempten_twin_plugin import paths

    assert paths.metadata() == read_metadata()


def test_every_tr_string_has_a_german_translation():
    strings = update_ts.source_strings()
    assert len(strings) > 20
    root = ET.parse(os.path.join(ROOT, "i18n", "kempten_twin_de.ts")).getroot()
    translated = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    missing = [s for s in strings if s not in translated
               or translated[s].get("type") == "unfinished" or not translated[s].text]
    assert missing == []
    # Placeholders survive translation.
    for source, translation in translated.items():
        for placeholder in ("{path}", "{table}", "{error}", "{missing}", "{total}", "{login}",
                            "{version}", "{rights}", "{server}", "{schema}", "{before}",
                            "{after}", "{n}", "{when}", "{pushed}", "{pulled}",
                            "{conflicts}", "{refused}"):
            assert (placeholder in source) == (placeholder in translation.text), source
