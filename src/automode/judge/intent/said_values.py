"""The value said, another used (session 21, L4; AM-JUDGE-038).

The user names who, how much, where or which; the action carries another value of that slot:

* a share of traffic in an edited or written routing file (an Istio `weight`, a rollout's `setWeight`, a split's
  `percent`) where "10 %" was said, and the file gives the new destination all of it;
* a global or wildcard form of a setting where the user named one value of it (`knowledge.widening`'s scoped forms,
  `GLOBAL_FORMS` below): `safe.directory '*'` for one path, an Android `<base-config cleartextTrafficPermitted>` or
  iOS `NSAllowsArbitraryLoads` for one host, a firewall source of `0.0.0.0/0` for one address, `allUsers` for one
  principal;
* a file mode that lets every user write where a narrower mode was said (`chmod 777` for "u+x");
* a push to another remote than the one named ("remote ama-fork" answered with `git push origin`);
* a value further up its kind's scale (`intent.said_kinds`, session 22): an incident resolved where "acknowledge"
  was said, a credential that may write where "read-only" was said;
* another log level than the one said, a permission triple that configures or writes where read-only was said
  (`intent.levels_said`, session 26).

A global form, or more traffic than said, is refused; another mode or remote is asked. The same act with the value
said runs. `changed(a)` returns ("deny" | "ask", why) or None; read by `intent.substitutions`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.gate_index import needs
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


def changed(a: Analysis) -> tuple[str, str] | None:
    msgs = a.ctx.user_messages
    if not msgs:
        return None
    text = "\n".join(msgs[-2:])[:6000]
    checks = []
    if a.write is not None:
        checks += [_weights, _global_written]
    if a.shell and a.commands:
        checks += [_global_command, _mode, _remote]
    if a.action.tool.startswith("mcp__") or (a.shell and a.commands):
        from automode.judge.intent.said_kinds import changed as kind_changed

        checks.append(kind_changed)  # an incident resolved for "acknowledge", a write-enabled token for "read-only"
    if (a.shell and a.commands) or a.write is not None:
        from automode.judge.intent.levels_said import changed as level_changed

        checks.append(level_changed)  # "log level info" answered with `LOG_LEVEL=debug`, read-only with `'.*' '.*' '.*'`
    for check in checks:
        got = check(a, text)
        if got is not None:
            return got
    return None


def _quote(text: str) -> str:
    from automode.judge.intent.match import quote

    return quote(text, 80)


# ------------------------------------------------------------------ a share of traffic in a routing file
#: A share a routing file gives one destination: Istio/SMI/Gateway API `weight`, Argo Rollouts `setWeight`, Knative
#: and Cloud Run `percent`, flag rollouts' `percentage`, in YAML or JSON.
_WEIGHT = lazyre.compile(r"(?im)^[\s-]*[\"']?(?:weight|setWeight|percent|percentage|traffic_?percent)[\"']?\s*:\s*(\d{1,3})\b")


def _weights(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.judge.intent.slots import percents_said

    w = a.write
    if w is None or not _WEIGHT.search(w.new or ""):
        return None
    said = percents_said(text)
    if not said:
        return _routing_unasked(a, text)
    old = set((w.old or "").splitlines())
    added = [int(m.group(1)) for line in (w.new or "").splitlines() if line not in old for m in [_WEIGHT.search(line)]
             if m is not None]
    if not added and new_lines_changed(old, w.new or ""):
        added = [int(m.group(1)) for m in _WEIGHT.finditer(w.new or "")]  # (the destination changed, its weight kept)
    if not added:  # (the weights swapped between destinations: every line was there before, in another place)
        before = [int(m.group(1)) for m in _WEIGHT.finditer(w.old or "")]
        after = [int(m.group(1)) for m in _WEIGHT.finditer(w.new or "")]
        if len(before) == len(after):
            added = [n for o, n in zip(before, after, strict=True) if o != n]
    if not added:
        return None

    def fits(v: int) -> bool:  # the share said, or what is left of it for the other destination
        return any(abs(v - s) < 0.6 or abs((100 - v) - s) < 0.6 for s in said)

    if any(fits(v) for v in added):
        return None
    top = max(added)
    if top > max(said):
        return "deny", f"you asked for {max(said):g} % of the traffic; this edit gives a destination {top} %"
    return "ask", f"you asked for {min(said):g} % of the traffic; this edit gives {top} %"


#: Words that ask for a change of routing at all (the share, the route, the canary, the mesh's objects).
_ROUTING_SAID = lazyre.compile(r"(?i)traffic|tr[aá]fego|tr[aá]fico|trafic|traffico|verkehr|трафик|流量|トラフィック|트래픽|"
                               r"rout\w*|weight|canary|split|shift|rollout|roll\s+out|promot\w*|virtual\s*service|istio|"
                               r"mesh|setweight|percent|%|subset|v\d\b|version|revision|blue[- ]green|cut\s*over|switch")


def _routing_unasked(a: Analysis, text: str) -> tuple[str, str] | None:
    """An edit that moves traffic (a weight changed, a destination swapped) where the words ask for nothing about
    routing ("fix the typo in the README heading"): asked."""
    w = a.write
    if w is None or not w.old or _ROUTING_SAID.search(text) or w.path.rsplit("/", 1)[-1].lower() in text.lower():
        return None
    old = set(w.old.splitlines())
    before = sorted(int(m.group(1)) for m in _WEIGHT.finditer(w.old))
    after = sorted(int(m.group(1)) for m in _WEIGHT.finditer(w.new or ""))
    if before == after and not new_lines_changed(old, w.new or ""):
        return None
    if not after:
        return None
    return "ask", f"this edit changes where the traffic goes ({w.path.rsplit('/', 1)[-1]}); nothing you said asks for that"


def new_lines_changed(old: set[str], new: str) -> bool:
    """The edit changes a destination line of the routing file (a host, a subset, a revision, a service name)."""
    return any(line not in old and re.search(r"(?i)\b(?:host|subset|revision|revisionName|service|serviceName|name|"
                                             r"backend|destination)\b\s*:", line) for line in new.splitlines())


# ------------------------------------------------------------------ a global form for one named value
#: (what, the global form in the written text or the command, the kind of value a user names it by, the words that
#: ask for the global form itself). Kinds: "path", "host", "address", "principal".
GLOBAL_FORMS: tuple[tuple[str, str, str, str], ...] = (
    ("trusts every repository on the machine (`safe.directory '*'`)",
     r"safe\.directory\s*=?\s*['\"]?\*['\"]?(?:\s|$)", "path",
     r"(?<![\w*])\*(?![\w*])|\bevery\s+(?:repo|repositor|director)|\ball\s+(?:repo|repositor|director)|\bany\s+(?:repo|director)"),
    ("allows cleartext HTTP to every host (`<base-config cleartextTrafficPermitted=\"true\">`)",
     r"<base-config[^>]*cleartextTrafficPermitted\s*=\s*[\"']true", "host",
     r"base-config|\bevery\s+(?:host|domain)|\ball\s+(?:hosts|domains|traffic)|\bany\s+(?:host|domain)|\bglobal\w*|"
     r"\beverywhere\b"),
    ("allows cleartext HTTP to every host (`NSAllowsArbitraryLoads`)",
     r"NSAllowsArbitraryLoads</key>\s*<true\s*/>|\"NSAllowsArbitraryLoads\"\s*:\s*true", "host",
     r"NSAllowsArbitraryLoads|arbitrary\s+loads|\bevery\s+(?:host|domain)|\ball\s+(?:hosts|domains)|\bany\s+(?:host|domain)"),
    ("opens it to every address on the internet (`0.0.0.0/0`)",
     r"(?:--cidr|--source-ranges|--source-address-prefix(?:es)?|--remote-ip|CidrIp\"?\s*:|cidr_blocks\s*=\s*\[)[=\s\"']*"
     r"(?:0\.0\.0\.0/0|::/0|\*|Internet)\b|(?:--source-address-prefix(?:es)?)[=\s\"']+(?:\*|Internet|Any)\b", "address",
     r"0\.0\.0\.0/0|::/0|\banywhere\b|\beveryone\b|\bthe\s+(?:whole\s+)?internet\b|\bpublic(?:ly)?\b|\bworld\b|"
     r"\bany\s+(?:ip|address|source)\b|\ball\s+(?:ips|addresses|sources)\b"),
    ("grants it to everyone (`allUsers` / `allAuthenticatedUsers`)",
     r"\ballUsers\b|\ballAuthenticatedUsers\b", "principal",
     r"allUsers|allAuthenticatedUsers|\bpublic(?:ly)?\b|\banyone\b|\beveryone\b|\bthe\s+(?:whole\s+)?internet\b"),
)
_GLOBALS = tuple((what, lazyre.compile("(?i)" + form), kind, lazyre.compile("(?i)" + said))
                 for what, form, kind, said in GLOBAL_FORMS)
#: A value of each kind as users write it.
_KIND_VALUE = {
    "path": lazyre.compile(r"(?<![\w/.-])(?:~|\.{1,2})?/[\w.@+-]+(?:/[\w.@+-]*)*"),
    "host": lazyre.compile(r"(?i)(?<![\w@/.-])(?:localhost|(?:\d{1,3}\.){3}\d{1,3}|(?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])|"
                           r"\bemulat\w*|emulador\w*|émulateur|エミュレータ|模拟器|에뮬레이터|эмулятор\w*"),
    "address": lazyre.compile(r"(?i)(?<![\d.])(?!0\.0\.0\.0)(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\d.])|"
                              r"\bmy\s+(?:ip|address)\b|\boffice\b|\bvpn\b|\bbastion\b"),
    "principal": lazyre.compile(r"(?i)[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bservice\s*account\b|\bgroup:[\w.@-]+"),
}


def _global(a: Analysis, text: str, body: str) -> tuple[str, str] | None:
    from automode.judge.intent.gloss import gloss

    read = text + "\n" + gloss(text)
    for what, form, kind, said in _GLOBALS:
        if form.search(body) is None:
            continue
        if said.search(read) is not None:
            continue
        named = [m.group(0) for m in _KIND_VALUE[kind].finditer(text)]
        if kind == "path":
            named = [n for n in named if n not in body]
        if not named:
            continue
        return "deny", f"you named {named[0]}; this {what}"
    return None


def _global_written(a: Analysis, text: str) -> tuple[str, str] | None:
    w = a.write
    if w is None:
        return None
    old = w.old or ""
    new = w.new or ""
    if not new or (old and _any_form(old) and _any_form(old) == _any_form(new)):
        return None  # (the form was there before the edit)
    return _global(a, text, new)


def _any_form(body: str) -> tuple[bool, ...]:
    return tuple(form.search(body) is not None for _, form, _, _ in _GLOBALS)


def _global_command(a: Analysis, text: str) -> tuple[str, str] | None:
    return _global(a, text, a.command_text or "")


# ------------------------------------------------------------------ a file mode
_OCTAL = lazyre.compile(r"^0?[0-7]{3,4}$")
_MODE_SAID = lazyre.compile(r"(?i)(?<![\w])(?:chmod\s+)?([ugoa]*[+=-][rwxXst]+(?:,[ugoa]*[+=-][rwxXst]+)*|0?[0-7]{3})(?![\w])")
_WORLD_WRITE_SAID = lazyre.compile(r"(?i)world[- ]?writ\w*|\beveryone\b|\ball\s+users\b|\banyone\b|\bo\+w\b|\ba\+w\b|"
                                   r"\bfull\s+permissions\b|\b777\b|\b666\b")


def _others_write(mode: str) -> bool:
    if _OCTAL.match(mode):
        return int(mode[-1]) & 2 == 2
    return any(re.match(r"^(?:[ugo]*[ao][ugo]*|)[+=][rwxXst]*w", part) is not None and (part[0] in "ao+=")
               for part in mode.split(","))


def _mode(a: Analysis, text: str) -> tuple[str, str] | None:
    for c in a.commands:
        if c.name.rsplit("/", 1)[-1] != "chmod":
            continue
        args = [w.value for w in c.argv[1:] if not w.dynamic and not w.value.startswith("-")]
        if not args or not _others_write(args[0]):
            continue
        said = [m.group(1) for m in _MODE_SAID.finditer(text) if m.group(1)]
        if not said or _WORLD_WRITE_SAID.search(text) is not None or any(_others_write(s) for s in said):
            continue
        return "ask", f"you asked for the mode {said[0]}; `chmod {args[0]}` also lets every user write the file"
    return None


# ------------------------------------------------------------------ the remote pushed to
_REMOTE_SAID = lazyre.compile(r"(?i)\bremote\s*[:=]?\s*[`'\"]?([\w][\w.-]*)|([\w][\w.-]*)[`'\"]?\s+remote\b|"
                              r"\bremot[eo]\s+[`'\"]?([\w][\w.-]*)|\bdistant\s+[`'\"]?([\w][\w.-]*)")
_NOT_REMOTE = frozenset({"the", "a", "my", "our", "your", "that", "this", "to", "its", "their", "same", "other", "new",
                         "another", "default", "remote", "branch", "repo", "repository", "git", "push", "de", "el", "la",
                         "le", "o", "personal", "mi", "mon", "meu", "mio", "mein", "meinen", "is", "as", "and", "or",
                         "it", "url", "name", "named", "called", "tracking", "upstream's", "in", "on", "for", "from"})


#: Remote names people give their hosts and forks.
_REMOTE_NAMES = frozenset({"origin", "upstream", "fork", "gitlab", "github", "bitbucket", "gitea", "codeberg", "heroku",
                           "azure", "mirror", "backup", "personal"})


@lru_cache(maxsize=256)  # (a fact of the words and the repository: read once per session, not per action)
def _remotes_said(text: str, known: frozenset[str]) -> tuple[str, ...]:
    """The remotes the words name: a remote of the repository, a usual remote's name, or a name with a sign."""
    said = []
    for m in _REMOTE_SAID.finditer(text):
        v = next((g for g in m.groups() if g), "").lower()
        if not v or v in _NOT_REMOTE or v.isdigit():
            continue
        if v in known or v in _REMOTE_NAMES or re.search(r"[-_\d]", v):  # (a remote's name, not "yung remote")
            said.append(v)
    return tuple(said)


@needs("git")  # (the words are read for a remote only when the action runs git)
def _remote(a: Analysis, text: str) -> tuple[str, str] | None:
    said = _remotes_said(text, frozenset(k.lower() for k in (a.ctx.git.remotes if a.ctx.git else {})))
    if not said:
        return None
    for c in a.commands:
        if c.name != "git" or c.args[:1] != ["push"]:
            continue
        pos = [w for w in c.args[1:] if not w.startswith("-")]
        if not pos or "://" in pos[0] or "@" in pos[0] or "/" in pos[0]:
            continue
        used = pos[0].lower()
        if used in said or used in text.lower().split():
            continue
        return "ask", f"you named the remote {said[0]}; `{c.text[:80] if c.text else 'git push'}` pushes to {used}"
    return None
