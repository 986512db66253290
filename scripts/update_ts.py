"""Collect the plugin's tr("…") strings into i18n/kempten_twin_de.ts, keeping translations.

pylupdate5 cannot see through our module-level ``tr()`` helper, so this small script does
its job: new strings are added as unfinished, strings no longer used are dropped, every
existing translation is kept. Edit translations in the .ts (or with Qt Linguist).
"""

import ast
import pathlib
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kempten_twin_plugin"
CONTEXT = "KemptenTwin"


def source_strings():
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "tr" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, (path.relative_to(ROOT), node.lineno))
    return found


def existing_translations(ts_path):
    if not ts_path.exists():
        return {}
    result = {}
    for message in ET.parse(ts_path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") is None:
            result[message.findtext("source")] = translation.text
    return result


def write_ts(ts_path, language, strings, translations):
    ts = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, (path, line) in sorted(strings.items(), key=lambda item: str(item[1])):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../{path}", line=str(line))
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in translations:
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(ts)
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       + ET.tostring(ts, encoding="unicode") + "\n", encoding="utf-8")


def main():
    strings = source_strings()
    for language in ("de",):
        ts_path = ROOT / "i18n" / f"kempten_twin_{language}.ts"
        translations = existing_translations(ts_path)
        write_ts(ts_path, language, strings, translations)
        missing = [s for s in strings if s not in translations]
        print(f"{ts_path.relative_to(ROOT)}: {len(strings)} strings, {len(missing)} untranslated")
        for text in missing:
            print("  untranslated:", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
