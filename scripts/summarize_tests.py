"""Add up the JUnit reports of all tiers into one closing line: 'N passed, N failed'."""

import pathlib
import sys
import xml.etree.ElementTree as ET


def main(folder):
    passed = failed = skipped = 0
    for report in sorted(pathlib.Path(folder).glob("*.xml")):
        root = ET.parse(report).getroot()
        suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
        for suite in suites:
            tests = int(suite.get("tests", 0))
            bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
            skip = int(suite.get("skipped", 0))
            print(f"{report.stem:>16}: {tests - bad - skip} passed, {bad} failed, {skip} skipped")
            passed += tests - bad - skip
            failed += bad
            skipped += skip
    print(f"all tiers: {passed} passed, {failed} failed, {skipped} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
