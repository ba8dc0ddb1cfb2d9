"""One item's download quarantine cleared where the user asked for that item to open (issue 12, session 9).

Turning Gatekeeper off (`spctl --master-disable`, `LSQuarantine -bool false`) is never released: it stops the check
for everything downloaded from then on. `xattr -d com.apple.quarantine /Applications/Rectangle.app` is narrower: it
tells macOS that this one item, which the user downloaded or built, is trusted. The user asks for that by naming the
item together with what Gatekeeper says ("macOS says the fvm binary I downloaded can't be opened, developer cannot be
verified", "the 'are you sure' dialog for my own build of rectangle"), or by asking for its quarantine to be cleared.
A directory of many items (`/Applications`, `~/Downloads`), a glob, `xattr -c` (every attribute) or an item the user
did not name stays refused.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre

if TYPE_CHECKING:
    from automode.analysis import Analysis

_QUARANTINE = "com.apple.quarantine"
#: What macOS says when it blocks a downloaded item, or the user's own words for the check.
_BLOCKED = lazyre.compile(
    r"can'?t\s+be\s+opened|cannot\s+be\s+opened|won'?t\s+(?:open|launch|run)|refuses\s+to\s+(?:open|launch|run)|"
    r"unidentified\s+developer|(?:developer|it)\s+can(?:no|')t\s+be\s+verified|could\s+not\s+verify|is\s+damaged|"
    r"are\s+you\s+sure|gatekeeper|quarantine|from\s+the\s+internet|malicious\s+software|move\s+to\s+(?:the\s+)?trash|"
    r"blocked\s+by\s+macos|not\s+opened|\bdamaged\b|unverified|not\s+verified|won'?t\s+start|\b(?:gets?|getting|is|being)\s+killed|killed\s+by\s+macos|\bkilled:\s*9|"
    r"won'?t\s+(?:run|execute)|can'?t\s+(?:run|execute)|not\s+trusted|untrusted")
#: The user's words for an item they built themselves ("the helper app I just built", "my local build").
_OWN_BUILD = lazyre.compile(r"\b(?:i|we)\s+(?:just\s+)?(?:built|compiled|packaged|archived|signed)\b|\bmy\s+(?:own\s+|local\s+)?"
                            r"build\b|\b(?:the|a|this)\s+(?:local|fresh|new|debug|release)\s+build\b|\bjust\s+built\b")
#: Folders a build writes its products to (Xcode, SwiftPM, CMake, cargo, electron-builder, Tauri, Flutter).
_BUILD_DIRS = frozenset({"build", "dist", "out", "target", "release", "debug", "deriveddata", ".build", "products",
                        "bundle", "macos", "release-builds", "xcarchive"})
#: Places that hold many items: clearing them trusts everything in them.
_CONTAINERS = frozenset({"applications", "downloads", "desktop", "documents", "bin", "opt", "usr", "local", "library",
                         "users", "home", "tmp", "volumes", "homebrew", "cellar"})


def _built_here(a: Analysis) -> bool:
    """Every item the `xattr` commands clear is a build product in the project (`build/Release/App.app`)."""
    paths = [p for c in a.commands if c.name == "xattr" for p in c.args if not p.startswith("-") and p != _QUARANTINE]
    root = (a.root or "").rstrip("/") + "/"

    def own(p: str) -> bool:
        rel = p[len(root):] if root != "/" and p.startswith(root) else p
        parts = [x.lower() for x in rel.split("/")[:-1]]
        return not rel.startswith(("/", "~", "..")) and bool(_BUILD_DIRS & set(parts))

    return bool(paths) and all(own(p) for p in paths)


def _items(a: Analysis) -> list[str] | None:
    """The items whose quarantine the action clears, when that is all its `xattr` commands do; None otherwise."""
    items: list[str] = []
    for cmd in a.commands:
        if cmd.name != "xattr":
            continue
        args = list(cmd.args)
        flags = "".join(x.lstrip("-") for x in args if x.startswith("-") and not x.startswith("--"))
        if "d" not in flags or "c" in flags or _QUARANTINE not in args or any(w.dynamic for w in cmd.argv):
            return None
        paths = args[args.index(_QUARANTINE) + 1:]
        if not paths or any(p.startswith("-") or any(c in p for c in "*?[") for p in paths):
            return None
        for p in paths:
            base = p.rstrip("/").rsplit("/", 1)[-1]
            if "r" in flags and not base.lower().endswith((".app", ".bundle", ".framework", ".plugin")):
                return None  # recursive over a directory of items, not into one bundle
            if base.lower() in _CONTAINERS or base in ("", ".", "..", "~"):
                return None
            items.append(base)
    return items or None


def asks_open(a: Analysis) -> str | None:
    """The user's words that ask for these items to open (the newest message naming each with what Gatekeeper
    says), or None."""
    items = _items(a)
    if items is None:
        return None
    quoted = ""
    if _built_here(a):  # "the helper app I just built says it's damaged": the project's own build product
        said = next((m for m in reversed(a.ctx.user_messages) if _BLOCKED.search(m.lower()) and _OWN_BUILD.search(m.lower())), None)
        if said is not None:
            return said
    for base in items:
        name = re.sub(r"\.(app|bundle|framework|plugin)$", "", base, flags=re.I).lower()
        words = [w for w in re.split(r"[^a-z0-9]+", name) if len(w) >= 3]
        if not words:
            return None
        said = next((m for m in reversed(a.ctx.user_messages) if _BLOCKED.search(m.lower())
                     and any(re.search(rf"\b{re.escape(w)}\b", m.lower()) for w in words)), None)
        if said is None:
            return None
        quoted = quoted or said
    return quoted
