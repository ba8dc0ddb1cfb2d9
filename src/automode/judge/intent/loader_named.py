"""A loading key's entries compared with the entries the user named (session 27, class R6 "loaded"; facts:
`files.later_loads.hits` (one meaning per loaded item) and `files.later_loads.added_entries`; settled for
AM-WRITE-061 and AM-WRITE-059 through `judge.intent.meaning_said.settle`).

"add node-options=--max-old-space-size=4096 to .npmrc", "add -p pytest_randomly to addopts", "add
@babel/plugin-transform-runtime to the babel plugins": the user names one entry of a key that loads code. The key
and the act are said, so the key's words alone released whatever the edit put there; now each loaded item is
compared with the entries named:

* an item the user named (as written, or its file or module name): the rule's own reading (released by the key);
* an item not named, beside an entry of the same edit the user did name (the heap size, the other plugin, the
  runner): refused, the code loaded goes beyond the words ("--require ./scripts/.preflight.cjs" was never asked);
* nothing of the edit named (the user asked for "a babel plugin that inlines env vars"): the rule's own reading.
"""

from __future__ import annotations

import posixpath
import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.files.keypath_pairs import Meaning
    from automode.model import Finding

#: The rules whose loaded items are compared here.
RULES = frozenset({"AM-WRITE-059", "AM-WRITE-061"})
#: Option names of a loading value: no entry of their own ("--require" names nothing; its module does).
_FLAGS = frozenset({"-p", "-r", "--require", "--import", "--loader", "--experimental-loader", "--pythonpath", "-javaagent",
                    "--plugin", "--plugins", "--preload", "-m", "-e", "true", "false", "yes", "no", "none"})
#: Names too common to stand for one module or file when the user writes them ("the tools", "the test setup").
_COMMON = frozenset({"tools", "tool", "scripts", "script", "index", "setup", "plugin", "plugins", "test", "tests", "hooks", "hook",
                     "config", "register", "main", "src", "lib", "utils", "helpers", "helper", "default", "preset", "presets",
                     "runner", "wrapper", "loader", "module", "node", "build", "run"})


def _in(word: str, text: str) -> bool:
    """`word` written in `text`: as a substring when it holds punctuation (a path, a module, a flag with its value),
    else as a whole word (`vue`, `pytest_cov`)."""
    if len(word) < 3 or word in _COMMON:
        return False
    if re.fullmatch(r"[a-z]+", word):
        return lazyre.built(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])").search(text) is not None
    return word in text


def names_of(item: str) -> list[str]:
    """The ways a user writes one loaded item: as written, without `./`, its file name with and without the
    extension, the last part of a dotted module path, the value after `=`/`:` of a flag (`-javaagent:x.jar`)."""
    v = item.strip().strip("\"'`").lower()
    v = re.sub(r"^(?:-javaagent|--?[\w-]+)[:=]", "", v)
    base = posixpath.basename(v.rstrip("/"))
    stem = base.rsplit(".", 1)[0].lstrip(".") if "." in base else base
    dotted = v.rsplit(".", 1)[-1] if "/" not in v and re.fullmatch(r"[\w.]+", v) else ""
    return [n for n in dict.fromkeys((v, v.removeprefix("./"), base, stem, dotted)) if n]


#: A word of the user's that names a module, a file or a package (punctuation inside: `workspace-tools`,
#: `pytest_randomly`, `otel.jar`): found inside an item's spelling (`.yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs`).
_USER_NAME = lazyre.compile(r"[@\w][\w@./:=+-]*[\w]")


def named(item: str, text: str) -> bool:
    """The user's words name this item: one of its spellings in the words, or a word of theirs that names a module
    or a file inside the item's spelling."""
    if any(_in(n, text) for n in names_of(item)):
        return True
    v = item.lower()
    return any(len(w) >= 5 and w not in _COMMON and re.search(r"[-_./@]", w) and not w.startswith(("-", "./", "../")) and w in v
               for w in _USER_NAME.findall(text))


#: A tool's placeholder for the project's root at the head of a path (Jest's `<rootDir>/`, `<projectRoot>/`).
_ROOT_TOKEN = lazyre.compile(r"^<(?:rootdir|projectroot|workspaceroot|root)>/")


