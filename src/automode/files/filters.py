"""Include and exclude lists written in configuration (session 11, S5): what a backup, sync, build, test, lint or
CI trigger takes in and what it leaves out, so the judge can see a selection turned around ("back up only the
uploads folder" written as `exclude: [uploads/]`; "run CI on everything except docs" written as `paths: [docs/**]`).

Keys, from each tool's reference: restic/borg/kopia/rclone/rsync-style `exclude`/`include`/`filter` lists, GitHub
Actions `paths`/`paths-ignore` (and `branches-ignore`), GitLab `rules: changes`/`except`/`only`, Jest
`testPathIgnorePatterns`/`testMatch`/`collectCoverageFrom`, tsconfig/ESLint/Prettier/Biome `include`/`exclude`/
`ignorePatterns`/`files`, pytest `testpaths`/`norecursedirs`, coverage `omit`/`include`, Docker/Git/npm ignore files
(every line an exclusion, `!` an inclusion), rclone filter files (`+ X` / `- X`), Terraform/serverless `exclude`
and `patterns`, Bazel/Gradle `excludes`/`includes`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from automode import lazyre
from automode.dc import dataclass

EXCLUDE_KEYS = ("exclude", "excludes", "excluded", "exclusions", "exclude_paths", "exclude_patterns", "excludepatterns", "excludefiles",
                "excludedirs", "exclude_dirs", "exclude-dirs", "ignore", "ignores", "ignored", "ignore_patterns", "ignorepatterns",
                "ignorepaths", "ignore_paths", "paths-ignore", "paths_ignore", "testpathignorepatterns", "coveragepathignorepatterns",
                "modulepathignorepatterns", "skip", "skip_paths", "skip-dirs", "skip-files", "except", "omit", "norecursedirs",
                "blacklist", "blocklist", "denylist", "exclude_from", "excludes_file")  # fmt: skip
INCLUDE_KEYS = ("include", "includes", "included", "include_paths", "include_patterns", "includepatterns", "only", "paths", "files",
                "allowlist", "whitelist", "sources", "source", "testmatch", "testregex", "testpaths", "collectcoveragefrom", "roots",
                "patterns", "changes", "targets", "backup_paths", "source_directories", "directories")  # fmt: skip
_KEYS = "|".join(re.escape(k) for k in sorted({*EXCLUDE_KEYS, *INCLUDE_KEYS}, key=len, reverse=True))
_KEY_LINE = lazyre.compile(rf"""(?m)^([ \t]*)(?:-[ \t]+)?["']?({_KEYS})["']?[ \t]*(?:=>|[:=])[ \t]*(.*)$""")
_ITEM = lazyre.compile(r"""["']([^"'\n]+)["']|([^\s,\[\]"'{}#]+)""")
#: Files whose keys are read: configuration formats and the JS/TS config modules of tools.
CONFIG_FILE = lazyre.compile(r"(?i)\.(?:ya?ml|jsonc?|json5|toml|ini|cfg|conf|hcl|tf|properties|xml)$|(?:^|/)[\w.-]*(?:config|rc)[\w.-]*\.[cm]?[jt]s$|"
                             r"(?:^|/)\.\w*rc$")
IGNORE_FILES = lazyre.compile(r"(?:^|/)\.(?:git|docker|npm|eslint|prettier|stylelint|helm|gcloud|vercel|slug|st|rsync|cf|ebextensions?)ignore$")
FILTER_FILE = lazyre.compile(r"(?i)(?:^|/)[^/]*filter[^/]*\.(?:txt|conf|rules)$")


@dataclass(frozen=True, slots=True)
class Selection:
    kind: str  # "exclude" or "include"
    key: str
    items: tuple[str, ...]


def selections(path: str, text: str) -> list[Selection]:
    """Every include or exclude list the text holds, with its items."""
    if IGNORE_FILES.search(path):
        lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        return [Selection("exclude", "ignore file", tuple(x for x in lines if not x.startswith("!"))),
                Selection("include", "ignore file", tuple(x[1:] for x in lines if x.startswith("!")))]
    if FILTER_FILE.search(path):
        pairs = [(ln.strip()[0], ln.strip()[1:].strip()) for ln in text.splitlines() if ln.strip()[:1] in "+-" and len(ln.strip()) > 2]
        return [Selection("exclude", "filter", tuple(v for s, v in pairs if s == "-")),
                Selection("include", "filter", tuple(v for s, v in pairs if s == "+"))]
    out: list[Selection] = []
    if not CONFIG_FILE.search(path):
        return out
    text = text.lower()  # the keys are matched in lower case (an ignore-case search of the alternation is slow)
    lines = text.splitlines()
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    for m in _KEY_LINE.finditer(text):
        key = m.group(2).lower()
        indent = len(m.group(1))
        value = m.group(3).split(" #", 1)[0].strip()
        items: list[str] = []
        if value.startswith("[") and "]" not in value:
            end = text.find("]", m.end())
            value = text[m.start(3):end + 1 if end != -1 else len(text)]
        if value and value not in ("|", ">", "{"):
            items = [a or b for a, b in _ITEM.findall(value)]
        else:  # a YAML block list below the key
            i = bisect_right(starts, m.start())  # the line after the key's
            while i < len(lines) and len(items) < 200:
                ln = lines[i]
                if not ln.strip():
                    i += 1
                    continue
                ind = len(ln) - len(ln.lstrip())
                if ind < indent or (ind == indent and not ln.lstrip().startswith("-")) or not ln.lstrip().startswith("-"):
                    break
                items += [a or b for a, b in _ITEM.findall(ln.lstrip()[1:])]
                i += 1
        items = [x for x in items if x.lower() not in ("true", "false", "null", "none", "yes", "no")]
        if items:
            out.append(Selection("exclude" if key in EXCLUDE_KEYS else "include", key, tuple(items)))
    return out


def core(pattern: str) -> str:
    """A pattern's name without glob marks, slashes and a leading dot (`**/*.csv` -> `csv`, `uploads/` -> `uploads`)."""
    return re.sub(r"^[.*/]+|[*/]+$", "", re.sub(r"\*\*/|/\*\*|\*\.", "", pattern.strip().lower())).strip(".")
