"""Trust decisions asked for in so many words (session 15, class F5): a source marked trusted or its verification
switched off, released when the user's words name the setting ("set composer secure-http to false", "add the feed
with allowInsecureConnections", "Add-AppxPackage -AllowUnsigned", "[trusted=yes]", "trust PSGallery") or ask for the
act on the control (`weakening._asked_one`: "disable ssl verify for the internal mirror"), within the scope they
named: "for this project" is not `--global` nor a file in the home directory, "for this run" is not a config file.

The decisions are read from what the rules read, on every surface: the commands' weakenings (`weakenings.ROWS`, the
rows of `knowledge.trust_keys.COMMAND_ROWS` among them), the package tools' insecure sources (`supply`, `sources`:
options, variables, config commands, config files) and the settings of written files (`files.concepts`, AM-WRITE-004),
each named by the keys of `knowledge.trust_keys.KEYS`. A decision none of whose keys the table knows is not read here
(the finding is left to the other readings); a host a trust is limited to must be one the user named.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.weakenings import Weakening
    from automode.model import Finding

#: The rules whose findings are trust decisions read here (`judge.release.TRUSTED_RULES`); AM-WRITE-004 and AM-SEC-012
#: by their weakened settings' keys.
RULES = frozenset({"AM-SUPPLY-002", "AM-WRITE-004", "AM-SEC-003", "AM-SEC-009", "AM-GIT-004", "AM-SEC-012"})
_EFFECT_RULES = frozenset({"AM-WRITE-004", "AM-SEC-012"})
_CONTROLS = frozenset({"tls", "integrity", "package-source", "gatekeeper"})
_HOSTLIKE = lazyre.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:/\S*)?$|^[\w-]+:\d+$")
_PROJECT_FLAGS = lazyre.compile(r"(?:^|\s)(?:--location[= ]project|-L\s+project|--local|--project|--site|--worktree)\b")


class Decided:
    """One trust decision: the folded keys of `trust_keys.KEYS` it is spelled with, what it weakens, and its text."""

    __slots__ = ("keys", "named_only", "text", "weakening")

    def __init__(self, keys: tuple[str, ...], weakening: Weakening, text: str, *, named_only: bool = False) -> None:
        self.keys, self.weakening, self.text = keys, weakening, text
        self.named_only = named_only  # a setting in the application's own files: asked only by its name, not by "turn off TLS"


def _reach_of_path(path: str, a: Analysis) -> str:
    root = (a.root or "").rstrip("/")
    home = (a.ctx.home or "").rstrip("/")
    if root and (path == root or path.startswith(root + "/")):
        return "project"
    if (home and path.startswith(home + "/")) or path.startswith("~"):
        return "user"
    return "machine" if path.startswith("/") else "project"


_GLOBAL_FLAGS = lazyre.compile(r"(?:^|\s)(?:--global|-g|--user|env\s+-w)\b")
_SYSTEM_FLAGS = lazyre.compile(r"(?:^|\s)(?:--system|-Scope\s+AllUsers|--site-config)\b")
_PROJECT_TOOLS = frozenset({"git", "composer", "dotnet"})  # their config commands write the project's file by default


def _action_reach(a: Analysis) -> str:
    """How far a written setting reaches: the file written (project, home, system), or a config command's flags."""
    if a.action.tool != "Bash" and a.write is not None:
        return _reach_of_path(a.write.path, a)
    for c in a.commands:
        text = " ".join([c.name, *c.args])
        if _SYSTEM_FLAGS.search(text):
            return "machine"
        if _GLOBAL_FLAGS.search(text):
            return "user"
        if _PROJECT_FLAGS.search(text) or (c.name in _PROJECT_TOOLS and "config" in c.args[:3]):
            return "project"
    return "user"


def _production(path: str) -> bool:
    from automode.judge.intent.scope import env_of

    return env_of(" ".join(re.findall(r"[a-z]+", path.lower()))) == "production"


