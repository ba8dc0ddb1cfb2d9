"""The package or build the user named, and another one in its place (session 23, N5, helper `named`).

"yank acme-core 0.4.2" answered with `cargo yank --version 0.4.2 acme-core-macros`: the version is the named one, the
crate is a sibling whose name extends the named one's (or one a near spelling of it) - another package withdrawn,
refused. "upload build/Rutas-4.12.ipa to TestFlight" answered with `-f build/Rutas-4.12.1-hotfix.ipa`: a build file
of the kind named (the same extension), not the one named - asked. The withdrawal commands and where their package
operand stands are data (`knowledge.action_kinds.WITHDRAWALS`); the build kinds are `ARTIFACT_EXTS` there. Read by `selects.selects_more` on clean
allows and releases.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.intent.gate_index import needs
from automode.knowledge.action_kinds import ARTIFACT_EXTS, WITHDRAWALS
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.script import Command

_PKG = lazyre.compile(r"^(@?[a-z0-9][\w.-]*(?:/[\w.-]+)?)(?:@[\w.^~+-]+)?$", re.I)


def _withdrawn(c: Command) -> str | None:
    words = [w.value for w in c.argv[1:]]
    for prog, path, value_opts in WITHDRAWALS:
        if c.name != prog or [w.lower() for w in words[: len(path)]] != list(path):
            continue
        rest = words[len(path):]
        skip = False
        for w in rest:
            if skip:
                skip = False
                continue
            if w.startswith("-"):
                skip = "=" not in w and w.split("=", 1)[0] in value_opts
                continue
            m = _PKG.match(w)
            return m.group(1) if m is not None else None
    return None


def _said(name: str, text: str) -> bool:
    return lazyre.whole(name.lower(), text, r"[\w.@/-]", r"[\w@/-]|\.\w") is not None


def _sibling(pkg: str, text: str) -> str | None:
    """A name in the user's words of which `pkg` is a sibling: one that `pkg` extends by a part (`acme-core` for
    `acme-core-macros`), that extends `pkg`, or one a near spelling of it."""
    from automode.judge.intent.pkg_named import _close

    p = pkg.lower()
    found: list[str] = re.findall(r"@?[a-z0-9][\w.-]*(?:/[\w.-]+)?", text)
    for raw in sorted(set(found)):
        tok = raw.rstrip(".-")
        if len(tok) < 3 or tok == p:
            continue
        if p.startswith(tok + "-") or p.startswith(tok + "_") or tok.startswith(p + "-") or tok.startswith(p + "_") \
                or _close(p, tok):
            return tok
    return None


def _named_files(text: str) -> list[str]:
    """The build files the words name as one build: a path, or a name with a version or number in it ("Rutas-4.12.ipa";
    "upload app.aab" names the app's bundle, whatever its file is called)."""
    return [t for t in re.findall(r"[\w./\\~:-]+", text) if t.lower().endswith(ARTIFACT_EXTS) and len(t) > 4
            and ("/" in t or re.search(r"\d", _base(t)) is not None)]


def _base(path: str) -> str:
    return re.split(r"[/\\]", path)[-1].lower()


@needs("build_file", "withdrawal")  # (reads no word of the user's until the action carries one)
def other_artifact(a: Analysis) -> tuple[str, str] | None:
    """("" = refuse | "ask", why) when the action withdraws a package beside the one named, or carries a build file
    of the kind named other than the one named; None otherwise."""
    if not a.shell or not a.ctx.user_messages:
        return None
    text = "\n".join(a.ctx.user_messages)[:20_000].lower()
    named = None
    for c in a.commands:
        pkg = _withdrawn(c)
        if pkg is not None and not _said(pkg, text) and (other := _sibling(pkg, text)) is not None:
            return "", f"you named {other}; this withdraws {pkg}, another package"
        if named is None:
            named = _named_files(text)
        if not named:
            continue
        for w in c.argv[1:]:
            v = w.value.split("=", 1)[-1]
            if w.dynamic or not v.lower().endswith(ARTIFACT_EXTS) or len(v) <= 4:
                continue
            ext = next(e for e in ARTIFACT_EXTS if v.lower().endswith(e))
            same_kind = [n for n in named if n.lower().endswith(ext)]
            base = _base(v)
            if same_kind and not any(_base(n) == base for n in same_kind):
                return "ask", f"you named {same_kind[0]}; this uses {v}, another build file"
    return None
