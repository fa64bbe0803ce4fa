#!/usr/bin/env python3
"""Writes docs/DEPENDENCIES.md from the CycloneDX SBOM (target/bom.json) and, when present, the
registry's list of served versions (/work/.library/env/packages/maven-partial.tsv).

Run:  ./mvnw -q org.cyclonedx:cyclonedx-maven-plugin:2.9.3:makeAggregateBom -DoutputFormat=json \
          -DoutputName=bom -DincludeTestScope=false && python3 .ci/dependency-report.py
"""
import json
import re
import os
import sys
from datetime import date

SERVED = "/work/.library/env/packages/maven-partial.tsv"


def served_versions():
    out = {}
    if not os.path.exists(SERVED):
        return out
    with open(SERVED, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                out[parts[0]] = [v for v in parts[2].split(" ") if re.fullmatch(r"\d+(\.\d+)*", v)]
    return out


def key(v):
    return [int(p) if p.isdigit() else p for p in v.replace("-", ".").split(".")]


def main():
    bom = json.load(open("target/bom.json", encoding="utf-8"))
    served = served_versions()
    rows = []
    for c in bom.get("components", []):
        group, name, version = c.get("group", ""), c.get("name"), c.get("version", "")
        if group.startswith("th.ac.ums"):
            continue
        ga = f"{group}:{name}"
        newest = ""
        same_line = ""
        if ga in served and served[ga]:
            try:
                newest = max(served[ga], key=key)
                line = version.split(".")[0] + "." + (version.split(".")[1] if "." in version else "")
                in_line = [v for v in served[ga] if v.startswith(line + ".") or v == line]
                same_line = max(in_line, key=key) if in_line else ""
            except (ValueError, TypeError):
                pass
        licenses = ", ".join(sorted({(l.get("license", {}).get("id") or l.get("license", {}).get("name") or "")
                                     for l in c.get("licenses", [])} - {""}))
        rows.append((ga, version, same_line, newest, licenses))
    rows.sort()
    out = ["# Third-party dependencies", "",
           f"Generated {date.today()} by `.ci/dependency-report.py` from the CycloneDX SBOM of the runtime class paths",
           "(server, console, common model; test-only libraries excluded). `newest in line` and `newest served` come",
           "from the package registry reachable here.", "",
           "**Known vulnerabilities:** no vulnerability database (NVD, OSV, GitHub advisories) is reachable from",
           "the build machines, so this report cannot check advisories offline. What it does check: each",
           "dependency's version against the newest the registry serves, so updates are visible. Where",
           "internet is available, run `./mvnw org.owasp:dependency-check-maven:check` or feed `target/bom.json`",
           "(CycloneDX) to an SBOM scanner.", "",
           "| dependency | version | newest in its line | newest served | license |",
           "| --- | --- | --- | --- | --- |"]
    for ga, v, line, newest, lic in rows:
        mark = " ⬆" if line and key(line) > key(v) else ""
        out.append(f"| `{ga}` | {v}{mark} | {line} | {newest} | {lic} |")
    out += ["", f"{len(rows)} components. ⬆: a newer release of the same line is served (a patch or minor update)."]
    open("docs/DEPENDENCIES.md", "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"docs/DEPENDENCIES.md: {len(rows)} components")


if __name__ == "__main__":
    sys.exit(main())