def _items(value: str) -> list[str]:
    """The hosts a setting limits the trust to (`pypi.corp.example`, `registry.lab:5000`), none when it covers all."""
    out = [v for v in re.split(r"[\s,]+", value.strip().strip("'\"")) if v]
    return out if out and all(_HOSTLIKE.match(v) for v in out) else []


def decisions(f: Finding, a: Analysis) -> list[Decided] | None:
    """The trust decisions `f` reports, each with its keys; None when one of them is not a setting of the table."""
    from automode.knowledge import trust_keys
    from automode.knowledge.weakenings import Weakening

    out: list[Decided] = []
    rid = f.rule.id
    if rid in _EFFECT_RULES and a.action.tool in _SHELLS:
        got = _command_decisions(a)  # `git config --global http.<url>.sslVerify false`: the host and scope the row reads
        if got:
            return got
    if rid in _EFFECT_RULES:
        path = a.write.path if a.write is not None else ""
        if path and _production(path):
            return None  # a production settings file: not settled here (`dictated` asks for "production" said)
        tool_file = bool(path) and trust_keys.TOOL_FILES.search(path) is not None
        for e in a.effects:
            if e.kind != "weaken" or f.rule.check(e, a) is None:
                continue
            keys = trust_keys.keys_in(e.detail or "") or trust_keys.keys_in(e.target)
            if not keys:
                return None
            meaning = trust_keys.KEYS[keys[0]]
            out.append(Decided(tuple(keys), Weakening(meaning[1], "off", _action_reach(a), ""), e.detail or e.target,
                               named_only=not tool_file and a.action.tool not in _SHELLS))
        return out or None
    if rid == "AM-SUPPLY-002":
        from automode.rules.supply import _sources

        for s in _sources(a):
            if not s.insecure:
                continue
            keys = trust_keys.keys_in(s.how + " " + s.url)
            if not keys:
                return None
            control = trust_keys.KEYS[keys[0]][1]
            hosts = _items(s.url) if trust_keys.KEYS[keys[0]][0] == "trust-source" else []
            reach = _action_reach(a) if s.lasting else "process"
            if hosts:
                out += [Decided(tuple(keys), Weakening("tls" if control == "package-source" else control, "trust", "item", h),
                                s.how) for h in hosts]
            else:
                out.append(Decided(tuple(keys), Weakening(control if control != "package-source" else "integrity", "off", reach, ""),
                                   s.how))
        return out or None
    return _command_decisions(a)


_SHELLS = frozenset({"Bash", "PowerShell", "pwsh", "powershell"})


def _command_decisions(a: Analysis) -> list[Decided] | None:
    """The trust decisions of the action's commands (`weakenings.ROWS`), None when one weakening is of another kind."""
    from automode.knowledge import trust_keys
    from automode.rules.security import weakened_by

    out: list[Decided] = []
    for c in a.commands:
        got = weakened_by(c)
        if got is None:
            continue
        if got[1].control not in _CONTROLS:
            return None
        out.append(Decided(tuple(trust_keys.keys_in(got[0])), got[1], got[0]))  # (the row says what it is: keys or not)
    return out or None


_NEG = lazyre.compile(r"\b(?:don'?t|do\s+not|dont|never|not|no|avoid|shouldn'?t|mustn'?t|won'?t|keep|leave)\b")


def _named_in(d: Decided, msgs: list[str]) -> str | None:
    """The clause of the user's that spells one of the decision's keys, not under a negation ("don't touch
    strict-ssl"), and names the host the trust is limited to."""
    from automode.judge.intent.weakening import _clauses, _item_named
    from automode.knowledge.trust_keys import key_spellings

    typed = " ".join(d.text.lower().split())
    for msg in msgs:
        if len(typed) >= 12 and typed in " ".join(msg.split()):
            return typed  # the command itself, as the user wrote it
        for clause in _clauses(msg):
            for k in d.keys:
                m = lazyre.built(key_spellings(k)).search(clause)
                if m is None or _NEG.search(clause, 0, m.start()) is not None:
                    continue
                if d.weakening.reach == "item" and d.weakening.item and not _item_named(d.weakening.item, " ".join(msgs)):
                    continue
                return clause
    return None


