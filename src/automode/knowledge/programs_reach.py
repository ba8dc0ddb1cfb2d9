"""Where a command's arguments reach (issue 10, points 2 and 7): writes through links made in the same action, what
makes an unknown program's arguments leave the project, and how much of real traffic the knowledge base knows."""

from __future__ import annotations

import re

from automode.effects import Effect
from automode.knowledge.programs import LOCAL_ADDR_RE, _LazyRe, _pathlike, host_of, known
from automode.paths import classify
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.shell.commands import Env
    from automode.shell.parse import Command


def follow_links(effects: list[Effect], home: str, root: str, cwd: str) -> list[Effect]:
    """`ln -sf ~/.bashrc notes.txt && echo x >> notes.txt`: a write through a link made in the same action lands on
    the link's target, so it is judged there too."""
    links = {e.target: e for e in effects if e.kind == "write" and e.origin == "link" and e.content}
    if not links:
        return effects
    out = list(effects)
    for e in effects:
        if e.kind not in ("write", "delete") or e.origin == "link":
            continue
        link = links.get(e.target) or next((lk for p, lk in links.items() if e.target.startswith(p + "/")), None)
        if link is None or link.content is None:
            continue
        base = link.target.rsplit("/", 1)[0] or "/"
        target = link.content + e.target[len(link.target) :]
        info = classify(target, base, home, root)
        out.append(Effect(e.kind, info.path, info.cls, detail=e.detail, append=e.append, origin="via-link",
                          content=e.content, via=(*e.via, f"link {link.target}")))  # fmt: skip
    return out


def through_links(effects: list[Effect], links: tuple[tuple[str, str], ...], home: str, root: str) -> list[Effect]:
    """File effects under a symbolic link the adapters found (`Context.links`), judged at the link's target too; and
    under a link's target, at the link (the name the control table knows). One hop each way."""
    out = list(effects)
    for e in effects:
        if e.kind not in ("read", "write", "delete", "chmod") or not e.target.startswith("/"):
            continue
        for link, target in links[:16]:
            for a, b in ((link, target), (target, link)):
                if e.target == a or e.target.startswith(a.rstrip("/") + "/"):
                    info = classify(b + e.target[len(a.rstrip("/")) :], "/", home, root)
                    out.append(Effect(e.kind, info.path, info.cls, detail=e.detail, recursive=e.recursive, append=e.append,
                                      origin="via-link", content=e.content, via=(*e.via, f"link {link}")))  # fmt: skip
    return out


#: A URL naming a local file (`curl file:///…`, WebFetch of `file://…`, `curl -T x file:///…`): the "network" effect
#: is a read (a fetch) or a write (an upload) of that path, judged like `cat PATH` / `cp x PATH`.
FILE_URL_RE = _LazyRe(r"(?i)^file:(?://(?:localhost)?)?(/[^?#]*)")


def local_urls(effects: list[Effect], home: str, root: str, cwd: str) -> list[Effect]:
    """Network effects whose URL is a local file become the file effect they are (kept beside the network one)."""
    out = list(effects)
    for e in effects:
        if e.kind != "network":
            continue
        m = FILE_URL_RE.match(e.target)
        if m is None:
            continue
        from urllib.parse import unquote

        info = classify(unquote(m.group(1)), cwd, home, root)
        out.append(Effect("write" if e.origin == "send" else "read", info.path, info.cls, detail=e.detail, origin="file-url", via=e.via))
    return out


# ------------------------------------------------------------------ what the unknown-program rule asks
PROD_RE = _LazyRe(r"(?i)(?:^|[^a-z])(prod|production|live)(?:[^a-z]|$)")
#: A substitution whose output is the project's own file names or a plain value (a date, a count, a name, a commit):
#: one simple command of these, nothing piped, nested or redirected (`fourmolu --mode check $(git ls-files '*.hs')`,
#: `sacct --starttime $(date -d '1 week ago' +%F)`). The command itself is judged where it runs.
PLAIN_OUTPUT = _LazyRe(r"^\$\((?:git\s+(?:ls-files|diff\s+--name-only|rev-parse|branch\s+--show-current|describe)|date|nproc|"
                       r"whoami|id\s+-[ugn]+|uname|hostname|getconf)(?:\s[^|;&<>`$()\n]*)?\)$")


def escapes(cmd: Command, env: Env) -> str | None:
    """Why an unknown program's arguments leave the project: a secret, a host or URL, a production marker, or a
    path outside the project. None while they stay inside."""
    for w in cmd.argv[1:48]:
        v = w.value
        if w.dynamic:
            if "$" in w.raw and not re.search(r"\$\{?(PWD|HOME|TMPDIR|[A-Za-z_]*DIR)\b", w.raw) \
                    and not PLAIN_OUTPUT.match(w.raw.strip("\"'")):
                return f"its argument `{w.raw[:40]}` is only known at run time"
            continue
        val = v.partition("=")[2] if v.startswith("-") and "=" in v else v
        if PROD_RE.search(val) or PROD_RE.search(v.partition("=")[0] if v.startswith("--") else ""):
            return f"`{v[:60]}` names production"
        h = host_of(val)
        if h is not None and not LOCAL_ADDR_RE.match(h):
            return f"it is given the host {h[:60]}"
        if val.startswith("@"):
            val = val[1:]
        if not _pathlike(val):
            continue
        info = classify(val, cmd.cwd or env.root, env.home, env.root)
        if info.cls == "secret":
            return f"it is given the secret {info.path}"
        if info.path == env.root.rstrip("/"):
            continue  # the project itself (`.`)
        if info.cls in ("home", "system", "outside", "critical", "device", "protected"):
            return f"it is given {info.path}, outside the project"
    return None


def is_projects_own(cmd: Command, env: Env) -> bool:
    """A program inside the project (`./x`, `bin/x`, `node_modules/.bin/x`): judged by what it contains, not here."""
    v = cmd.argv[0].value if cmd.argv else ""
    if "/" not in v:
        return False
    info = classify(v, cmd.cwd or env.root, env.home, env.root)
    return info.cls in ("project", "artefact")


class Coverage:
    """How many command words of real traffic the knowledge base knows (`automode bench` prints it)."""

    def __init__(self) -> None:
        from collections import Counter

        self.known = 0
        self.own = 0
        self.unknown: Counter[str] = Counter()
        self.seconds = 0.0

    def add(self, commands: list[Command], home: str, root: str) -> None:
        import time

        t0 = time.perf_counter()
        from automode.shell.commands import Env

        env = Env(home, root)
        for c in commands:
            if not c.argv or c.name_dynamic or not c.name:
                continue
            if known(c.name):
                self.known += 1
            elif is_projects_own(c, env) or any(v.startswith("function ") for v in c.via):
                self.own += 1
            else:
                self.unknown[c.name] += 1
        self.seconds += time.perf_counter() - t0

    def report(self) -> dict[str, Any]:
        words = self.known + sum(self.unknown.values())
        top = ", ".join(f"{n} ({k})" for n, k in self.unknown.most_common(8)) or "none"
        return {"words": words, "known_pct": round(100 * self.known / words, 2) if words else 0.0, "own": self.own, "unknown_top": top}