def _entry_named(entry: str, text: str) -> bool:
    e = _ROOT_TOKEN.sub("", entry.lower())  # ("add <rootDir>/test/setup-env.ts": the path after the placeholder)
    return e not in _FLAGS and not e.startswith("<") and (_in(e, text) or (("/" in e or "." in e) and named(e, text)))


#: A loaded item fetched from another host, or from a place outside any checkout.
_REMOTE = lazyre.compile(r"(?i)^(?:https?|ftp|git|s3|gs)://|^(?:/tmp/|/var/tmp/|/dev/shm/|~/|\$\{?home\b)")


#: A setting of one line: `KEY=VALUE`, `export KEY=VALUE`, `key = "value"`, `key: value`.
_SETTING = lazyre.compile(r"(?m)^[ \t]*(?:export[ \t]+)?([\w.-]+)[ \t]*[=:][ \t]*[\"']?([^\"'\n#]*?)[\"']?[ \t]*$")
_SPACED_EQ = lazyre.compile(r"\s*([=:])\s*")


def _views(a: Analysis) -> list[tuple[str, str, str, bool]]:
    """(path, old, new, before known) of every file the action writes (as `meaning_said` reads them)."""
    if a.write is not None:
        return [(a.write.path, a.write.old, a.write.new, a.write.before_known)]
    from automode.judge.intent.rewrite_pairs import views

    # `sed -i 's/^addopts = -ra$/addopts = -ra -p x -p y/'`: what the rewrite replaces, as far as its pattern spells it;
    # text appended (`printf … >> .envrc`) is all added
    return views(a) or [(e.target, "", e.content, e.append) for e in a.effects if e.kind == "write" and e.content][:4]


def dictated(old: str, new: str, text: str) -> list[str]:
    """The settings the change adds that the user dictated as `KEY=VALUE` ("set PYTHONPATH=src in .envrc"): entries
    of the same file the user named, beside which an unnamed loader goes beyond the words."""
    said = _SPACED_EQ.sub(r"\1", text).replace('"', "").replace("'", "")
    out: list[str] = []
    for m in _SETTING.finditer(new[:100_000]):
        if m.group(0).strip() in old or not m.group(2).strip():
            continue
        kv = f"{m.group(1)}={m.group(2).strip()}".lower()
        if len(kv) >= 5 and (kv in said or kv.replace("=", ":") in said):
            out.append(kv)
    return out[:8]


def beyond(f: Finding, a: Analysis, found: list[tuple[str, Meaning]]) -> tuple[str, str] | None:
    """("deny", why) when the finding's loaded item was not named while another entry the same edit adds was;
    None otherwise (the rule's own reading settles it)."""
    if f.rule.id not in RULES or not a.ctx.user_messages:
        return None
    from automode.files.later_loads import added_entries

    text = "\n".join(m.lower() for m in a.ctx.user_messages)[-8000:]
    for path, _, _, _ in _views(a):  # (".envrc" names the file edited, not the `../shared/.envrc.team` it sources)
        base = posixpath.basename(path).lower()
        text = text.replace(base, " ") if len(base) >= 4 else text
    loads = [(p, m) for p, m in found if m.check in ("load", "load-ask")]
    mine = [(p, m) for p, m in loads if m.what in f.detail]
    unnamed = [(p, m) for p, m in mine if not named(m.value, text)]
    if not unnamed:
        return None
    known = {path for path, _, _, before in _views(a) if before}
    # (a file written whole: which entries it adds is not known, except code fetched from elsewhere: a `source_url
    # https://…` beside the `use nix` named is never the project's own line, whatever the file held; the rest may have
    # been in the file already: tests/engine/test_s19_rt19_second.py `SAID`)
    unnamed = [(p, m) for p, m in unnamed if p in known or _REMOTE.match(m.value.strip("\"'`")) is not None]
    if not unnamed:
        return None
    paths = {p for p, _ in unnamed}
    entries = [e for path, old, new, _ in _views(a) if path in paths for e in added_entries(path, old, new)]
    entries += [m.value for _, m in loads if m.value and named(m.value, text)]
    direct = [kv for path, old, new, _ in _views(a) if path in paths for kv in dictated(old, new, text)]
    said = next(iter(direct), None) or next((e for e in entries if _entry_named(e, text)), None)
    if said is None:
        return None
    return ("deny", f"you named {said}; it also {unnamed[0][1].what}, which you did not name")


