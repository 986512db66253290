"""metadata.txt is complete, and every user-visible string has its German translation."""

import configparser
import os
import xml.etree.ElementTree as ET

import plugin_meta  # scripts/plugin_meta.py
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
    assert meta["category"] == "Vector"  # why: the comment at the top of metadata.txt


def test_metadata_parses_as_qgis_and_plugins_qgis_org_read_it():
    """Both read metadata.txt with a default ConfigParser, which interpolates '%'."""
    parser = configparser.ConfigParser()
    with open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8") as f:
        parser.read_file(f)
    for key in parser["general"]:
        parser.get("general", key)  # raises on a lone '%'


def test_about_describes_todays_plugin_in_english_and_german():
    meta = read_metadata()
    about, about_de = meta["about"], meta["about[de]"]
    for words in (["Längsschnitt", "trace", "network checks", "ISYBAU", "DWA-M 150",
                   "defects", "photos", "work orders", "Open311", "planned buildings",
                   "3D", "protection strips", "review report", "comments", "offline",
                   "PostGIS", "Processing"]):
        assert words.lower() in about.lower(), words
    for words in (["Längsschnitt", "Verfolgung", "Netzprüfung", "ISYBAU", "DWA-M 150",
                   "Mängel", "Fotos", "Arbeitsaufträge", "Open311", "Bauvorhaben", "3D",
                   "Schutzstreifen", "Prüfbericht", "Bürgerkommentare", "ohne Netz",
                   "PostGIS", "Processing"]):
        assert words.lower() in about_de.lower(), words


def test_changelog_field_is_rendered_from_changelog_md():
    with open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8") as f:
        changelog = f.read()
    rendered = plugin_meta.render_changelog_field(changelog)
    assert read_metadata()["changelog"] == rendered, "run `make changelog`"
    versions = [version for version, _date, _entries in plugin_meta.parse_changelog(changelog)]
    assert versions[0] == "Unreleased" and "0.1.0" in versions
    assert read_metadata()["version"] in versions


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