_KEY_WORDS = lazyre.compile(r"\b(?:keys?|keyrings?|gpg|pgp|signing|signed-by|signature|apt-key|rpm\s+--import)\b|ключ|schlüssel|clé|clave|chave|キー|鍵|密钥|公钥|키")
_REPO_WORDS = lazyre.compile(r"(?i)\b(?:apt|ppa|yum|dnf|zypper|repo|repos|repository|repositories|repositorio|repositório|"
                             r"dépôt|depot|depo\w*|paketquelle\w*|package\s+source|репозитор\w*)\b|リポジトリ|저장소|软件源|仓库")
_KEYRING_LINE = lazyre.compile(r"keyrings?/|trusted\.gpg|rpm-gpg|pacman\.d/gnupg|apt-key|rpm\s+--import|--recv-keys?")
_URL = lazyre.compile(r"(?:https?|hkps?)://([^/\s'\"]+)")


#: Host labels that name no one (`packages.adoptium.net`: adoptium).
_GENERIC_LABELS = frozenset({"www", "packages", "package", "pkgs", "pkg", "download", "downloads", "dl", "apt", "yum", "rpm", "deb",
                             "repo", "repos", "repository", "mirror", "mirrors", "cdn", "static", "keys", "keyserver", "get", "api",
                             "artifactory", "com", "net", "org", "io", "dev", "co", "uk", "de", "example", "cloud", "linux"})


def _labels(host: str) -> list[str]:
    return [x for x in host.split(":", 1)[0].split(".") if len(x) >= 4 and x not in _GENERIC_LABELS]


def _key_source_named(d: Decided, a: Analysis, msgs: list[str]) -> str | None:
    """A signing key added where package tools trust it, from a source the user named: the hosts the action fetches
    from (`curl https://pkg.vendor.example/key.gpg | gpg --dearmor -o /etc/apt/keyrings/vendor.gpg`), or without a
    fetch the key file, in a message that speaks of a key."""
    if d.weakening.control != "package-source":
        return None
    text = " ".join(c.text for c in a.commands)
    if a.write is not None and a.action.tool not in _SHELLS:
        text += " " + "\n".join(ln for ln in a.write.new.splitlines() if _KEYRING_LINE.search(ln))  # the fetch beside it
    hosts = sorted({h.lower() for h in _URL.findall(text)})
    for msg in msgs:
        if _KEY_WORDS.search(msg) is None and _REPO_WORDS.search(msg) is None:
            continue  # (a vendor's repository is asked with its signing key: "add grafana's apt repo")
        if hosts and all(h in msg or any(lazyre.whole(x, msg) for x in _labels(h)) for h in hosts):
            return msg[:120]  # the host, or its own name ("the adoptium repo key" for packages.adoptium.net)
        if not hosts and d.weakening.item:
            base = d.weakening.item.replace("\\", "/").rsplit("/", 1)[-1].lower()
            if len(base) >= 4 and base in msg:
                return msg[:120]
    return None


_EVERY_USER = lazyre.compile(r"\b(?:all|every|each)\s+users?\b|\ballusers\b|\b(?:machine|system)[-\s]wide\b|\bfor\s+everyone\b|"
                             r"\bglobal(?:ly)?\b|alle\s+benutzer|tous\s+les\s+utilisateurs|todos\s+los\s+usuarios|全ユーザー|所有用户")
_INSTALL = lazyre.compile(r"\binstall")