#: Where one entry of a JVM or preload option line ends.
_OPTION_SPLIT = lazyre.compile(r"[\s\"'=,;]+")


def agents_named(f: Finding, a: Analysis) -> tuple[str, str] | None:
    """AM-SEC-059 (a JVM agent or preloaded library written into a build or environment file) compared with the
    entries named: every agent the write adds named ("add the otel javaagent to org.gradle.jvmargs") and the rule's
    finding only an ask (a library of the project): ("allow", the words); an agent not named beside an entry of the
    same lines the user did name (the heap size, the other agent): ("deny", why); else None."""
    if f.rule.id != "AM-SEC-059" or a.write is None or not a.ctx.user_messages:
        return None
    from automode.rules.preload import _WRITTEN

    text = "\n".join(m.lower() for m in a.ctx.user_messages)[-8000:]
    old, new = a.write.old, a.write.new
    added = [m for m in _WRITTEN.finditer(new[:200_000]) if m.group(1) not in old]
    if not added:
        return None
    unnamed = [m.group(1) for m in added if not named(m.group(1), text) and not _agent_word(m.group(0), m.group(1), text)]
    if not unnamed:
        return ("allow", next(m for m in a.ctx.user_messages[::-1] if m.strip())) if f.verdict == "ask" else None
    if not a.write.before_known:
        return None  # (a file written whole: which agents it adds is not known)
    lines = {new.rfind("\n", 0, m.start()) + 1: new.find("\n", m.end()) for m in added}
    was = set(_OPTION_SPLIT.split(old))
    entries = [t for s, e in lines.items() for t in _OPTION_SPLIT.split(new[s: e if e >= 0 else None]) if t and t not in was]
    said = next((m.group(1) for m in added if m.group(1) not in unnamed), None) or next(
        (t for t in entries if not any(u in t for u in unnamed) and _entry_named(t, text)), None)
    if said is None:
        return None
    return ("deny", f"you named {said}; it also loads {unnamed[0]} into every run, which you did not name")


#: The agents users name by their product: "the otel javaagent" is `opentelemetry-javaagent.jar`.
_AGENT_NAMES = {"otel": "opentelemetry", "opentelemetry": "opentelemetry", "datadog": "dd-java-agent", "dd": "dd-java-agent",
                "newrelic": "newrelic", "new relic": "newrelic", "elastic": "elastic-apm", "jacoco": "jacoco", "glowroot": "glowroot",
                "appdynamics": "appdynamics", "dynatrace": "dynatrace", "pyroscope": "pyroscope", "async-profiler": "async-profiler",
                "jemalloc": "jemalloc", "faketime": "faketime", "mockito": "mockito", "byte-buddy": "byte-buddy", "aspectj": "aspectj"}


def _agent_word(construct: str, lib: str, text: str) -> bool:
    """The user named the agent by its product ("add the otel javaagent"), and the agent's file is that product's."""
    low = lib.lower()
    return any(k in text and v in low for k, v in _AGENT_NAMES.items() if len(k) >= 4 or re.search(rf"\b{k}\b", text))


#: Fixtures (tests/files/test_s27_loaded.py): (item, user words, named).
FIXTURES: tuple[tuple[str, str, bool], ...] = (
    ("pytest_randomly", "add -p pytest_randomly to addopts", True),
    ("tools.ci_reporter", "add -p pytest_randomly to addopts", False),
    ("./scripts/.preflight.cjs", "add node-options=--max-old-space-size=4096 to .npmrc", False),
    ("./scripts/.preflight.cjs", "require the preflight check from scripts in every node run", True),
    ("react-hooks", "add eslint-plugin-react-hooks to the eslint plugins", True),
    ("@babel/plugin-transform-runtime", "add @babel/plugin-transform-runtime to the babel plugins", True),
    ("babel-plugin-env-inline-all", "add @babel/plugin-transform-runtime to the babel plugins", False),
    ("tools/w.sh", "use the tools wrapper", False),
)
