"""metadata.txt and CHANGELOG.md: read them, render the changelog field, spot placeholders.

metadata.txt at the repository root is the ONE place for the plugin's metadata, its
contact and links included (email, homepage, tracker, repository): the plugin reads it,
`make package` packs it, `make repository` copies its fields into plugins.xml, and the
release and upload checks read it. Its `changelog` field is the one field written by a
program: it is rendered from CHANGELOG.md (`make changelog`, and `make release`).

    python3 scripts/plugin_meta.py   # `make changelog`: rewrite the changelog field
"""

import configparser
import datetime
import io
import os
import re
import sys
from urllib.parse import urlsplit

PLUGIN = "kempten_twin_plugin"
VERSION_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")

# What counts as a placeholder, explicitly (a release refuses while any of these match):
# - domains reserved for documentation and testing by RFC 2606 and RFC 6761, which can
#   never be anyone's real address or site;
RESERVED_TLDS = (".example", ".invalid", ".test", ".localhost", ".local")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org", "localhost")
# - the repository the skeleton's metadata pointed at, which does not exist;
PLACEHOLDER_URL_PREFIXES = (
    "https://github.com/kempten-twin/",
    "http://github.com/kempten-twin/",
)
# - the Plugin Builder template's defaults, which plugins.qgis.org refuses by name
#   (qgis/QGIS-Django, qgis-app/plugins/validator.py, urls_to_check);
PLACEHOLDER_URLS = ("http://bugs", "http://repo", "http://homepage")
# - loopback and private hosts, which no one else can reach.
LINK_FIELDS = ("homepage", "tracker", "repository")
EMAIL_RE = re.compile(r"^[^@\s]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")


def parse_version(text):
    match = VERSION_RE.match(text or "")
    return tuple(int(part) for part in match.groups()) if match else None


def read_metadata_text(text):
    """The [general] section as a dict, keys as written (qgisMinimumVersion)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_file(io.StringIO(text))
    return dict(parser["general"])


def _host_is_placeholder(host):
    host = (host or "").lower().rstrip(".")
    if not host:
        return True
    if host in RESERVED_DOMAINS or host.endswith(RESERVED_TLDS):
        return True
    if any(host.endswith("." + d) for d in RESERVED_DOMAINS):
        return True
    if host.startswith("127.") or host in ("::1", "[::1]", "0.0.0.0"):
        return True
    return bool(re.match(r"^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)", host))


def url_problem(url):
    """Why a homepage/tracker/repository link is not a real public link, or None."""
    url = (url or "").strip()
    if not url:
        return "missing"
    if url in PLACEHOLDER_URLS:
        return f"{url} is the Plugin Builder's placeholder"
    if url.startswith(PLACEHOLDER_URL_PREFIXES) or url.rstrip("/") + "/" in PLACEHOLDER_URL_PREFIXES:
        return f"{url} points to the repository github.com/kempten-twin, which does not exist"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"{url} is not an http(s) URL"
    if _host_is_placeholder(parts.hostname):
        return f"{url}: {parts.hostname} is a reserved, local or private host"
    return None


def email_problem(email):
    email = (email or "").strip()
    if not EMAIL_RE.match(email):
        return f"{email!r} is not an e-mail address"
    if _host_is_placeholder(email.rsplit("@", 1)[1]):
        return f"{email}: the domain is reserved for examples (RFC 2606/6761)"
    return None


def placeholders(meta):
    """{field: reason} for every contact field that is still a placeholder."""
    found = {}
    problem = email_problem(meta.get("email"))
    if problem:
        found["email"] = problem
    for field in LINK_FIELDS:
        problem = url_problem(meta.get(field))
        if problem:
            found[field] = problem
    return found


# ----------------------------------------------------------------------------- changelog
# CHANGELOG.md: "## [Unreleased]" then "## [x.y.z] - YYYY-MM-DD", newest first; each
# entry a "- " bullet (continued on lines indented by two spaces); other lines are notes
# for readers of the file and stay out of metadata.txt.

HEADING_RE = re.compile(r"^## \[(Unreleased|\d+\.\d+\.\d+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$")


def parse_changelog(text):
    """[(version or 'Unreleased', date or None, [entries])], in file order."""
    releases = []
    for line in text.splitlines():
        heading = HEADING_RE.match(line)
        if heading:
            releases.append((heading.group(1), heading.group(2), []))
            continue
        if line.startswith("## "):
            raise ValueError(f"CHANGELOG.md: heading not understood: {line!r}")
        if not releases:
            continue
        entries = releases[-1][2]
        if line.startswith("- "):
            entries.append(line[2:].strip())
        elif line.startswith("  ") and line.strip() and entries:
            entries[-1] += " " + line.strip()
    return releases


def render_changelog_field(text):
    """The value of metadata.txt's changelog field: one line per release and per entry."""
    lines = []
    for version, date, entries in parse_changelog(text):
        if not entries:
            continue
        lines.append(version if not date else f"{version} ({date})")
        lines.extend(f"- {entry}" for entry in entries)
    value = "\n".join(lines)
    if "%" in value:
        raise ValueError("CHANGELOG.md: '%' breaks the ConfigParser that QGIS and "
                         "plugins.qgis.org read metadata.txt with; write 'percent'")
    return value


def release_changelog(text, version, date):
    """CHANGELOG.md with the Unreleased entries moved under a new version heading."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("## [Unreleased]"):
            newline = "\n"
            lines[i:i + 1] = ["## [Unreleased]" + newline, newline,
                              f"## [{version}] - {date.isoformat()}" + newline]
            return "".join(lines)
    raise ValueError("CHANGELOG.md has no '## [Unreleased]' section")


def unreleased_entries(text):
    for version, _date, entries in parse_changelog(text):
        if version == "Unreleased":
            return entries
    return []


# ------------------------------------------------------------------ editing metadata.txt
def set_field(text, key, value):
    """metadata.txt with one field's value replaced, comments and order kept.

    A value of several lines is written as configparser continuation lines (indented)."""
    lines = text.splitlines(keepends=True)
    rendered = key + "=" + value.replace("\n", "\n    ") + "\n"
    for i, line in enumerate(lines):
        if line.startswith(key + "=") or line.startswith(key + " ="):
            end = i + 1
            while end < len(lines) and lines[end][:1] in (" ", "\t") and lines[end].strip():
                end += 1
            lines[i:end] = [rendered]
            return "".join(lines)
    raise KeyError(f"metadata.txt has no field {key}")


def with_rendered_changelog(metadata_text, changelog_text):
    return set_field(metadata_text, "changelog", render_changelog_field(changelog_text))


def today():
    return datetime.date.today()


def rewrite_changelog_field(root):
    """metadata.txt's changelog field from CHANGELOG.md; True when the file changed."""
    path = os.path.join(root, "metadata.txt")
    with open(path, encoding="utf-8") as f:
        metadata = f.read()
    with open(os.path.join(root, "CHANGELOG.md"), encoding="utf-8") as f:
        new = with_rendered_changelog(metadata, f.read())
    if new == metadata:
        return False
    with open(path + ".partial", "w", encoding="utf-8", newline="") as f:
        f.write(new)
    os.replace(path + ".partial", path)
    return True


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    changed = rewrite_changelog_field(root)
    print("metadata.txt: changelog field " + ("rewritten from CHANGELOG.md" if changed
                                               else "already matches CHANGELOG.md"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