def _install_named(d: Decided, msgs: list[str]) -> str | None:
    """`Install-Module NAME -Force -Scope AllUsers` (the untrusted-repository prompt answered, for every user) where the
    user asked to install that module for every user."""
    if d.weakening.control != "package-source" or not d.text.lower().startswith("install-module") or not d.weakening.item:
        return None
    from automode.judge.intent.weakening import _clauses

    name = d.weakening.item.lower()
    for msg in msgs:
        for clause in _clauses(msg):
            if _INSTALL.search(clause) and lazyre.whole(name, clause) and (d.weakening.reach != "machine" or _EVERY_USER.search(msg)):
                return clause
    return None


def _install_for_less(d: Decided, msgs: list[str]) -> tuple[str, str] | None:
    """("ask", why) for `Install-Module NAME -Force -Scope AllUsers` where the user asked to install that module without
    saying for every user ("install PSScriptAnalyzer for my user")."""
    if d.weakening.reach != "machine" or _install_named(d, msgs) is not None:
        return None
    name = d.weakening.item.lower()
    if not name or not d.text.lower().startswith("install-module"):
        return None
    for msg in msgs:
        if _INSTALL.search(msg) and lazyre.whole(name, msg):
            return ("ask", f"you asked to install {d.weakening.item}; this installs it for every user of the machine and "
                    "answers the untrusted-repository prompt (-Force -Scope AllUsers)")
    return None


def _wider(d: Decided, msg: str) -> str | None:
    """The narrower scope the user's words give, when the decision reaches further ("this project" for `--global`)."""
    from automode.knowledge.weakenings import NARROWER, REACH_ORDER

    w = d.weakening
    if w.reach not in REACH_ORDER:
        return None
    from automode.judge.intent.weakening import _word_in

    for r in REACH_ORDER[: REACH_ORDER.index(w.reach)]:
        if r in NARROWER and _word_in(NARROWER[r], msg) is not None:
            return r
    return None


def settled(f: Finding, a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when every trust decision of `f` was asked for, within its scope; ("deny"|"ask", why) when
    one goes further than asked; None when this module does not read the finding or nothing names it."""
    if f.rule.id not in RULES or not a.ctx.user_messages:
        return None
    from automode.judge.intent.named_settings import differs
    from automode.judge.intent.weakening import (
        _FILE_RULES,
        _PROD,
        _asked_one,
        _messages,
        _only_item,
        _other_file,
        _q,
    )

    found = decisions(f, a)
    if not found:
        return None
    other = differs(f, a) or (_other_file(a) if f.rule.id in _FILE_RULES else None)
    if other is not None:
        return None  # another value, scope or file than the one named: `weakening.asked` says which

    msgs = _messages(a)
    said: str | None = None
    for d in found:
        less = _install_for_less(d, msgs)
        if less is not None:
            return less
        got = None if d.named_only else _asked_one(d.weakening, "", msgs, " ".join(c.text for c in a.commands))  # the act on the control, within the reach and the item asked
        if got is not None:
            if got[0] != "allow":
                return got
            said = said or got[1]
            continue
        clause = _named_in(d, msgs) or _key_source_named(d, a, msgs) or _install_named(d, msgs)  # the setting, the key's
        # source, or the module installed for every user, named
        if clause is None:
            return None
        msg = next((m for m in msgs if clause in m), msgs[0])
        only = _only_item(msg, msgs) if d.weakening.reach != "item" else None
        if only is not None:
            return ("deny", f"you asked {_q(clause)} for `{only}` only, and this sets it for "
                    f"{'the whole machine' if d.weakening.reach == 'machine' else 'everything (' + d.weakening.reach + ')'}")
        wider = _wider(d, msg)
        if wider is not None:
            return ("deny", f"you asked {_q(clause)} for {'one run' if wider == 'process' else 'this ' + wider} only, and this "
                    f"sets it for {'the whole machine' if d.weakening.reach == 'machine' else 'every ' + d.weakening.reach}")
        if _PROD.search(msg):
            return ("ask", f"you asked {_q(clause)}, but this is on production")
        said = said or clause
    return ("allow", said) if said is not None else None
