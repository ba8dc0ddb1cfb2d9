"""A coverage or mutation-score minimum of a tool the gate tables do not list, lowered (AM-WRITE-003's fallback).

A key whose name says both a minimum (`min`, `minimum`, `threshold`, `fail_under`, `bound`, `floor`, `required`,
`target`) and what is measured (`coverage`, `cov`, `covered`, `msi`, `mutation`), given a number, in a settings or
build file: the number going down, or the key going away, lowers the gate. Names that say an allowance instead
(`max_coverage_drop`, `coverage_tolerance`) move the other way and are left out; so is application code, where
`MIN_COVERAGE_AMOUNT` can be an insurance policy's.
"""

from __future__ import annotations

import re

from automode import lazyre

GATE = frozenset({"min", "minimum", "threshold", "thresholds", "fail", "under", "bound", "floor", "required", "require", "target",
                  "least", "lower"})
MEASURE = frozenset({"coverage", "cov", "covered", "msi", "mutation", "mutants"})
ALLOWANCE = frozenset({"max", "maximum", "drop", "decrease", "delta", "allowed", "tolerance", "tolerated", "slack", "diff", "change"})
#: `key = 80`, `key: 80`, `"key": 80`, `key := 80`, `<key>80</key>`, `--key 80`, `--key=80`, `key(80)`.
KEYVAL = lazyre.compile(r"""(?<![\w-])(?:--)?["']?([A-Za-z_][\w.-]{2,60})["']?\s*(?::=|=>|=|:|\s|\()\s*["']?(\d+(?:\.\d+)?)%?["']?|"""
                        r"""<([A-Za-z_][\w.-]{2,60})>\s*(\d+(?:\.\d+)?)%?\s*</""")
#: Build and test-runner scripts written in a programming language (settings files are read whatever their name).
BUILD_SCRIPTS = lazyre.compile(r"/(?:noxfile\.py|conftest\.py|setup\.py|Rakefile|Gemfile|Guardfile|Package\.swift|build\.zig|"
                               r"build\.sc|build\.mill|project\.clj|Gruntfile\.js|Gulpfile\.js|gulpfile\.js|Jakefile\.js)$|\.gradle\.kts$")
_WORDS = lazyre.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _gate_key(key: str) -> bool:
    ws = {w.lower() for w in _WORDS.findall(key)}
    return bool(ws & GATE) and bool(ws & MEASURE) and not ws & ALLOWANCE


def _values(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for m in KEYVAL.finditer(text):
        k, v = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if _gate_key(k):
            out.setdefault(k.lower().replace("-", "_"), float(v))
    return out


def lowered(old: str, new: str) -> tuple[str, float, float] | None:
    """(key, old value, new value or -1 when removed) of a coverage minimum the change lowers or removes."""
    if not old or not any(w in old.lower() for w in MEASURE):
        return None
    was = _values(old)
    if not was:
        return None
    now = _values(new)
    for k, v in now.items():
        if k in was and v < was[k]:
            return k, was[k], v
    gone = [k for k in was if k not in now]
    if gone and new.strip() and not re.search(re.escape(gone[0]).replace("_", "[_-]"), new, re.I):
        return gone[0], was[gone[0]], -1.0
    return None
