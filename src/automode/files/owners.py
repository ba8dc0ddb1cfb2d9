"""Code owners: who must approve a change to which paths, and an edit that takes someone off that list.

CODEOWNERS (GitHub: docs.github.com "About code owners", `.github/`, root or `docs/`; GitLab: docs.gitlab.com
"Code Owners", `.gitlab/`, root or `docs/`, with `[Section]` headers, `[Section][N]` approval counts and `^[Section]`
optional sections; Bitbucket Data Center: `.bitbucket/CODEOWNERS`; Gitea: `.gitea/CODEOWNERS`): each line is a path
pattern followed by owners (`@user`, `@org/team`, an e-mail). A required review by code owners asks one of them.

An edit loosens it when an owner leaves a pattern that stays, a pattern's line goes with an owner no other line
keeps, an owner disappears from the file altogether, a section's approval count drops, or a section becomes optional.
A whole file written over whose previous content automode does not know may do any of these.
"""

from __future__ import annotations

from automode import lazyre

PATH = lazyre.compile(r"(?:^|/)(?:\.github/|\.gitlab/|\.bitbucket/|\.gitea/|docs/)?CODEOWNERS$")
_OWNER = lazyre.compile(r"^(?:@[\w.\-/]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")
_SECTION = lazyre.compile(r"^\s*(\^)?\[([^\]]+)\](?:\[(\d+)\])?")


def rules(text: str) -> dict[str, set[str]]:
    """Pattern (with its section) -> owners, comments and blank lines left out."""
    out: dict[str, set[str]] = {}
    section = ""
    for line in text.splitlines():
        body = line.split(" #", 1)[0].strip()
        if not body or body.startswith("#"):
            continue
        m = _SECTION.match(body)
        if m is not None:
            section = m.group(2).strip().lower()
            rest = body[m.end() :].split()
            if rest:
                out.setdefault(f"[{section}]", set()).update(w for w in rest if _OWNER.match(w))
            continue
        words = body.split()
        out.setdefault(f"{section}\0{words[0]}", set()).update(w.lower() for w in words[1:] if _OWNER.match(w))
    return out


def _sections(text: str) -> dict[str, tuple[bool, int]]:
    """Section -> (optional, approvals required)."""
    out: dict[str, tuple[bool, int]] = {}
    for line in text.splitlines():
        m = _SECTION.match(line)
        if m is not None:
            out[m.group(2).strip().lower()] = (bool(m.group(1)), int(m.group(3) or 1))
    return out


def loosened(old: str, new: str) -> str:
    """What the change takes away from code ownership ("" when nothing): `@acme/security no longer owns /app/billing/`."""
    was, now = rules(old), rules(new)
    for pattern, owners in was.items():
        path = pattern.split("\0")[-1]
        if pattern in now:
            gone = sorted(owners - now[pattern])
            if gone:
                return f"{gone[0]} no longer owns {path}"
    everyone_now = set().union(*now.values()) if now else set()
    for pattern, owners in was.items():
        gone = sorted(owners - everyone_now)
        if gone:
            return f"{gone[0]} is no longer a code owner (of {pattern.split(chr(0))[-1]})"
    s_was, s_now = _sections(old), _sections(new)
    for name, (optional, count) in s_was.items():
        if name in s_now:
            now_optional, now_count = s_now[name]
            if now_optional and not optional:
                return f"the [{name}] owners' approval becomes optional"
            if now_count < count:
                return f"the [{name}] section needs {now_count} code-owner approvals instead of {count}"
    return ""
