"""The user guide (docs/handbuch/*.md) as HTML pages, for the plugin's zip: QGIS opens them
from the "Hilfe" menu entry and each Processing algorithm's help button in the browser.

A small Markdown subset is enough for these pages: headings, paragraphs, lists (with
continued lines), tables, images, links, **bold**, *emphasis* and `code`.

    python3 scripts/handbook.py OUT_DIR      # writes OUT_DIR/*.html beside copies of bilder/
"""

import html
import os
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "docs", "handbuch")
STYLE = ("body{font-family:'DejaVu Sans',sans-serif;max-width:52em;margin:2em auto;"
         "line-height:1.45;color:#222}img{max-width:100%;border:1px solid #ccc}"
         "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px 8px}"
         "th{background:#eee}code{background:#f3f3f3;padding:0 3px}")


def inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"!\[([^\]]*)\]\(([^)]+)\)", r'<img alt="\1" src="\2">', text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+?)\.md\)", r'<a href="\2.html">\1</a>', text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", text)
    return re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<i>\1</i>", text)


def to_html(markdown, title="Kempten Twin"):
    out, paragraph, items, kind, table = [], [], [], None, []

    def flush():
        nonlocal paragraph, items, kind, table
        if paragraph:
            out.append(f"<p>{inline(' '.join(paragraph))}</p>")
        if items:
            out.append(f"<{kind}>" + "".join(f"<li>{inline(i)}</li>" for i in items)
                       + f"</{kind}>")
        if table:
            rows = [r for r in table if not re.match(r"^\|[\s|:-]+\|$", r)]
            cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
            head = "".join(f"<th>{inline(c)}</th>" for c in cells[0])
            body = "".join("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>"
                           for row in cells[1:])
            out.append(f"<table><tr>{head}</tr>{body}</table>")
        paragraph, items, kind, table = [], [], None, []

    for line in markdown.splitlines():
        stripped = line.strip()
        heading = re.match(r"^(#{1,4})\s+(.*)$", stripped)
        bullet = re.match(r"^[-*]\s+(.*)$", stripped)
        number = re.match(r"^\d+\.\s+(.*)$", stripped)
        if not stripped:
            flush()
        elif heading:
            flush()
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif stripped.startswith("|"):
            if not table:
                flush()
            table.append(stripped)
        elif (bullet or number) and not line.startswith("    "):
            wanted = "ul" if bullet else "ol"
            if kind != wanted or paragraph:
                flush()
                kind = wanted
            items.append((bullet or number).group(1))
        elif items and line.startswith(" "):
            items[-1] += " " + (bullet.group(0) if bullet else stripped)
        else:
            if items:
                flush()
            paragraph.append(stripped)
    flush()
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>'
            f"{html.escape(title)}</title><style>{STYLE}</style></head><body>"
            + "\n".join(out) + "</body></html>\n")


def pages(source=SOURCE):
    """(name without .md, HTML text) of every page (none without the folder)."""
    if not os.path.isdir(source):
        return
    for name in sorted(os.listdir(source)):
        if name.endswith(".md"):
            with open(os.path.join(source, name), encoding="utf-8") as f:
                text = f.read()
            title = next((line.lstrip("# ").strip() for line in text.splitlines()
                          if line.startswith("#")), "Kempten Twin")
            yield name[:-3], to_html(text, title)


def main(out):
    os.makedirs(out, exist_ok=True)
    for name, page in pages():
        with open(os.path.join(out, f"{name}.html"), "w", encoding="utf-8") as f:
            f.write(page)
    pictures = os.path.join(SOURCE, "bilder")
    if os.path.isdir(pictures):
        shutil.copytree(pictures, os.path.join(out, "bilder"), dirs_exist_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "handbuch")))
