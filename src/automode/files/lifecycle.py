"""Expiry and lifecycle rules written in infrastructure code and storage policies (session 11, S5): a rule that
deletes objects after a time, and the filter that says which ones.

The user says "expire what is under `tmp/` after 7 days"; a rule without its filter expires the whole bucket. Each
provider's spelling, from its reference: AWS S3 lifecycle configuration (JSON `Rules[].Expiration` /
`NoncurrentVersionExpiration` with `Filter.Prefix` / `Filter.Tag` / `Filter.And`, legacy `Prefix`), Terraform
`aws_s3_bucket_lifecycle_configuration` `rule { filter { prefix } expiration { days } }` and the legacy
`lifecycle_rule { prefix }`, CloudFormation `LifecycleConfiguration.Rules[].ExpirationInDays` with `Prefix` /
`TagFilters`, Google Cloud Storage `lifecycle.rule[].action.type = Delete` with `condition.matchesPrefix` /
`matchesSuffix` (Terraform `google_storage_bucket.lifecycle_rule` `matches_prefix`), Azure Storage management
policies `actions.baseBlob.delete` with `filters.prefixMatch` / `blobIndexMatch` (Terraform
`azurerm_storage_management_policy` `prefix_match`), Amazon ECR lifecycle policies `action.type = expire` with
`selection.tagPrefixList` / `tagPatternList` / `tagStatus`.

Text only, format-agnostic: a rule is the block (braces, a JSON object, a YAML list item) around a deletion key;
the filter is a scope key inside the same block. Linear in the text.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass

#: Keys and values that make a rule delete (lower-cased key names, any quoting).
DELETE = lazyre.compile(r"""(?i)["']?\b(?:expiration|expiration_?in_?days|expiration_?days|noncurrent_?version_?expiration|"""
                        r"""delete_after_days_since_\w+|days_?after_?(?:modification|creation|last_?access\w*)_?greater_?than)\b["']?\s*[:={]|"""
                        r"""["']?\btype["']?\s*[:=]\s*["'](?:Delete|expire)["']|["']delete["']\s*:\s*\{|\bdelete\s*\{""")
#: Keys that scope a rule to some objects (a prefix, a suffix, an image tag list), with their value; a tag block or a
#: tag status of `untagged`/`tagged` scopes it too.
SCOPE = lazyre.compile(r"""(?i)["']?\b(?:prefix|matches_?prefix|prefix_?match|tag_?prefix_?list|tag_?pattern_?list|tag_?filters|"""
                       r"""matches_?suffix|blob_?index_?match|match_blob_index_tag)\b["']?\s*[:=]\s*(\[[^\]]*\]|\{[^}]*\}|["'][^"'\n]*["']|[^\s,}]+)|"""
                       r"""["']?\b(?:tag|Tag|tags|Tags)["']?\s*[:={]|["']?\btag_?status["']?\s*[:=]\s*["']?(?:untagged|tagged)\b""")
#: Where a rule may start: an HCL block, a YAML list item, a JSON object.
RULE_START = lazyre.compile(r"""(?m)^[ \t]*(?:rule|lifecycle_rule|rules)\s*\{|^[ \t]*-[ \t]+\S|\{""")
WORDS = ("expiration", "expire", "delete", "lifecycle", "retention")


@dataclass(frozen=True, slots=True)
class Expiry:
    text: str  # the rule's block
    prefixes: tuple[str, ...]  # what its filter names
    scoped: bool  # False: the rule has no filter (or an empty one): every object


def expiries(text: str) -> list[Expiry]:
    """The rules of a lifecycle configuration that delete, each with the filter it has (if any)."""
    low = text.lower()
    if not any(w in low for w in WORDS):
        return []
    starts = [m.start() for m in RULE_START.finditer(text)][:2000]
    out: list[Expiry] = []
    seen: set[int] = set()
    for m in DELETE.finditer(text):
        block_at = None
        for s0 in reversed([s for s in starts if s <= m.start()][-40:]):
            end = _block_end(text, s0)
            if end >= m.end() and _is_rule(text, s0, end, m.start()):
                block_at = (s0, end)
                break
        if block_at is None or block_at[0] in seen:
            continue
        seen.add(block_at[0])
        block = text[block_at[0]:block_at[1]]
        names: list[str] = []
        scoped = False
        for sc in SCOPE.finditer(block):
            value = sc.group(1)
            if value is None:
                scoped = True  # a tag block, a tag status
                continue
            found = [v for v in re.findall(r"""["']([^"'\n]*)["']""", value) if v.strip()]
            bare = value.strip("\"'[]{} ")
            if found or (bare and not value.startswith(("[", "{", '"', "'"))):
                scoped = True
                names += found or [bare]
        out.append(Expiry(block, tuple(names), scoped))
    return out


def _block_end(text: str, start: int) -> int:
    """Where the rule starting at `start` ends: its closing brace, or the next line at its indent or less (YAML)."""
    head = text[start:start + 40].lstrip(" \t")
    if head.startswith("-"):
        indent = start - (text.rfind("\n", 0, start) + 1)
        pos = text.find("\n", start)
        while pos != -1:
            nxt = text.find("\n", pos + 1)
            line = text[pos + 1:nxt if nxt != -1 else len(text)]
            if line.strip() and len(line) - len(line.lstrip(" \t")) <= indent:
                return pos
            pos = nxt
        return len(text)
    i = text.find("{", start)
    depth = 0
    while 0 <= i < len(text):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


def _is_rule(text: str, start: int, end: int, at: int) -> bool:
    """A block that holds the deletion as one of its rules (an HCL `rule`, a list item, an object in a list), not
    the deletion's own inner block (`expiration { days = 7 }`, `"action": {"type": "Delete"}`)."""
    head = text[start:start + 40].lstrip(" \t")
    if head.startswith(("rule", "lifecycle_rule", "rules", "-")):
        return True
    before = text[:start].rstrip()
    return before.endswith(("[", ","))  # a JSON object that is an element of a list


def unscoped(text: str) -> list[Expiry]:
    return [e for e in expiries(text) if not e.scoped]
