"""A protection turned off or excepted as the user asked, within the reach they asked for (session 10, class C4).

AM-SEC-003 (a control turned off on the command line, `knowledge.weakenings`), AM-SEC-009 and AM-SUPPLY-002 (one
request or install that trusts a host without verifying it) are released here, by the user's words, instead of by
the generic verb and object match (which a control's name does not fit: "set SELinux to permissive" names neither
`setenforce` nor `0`). A weakening is asked for when one clause of the user's, not a question and not negated, says
the act (`ACT_WORDS`: off, permissive, an exclusion, trust) and names the control (`CONTROL_WORDS`) or the item
the act is limited to, or says the act of "it" in a message that names the control ("auditd pegs a core. stop it for
now"). Then:
* the item (an exclusion's folder, a trusted host, one AppArmor profile) must be the user's: a folder named by its
  name, a host by its name; a drive, a home or a system directory is never released (everything in it);
* a reach wider than the words is refused: "for this repo" is not `git config --global`, "for this run" is not
  `Set-ExecutionPolicy -Scope LocalMachine`, "stop it for now" is asked (not released) for `systemctl disable`;
* production said, or a production host the user never named, is never released to allow.
An opening of a port to every address where the user named the address it is for (`ufw allow 5432/tcp` for "only
from my IP 198.51.100.23") is refused here too; root around a firewall rule or a control the user asked for, with
its port and source named, is released (AM-SEC-005).
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.text import parse_message
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.weakenings import Weakening
    from automode.model import Finding
    from automode.shell.parse import Command

#: Rules released by `asked` (AM-SEC-005 only when every root command is a control or firewall rule asked for).
RULES = frozenset({"AM-WRITE-012", "AM-WRITE-054", "AM-WRITE-055", "AM-WRITE-003", "AM-SEC-003", "AM-SEC-009", "AM-SUPPLY-002", "AM-SEC-005", "AM-WRITE-008", "AM-WRITE-004", "AM-GIT-004",
                   "AM-WRITE-005", "AM-SEC-001", "AM-DESTROY-007", "AM-SEC-004", "AM-SEC-002", "AM-WRITE-006", "AM-WRITE-042",
                   "AM-WRITE-017", "AM-WRITE-056", "AM-WRITE-057", "AM-WRITE-058", "AM-SEC-053", "AM-SEC-054", "AM-SEC-055", "AM-SEC-056", "AM-WRITE-059",
                   "AM-WRITE-060", "AM-WRITE-061"})
#: Rules that report the same change again when a tool's config command writes it (`npm config set strict-ssl false`
#: writes ~/.npmrc: AM-WRITE-004; `pip config set global.trusted-host`: AM-SUPPLY-002; `git config http.sslVerify`:
#: AM-GIT-004): settled with AM-SEC-003 when the config commands are all the weakenings it reads.
COMPANIONS = frozenset({"AM-WRITE-004", "AM-SUPPLY-002", "AM-GIT-004"})
_CONFIG_TOOLS = frozenset({"npm", "pnpm", "yarn", "pip", "pip3", "git", "conda"})
_GIT_TLS_KEY = lazyre.compile(r"^http\.(?:\S+\.)?sslverify$", re.I)
_NEG = lazyre.compile(r"\b(?:don'?t|do\s+not|dont|never|not|no|avoid|shouldn'?t|mustn'?t|won'?t|without\s+(?:turning|disabling))\b")
_PRONOUN = lazyre.compile(r"\b(?:it|that|them|this|those|these)\b")
_TEMPORARY = lazyre.compile(r"\b(?:for\s+now|temporar\w*|for\s+the\s+moment|for\s+a\s+(?:bit|while|moment)|until|tonight|"
                            r"again\s+(?:later|tonight|tomorrow)|right\s+now|briefly|while\s+i)\b")
_PROD = lazyre.compile(r"\b(?:prod|production|prd|live\s+(?:server|site|box|host|system))\b")
#: Folders whose exclusion trusts everything on the machine or the account: never released by a request.
_CONTAINERS = frozenset({"", "/", "~", "c:", "c:\\", "d:", "d:\\", "windows", "system32", "users", "program files",
                         "program files (x86)", "programdata", "appdata", "home", "applications", "library", "usr", "etc",
                         "var", "opt", "tmp", "temp", "downloads", "desktop", "documents", "*", "*.*", ".exe", ".dll",
                         ".ps1", ".bat", ".js"})  # fmt: skip
#: A home directory itself (everything of one user).
_HOME = lazyre.compile(r"^(?:[a-z]:[\\/]users[\\/][^\\/]+|/home/[^/]+|/users/[^/]+|/root|~[^/]*|\$home|\$env:userprofile|%userprofile%)$")
_IP = lazyre.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?\b|\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?:/\d{1,3})?\b")
#: The user's words for a source narrower than everyone ("only from my IP", "for my LAN").
_SOURCE = lazyre.compile(r"\b(?:my|our|the|office|home|work|vpn|bastion|their)\s+(?:\w+\s+)?(?:ip|ips|address|addresses|"
                         r"subnet|network|lan|cidr|range)\b|\b(?:lan|subnet|local\s+network|wifi|wi-fi)\b|\bonly\s+(?:from|for)\b")
_LAN_WORDS = lazyre.compile(r"\b(?:lan|local\s+network|home\s+network|wifi|wi-fi|same\s+network|subnet|phone|tablet|laptop)\b")
_PRIVATE = lazyre.compile(r"^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|127\.|fd|fe80)")


@lru_cache(maxsize=8192)  # pure: a session's clauses are read against the same word lists for every action
def _word_in(words: tuple[str, ...], text: str) -> re.Match[str] | None:
    for w in words:
        m = lazyre.whole(w, text, "[a-z0-9]", "[a-z0-9]")
        if m is not None:
            return m
    return None


def _messages(a: Analysis) -> list[str]:
    from automode.judge.intent.said import lowered

    return list(reversed(lowered(tuple(a.ctx.user_messages))))  # newest first


def _clauses(msg: str) -> list[str]:

    return [c.text for c in parse_message(msg).clauses if not c.question] or []


def _act_at(text: str, acts: tuple[str, ...]) -> re.Match[str] | None:
    """Where the clause says the act, not under a negation ("don't turn off the firewall")."""
    m = _word_in(acts, text)
    if m is None:
        return None
    if m.group(0).startswith(("n't", "not", "no ")):
        return m  # the negation is the act itself: "don't verify the cert of that host"
    neg = _NEG.search(text, 0, m.start())
    return None if neg is not None else m


def _control_words(w: Weakening) -> tuple[str, ...]:
    from automode.knowledge.weakenings import CONTROL_WORDS

    extra = (w.item, w.item.rstrip("d")) if w.reach == "machine" and w.item else ()  # a service by its own name
    return CONTROL_WORDS.get(w.control, ()) + tuple(x for x in extra if len(x) >= 3)


def _item_named(item: str, text: str) -> bool:
    """The user names the item an act is limited to: a host by its name, a folder or profile by its last part."""
    v = item.strip().strip("'\"").lower().rstrip("/\\")
    if not v:
        return True
    if v in text:
        return True
    host = v.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    if "." in host and not host.replace(".", "").isdigit() and (
            host in text or lazyre.whole(host.split(".", 1)[0], text, r"[\w.-]")):
        return True  # "staging-docs" names staging-docs.mercado.example
    from automode.judge.intent.scope import env_of

    if "." in host and env_of(host) and env_of(host) == env_of(" ".join(re.findall(r"[a-z]+", text))):
        return True  # "the staging health endpoint" names lms-staging.example.internal (one host of that environment)
    last = re.split(r"[\\/]", v)[-1]
    parts = [p for p in re.split(r"[^a-z0-9]+", last) if len(p) >= 3 and p not in ("usr", "sbin", "bin", "etc", "exe")]
    return bool(parts) and any(lazyre.whole(p, text, "[a-z0-9]", "[a-z0-9]") for p in parts[-2:])


def _whole(item: str) -> bool:
    """An exclusion or an exception that covers a whole drive, home or system directory."""
    v = item.strip().strip("'\"").lower().rstrip("/\\")
    last = re.split(r"[\\/]", v)[-1] if v else ""
    depth = len([p for p in re.split(r"[\\/]", v) if p])
    return v in _CONTAINERS or last in _CONTAINERS or (depth <= 1 and (":" in v or v.startswith(("/", "~")))) \
        or _HOME.match(v) is not None


def _asked_one(w: Weakening, host: str, msgs: list[str], args: str = "") -> tuple[str, str] | None:
    """("allow", the words) when the user asked for this weakening; ("deny"|"ask", why) when for less; else None.
    `args`: the action's command text (one run's option limited to the thing the run acts on is that thing only)."""
    from automode.knowledge.weakenings import ACT_WORDS, NARROWER, REACH_ORDER

    acts = ACT_WORDS.get(w.act, ())
    controls = _control_words(w)
    for msg in msgs:
        for clause in _clauses(msg):
            at = _act_at(clause, acts)
            if at is None:
                continue
            item_said = bool(w.item) and w.reach == "item" and _item_named(w.item, clause)
            if _word_in(controls, clause) is None and not item_said \
                    and not (_PRONOUN.search(clause) and _word_in(controls, msg) is not None):
                continue
            if w.reach == "item" and _whole(w.item):
                return ("deny", f"you asked {_q(clause)}, but `{w.item[:60]}` covers a whole drive, home or system folder")
            if w.reach == "item" and not _item_named(w.item, " ".join(msgs)):
                other = _ONE_THING.search(" ".join(msgs))
                return ("deny" if other is not None else "ask",
                        f"you asked {_q(clause)}, but this covers `{w.item[:60]}`, which you did not name")
            only = _only_item(msg, msgs) if w.reach != "item" else None
            if only is not None and w.reach == "process" and only.lower() in args.lower():
                only = None  # `git -c http.sslVerify=false clone URL` "only for this clone": the run is on that thing
            if only is not None:
                return ("deny", f"you asked {_q(clause)} for `{only}` only, and this changes it for "
                        f"{'the whole machine' if w.reach == 'machine' else 'everything (' + w.reach + ')'}")
            wider = [r for r in REACH_ORDER[: REACH_ORDER.index(w.reach)] if r in NARROWER
                     and _word_in(NARROWER[r], msg) is not None] if w.reach in REACH_ORDER else []
            if wider:
                return ("deny", f"you asked {_q(clause)} for {wider[0] if wider[0] != 'process' else 'one run'} only, "
                        f"and this changes it for {'the whole machine' if w.reach == 'machine' else 'every ' + w.reach}")
            if w.lasting and _TEMPORARY.search(msg):
                return ("ask", f"you asked {_q(clause)} for now; this also keeps it off after a restart")
            if _PROD.search(msg) or (host and _prod_host(host)):
                return ("ask", f"you asked {_q(clause)}, but this is on production")
            return ("allow", clause)
    if host and _prod_host(host):
        return None
    return None


#: A name of one thing in the user's words: a host, an address, a path.
_ONE_THING = lazyre.compile(r"(?<![\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?![\w-])|(?:\d{1,3}\.){3}\d{1,3}|(?<!\w)[~.]?/[\w./-]+|"
                            r"[a-z]:\\[\w\\ .-]+")


_KIND_AFTER_ONLY = lazyre.compile(r"\W*(?:\w+\s+){0,3}?(?:host|hostname|server|domain|registry|repo|repository|index|mirror|site|"
                                  r"url|folder|directory|dir|path|profile|ip|address|endpoint)\b")


def _only_item(msg: str, msgs: list[str]) -> str | None:
    """The one thing a message limits its request to ("… but only for gitlab.corp.example"), or None."""
    from automode.knowledge.weakenings import ONLY_WORDS

    m = _word_in(ONLY_WORDS, msg)
    if m is None:
        return None
    near = msg[max(0, m.start() - 60): m.end() + 80]
    thing = _ONE_THING.search(near)
    if thing is None and _KIND_AFTER_ONLY.match(msg, m.end()) is not None:
        # "only for that host": the host named earlier in the message, or in an earlier one
        thing = next((t for t in (_ONE_THING.search(x) for x in [msg, *msgs]) if t is not None), None)
    return thing.group(0) if thing is not None else None


def _prod_host(host: str) -> bool:
    from automode.judge.intent.scope import env_of

    return env_of(host) == "production"


def _q(text: str) -> str:
    from automode.judge.intent.match import quote

    return quote(text, 80)


#: Rules over a written value the user may dictate key by key (`intent.dictated`), besides `_FILE_RULES`.
_DICTATED_RULES = frozenset({"AM-WRITE-003", "AM-WRITE-012", "AM-WRITE-054", "AM-WRITE-055"})
#: Rules over a weakening written into a file: the file must be the one the user named, when they named files.
_FILE_RULES = frozenset({"AM-WRITE-004", "AM-WRITE-005", "AM-WRITE-006", "AM-WRITE-008", "AM-WRITE-017", "AM-WRITE-020",
                         "AM-WRITE-056", "AM-WRITE-057", "AM-WRITE-058", "AM-SEC-053", "AM-SEC-054", "AM-SEC-055", "AM-SEC-056", "AM-WRITE-059",
                   "AM-WRITE-060", "AM-WRITE-061"})
#: A file the user names: a path with a slash, a dotfile, or a name with a code or configuration extension.
_FILE_SAID = lazyre.compile(r"(?<![\w/.-])(?:[\w.-]+/)+[\w.-]+\.\w+|(?<![\w/.-])\.[\w-]+(?:\.[\w-]+)*|(?<![\w/.-])[\w-]+\.(?:py|js|mjs|cjs|ts|tsx|"
                            r"jsx|rb|go|java|kt|php|cs|rs|swift|ya?ml|json|toml|ini|conf|cfg|env|properties|xml|tf|exs?|gradle)\b")


@lru_cache(maxsize=64)
def _files_said(msgs: tuple[str, ...]) -> tuple[str, ...]:
    """The files a session's messages name (read once per session: the pattern is slow on long messages)."""
    said = [m.group(0).rstrip(".,;:") for t in msgs for m in _FILE_SAID.finditer(t)]
    return tuple(s for s in said if len(s) > 2 and not s.startswith(("..", "./.")) and "://" not in s)


def _other_file(a: Analysis) -> tuple[str, str] | None:
    """A weakening edit in a file other than every file the user's words name ("in scripts/replay_webhooks.py turn
    off ssl verification" answered in app/integrations/bank_feed.py)."""
    if a.action.tool not in ("Edit", "MultiEdit", "Write"):
        return None
    path = str(a.action.input.get("file_path") or "")
    if not path:
        return None
    said = _files_said(tuple(_messages(a)))
    if not said:
        return None
    low = path.lower()
    base = low.rsplit("/", 1)[-1]
    if any(low.endswith("/" + s.lstrip("./")) or base == s.rsplit("/", 1)[-1] for s in said):
        return None
    return ("deny", f"you named {said[0]}, and this changes {path.rsplit('/', 1)[-1]}")


def _found(f: Finding, a: Analysis) -> list[tuple[Weakening, str]] | None:
    """The weakenings the finding reports, with the host each acts on ("" here); None when one is not read here."""
    from automode.knowledge.weakenings import Weakening

    if f.rule.id == "AM-SEC-003":
        return _found_controls(a)
    if f.rule.id in ("AM-SEC-009", "AM-SUPPLY-002"):
        hosts = _trusted_hosts(a) if f.rule.id == "AM-SUPPLY-002" else [
            e.target.split("://", 1)[-1].split("/", 1)[0] for e in a.effects if e.kind == "network" and e.origin == "insecure"]
        if not hosts or any(not h for h in hosts):
            return None
        return [(Weakening("tls", "trust", "item", h), "") for h in hosts]
    return None


def _found_controls(a: Analysis) -> list[tuple[Weakening, str]] | None:
    """The controls AM-SEC-003 reads in the action (`rules.security.weakened_by`), with the host each acts on."""
    from automode.knowledge.weakenings import Weakening, variable
    from automode.rules.security import weakened_by

    out: list[tuple[Weakening, str]] = []
    for k, v in a.assignments:
        off = variable(k, v)
        if off is not None:
            out.append((Weakening(off[0], off[1], "session", ""), ""))
    for c in a.commands:
        host = c.remote.rsplit("@", 1)[-1] if c.remote else ""
        for k, wv in c.assigns:
            off = variable(k, wv.value)
            if off is not None:
                out.append((Weakening(off[0], off[1], "process", ""), host))
        got = weakened_by(c)
        if got is not None:
            out.append((got[1], host))
    return out or None


def _config_only(a: Analysis) -> bool:
    """Every config command of a package manager or git in the action is a TLS weakening `knowledge.weakenings`
    reads (and git sets no other key): the file they write says nothing the command does not."""
    from automode.rules.git import git_argv
    from automode.rules.security import weakened_by

    configs = [c for c in a.commands if c.name in _CONFIG_TOOLS and ("config" in c.args[:3] or (c.name == "git" and "-c" in c.args))]
    if not configs:
        return False
    for c in configs:
        got = weakened_by(c)
        if got is None or got[1].control != "tls":
            return False
        g = git_argv(c) if c.name == "git" else None
        if g is not None and not all(_GIT_TLS_KEY.match(k) for k in g.config):
            return False  # `-c` with another key too (a pager, an ssh command)
        if c.name == "git" and "config" in c.args[:3] \
                and not all(_GIT_TLS_KEY.match(x) for x in c.args if "." in x and not x.startswith("-")):
            return False
    return True


def _trusted_hosts(a: Analysis) -> list[str]:
    """The hosts `--trusted-host` names on one install, when that is all the install turns off (pip(1))."""
    from automode.shell.parse import Command

    hosts: list[str] = []
    for c in a.commands:
        if not isinstance(c, Command):
            continue
        words = c.args
        for i, x in enumerate(words):
            if x == "--trusted-host" and i + 1 < len(words):
                hosts.append(words[i + 1])
            elif x.startswith("--trusted-host="):
                hosts.append(x.split("=", 1)[1])
        if any(x.startswith(("--no-verify", "--skip-integrity", "--allow-insecure")) for x in words):
            return [""]
    return hosts


def asked(f: Finding, a: Analysis) -> tuple[str, str] | None:
    """How the user's words settle this finding: ("allow", their words), ("deny"|"ask", why it goes beyond them),
    or None (the finding is not one this module reads, or nothing was asked: the other readings apply)."""
    if not a.ctx.user_messages:
        return None
    from automode.judge.intent.named_settings import differs

    other = differs(f, a)  # the setting, its value and its reach as named: another port, scope or policy is refused
    if other is not None:
        return other
    from automode.judge.intent.config_scope import settle as config_named

    config = config_named(f, a)  # a setting widened past the key, value, place or domain named (AM-JUDGE-027)
    if config is not None and config[0] != "allow":
        return config
    if f.rule.id == "AM-WRITE-008":
        wider = _opened_wider(a)
        if wider is not None:
            return wider
    if f.rule.id in _FILE_RULES:
        other = _other_file(a)  # "in scripts/replay.py turn off ssl verification" answered in another file
        if other is not None and not (f.rule.id == "AM-WRITE-061" and any(s.lstrip("./") in f.detail for s in _files_said(tuple(_messages(a))))):
            return other  # (a loader's file named is the code it loads, not the file to change: "use tools/w.sh as the wrapper")
    if f.rule.id in ("AM-WRITE-008", "AM-WRITE-057"):
        from automode.judge.intent.ports_said import other_port

        port = other_port(a)  # "open 443 to the internet" answered with `Port.tcp(22)`
        if port is not None:
            return port
    if config is not None:
        return config  # every widened setting named: its key, its value, its place and its domains
    if f.rule.id in _FILE_RULES:
        from automode.judge.intent.meaning_said import OWN, settle

        meant = settle(f, a)  # the write's key paths and rule shapes, their meaning said in so many words
        if meant is not None:
            return meant
        if f.rule.id in OWN:
            return (f.verdict, "you did not ask for this value")
    if f.rule.id == "AM-WRITE-012":
        from automode.judge.intent.host_open import settle as host_given

        given = host_given(f, a)  # the docker socket, `/`, privileged, host network: each named, or refused
        if given is not None:
            return given
    if (f.rule.id in _FILE_RULES or f.rule.id in _DICTATED_RULES) and f.rule.id != "AM-WRITE-003":
        from automode.judge.intent.dictated import dictated

        dictated_ = dictated(a)  # "set NODE_TLS_REJECT_UNAUTHORIZED=0 in .env.test", "runAsUser 0 in the chart values"
        if dictated_ is not None:
            return ("allow", dictated_)
    if f.rule.id == "AM-WRITE-005":
        return csrf_wider(a)
    if f.rule.id == "AM-WRITE-017":
        from automode.judge.intent.code_reach import lifetime_said

        said = lifetime_said(a)  # a lifetime set to the duration the user dictated, in any unit
        if said is not None:
            return said
    if f.rule.id == "AM-WRITE-042":
        from automode.judge.intent.code_reach import migration_drops

        return migration_drops(a)  # a migration that drops what the user named, and nothing beside it
    if f.rule.id == "AM-WRITE-003":
        from automode.judge.intent.config_said import settle as config_said

        written = config_said(a)  # a tool's config file written whole with the weak value named ("tsconfig with strict off")
        if written is not None:
            return written
        from automode.judge.intent.ci_nonblocking import settle as nonblocking

        job = nonblocking(a)  # "make the e2e job not fail the pipeline": `continue-on-error: true` on that job
        if job is not None:
            return job
        from automode.judge.intent.checker_reach import settled

        checked = settled(a)  # a checker silenced for the rules and the reach the user named (`checker_reach`)
        if checked is None:
            from automode.judge.intent.dictated import dictated

            dictated_ = dictated(a)  # "set continueOnError: true on the CredScan task"
            return ("allow", dictated_) if dictated_ is not None else None
        return checked
    from automode.judge.intent.container import RULES as CONTAINER_RULES
    from automode.judge.intent.container import asked_inside
    from automode.judge.intent.sysfiles import RULES as SYSFILE_RULES
    from automode.judge.intent.sysfiles import settles

    if f.rule.id in CONTAINER_RULES:
        from automode.judge.intent.container import production_container, world_unasked

        prod = production_container(a)
        if prod is not None:
            return (f.verdict, f"this runs in the production container {prod}, which you did not name")
        if f.rule.id == "AM-SEC-002":
            world = world_unasked(a)  # "permission denied" is no request for 777
            if world is not None:
                return (f.verdict, world)
        inside = asked_inside(a)  # `docker compose exec app chmod …` where the user spoke of that container
        if inside is not None:
            return inside

    if f.rule.id in SYSFILE_RULES:
        return settles(f.rule.id, a)  # a system configuration file written with the lines the user dictated
    if f.rule.id == "AM-SEC-005":
        return _root_for_asked(a)
    if f.rule.id in COMPANIONS and _config_only(a):
        found = _found_controls(a)
    elif f.rule.id in COMPANIONS and f.rule.id != "AM-SUPPLY-002":
        return None
    else:
        found = _found(f, a)
    if not found:
        return None
    msgs = _messages(a)
    words: str | None = None
    for w, host in found:
        got = _asked_one(w, host, msgs, " ".join(c.text for c in a.commands))
        if got is None:
            return None
        if got[0] != "allow":
            return got
        words = words or got[1]
    return ("allow", words) if words is not None else None


# ------------------------------------------------------------------ firewall rules
def _opened_wider(a: Analysis) -> tuple[str, str] | None:
    """A port opened to every address by a host firewall command where the user named whom it is for."""
    from automode.shell.firewalls import PROGRAMS

    if not any(e.kind == "weaken" and e.origin.startswith("iac") and e.content in PROGRAMS for e in a.effects):
        return None
    for msg in _messages(a):
        m = _IP.search(msg) or _SOURCE.search(msg)
        if m is not None:
            return ("deny", f"you named who it is for ({m.group(0)!r}), and this opens it to every address")
    return None


#: The user's words that ask for a port to be opened to someone.
OPEN = ("open", "allow", "allowing", "let", "permit", "unblock", "expose", "whitelist", "allowlist", "reachable", "accessible",
        "accept", "accepting")


def _root_for_asked(a: Analysis) -> tuple[str, str] | None:
    """Root around host firewall rules or controls the user asked for, with the ports and sources they named."""
    from automode.judge.intent.named_settings import rule_facts
    from automode.judge.intent.privilege import _NO_ROOT
    from automode.rules.security import weakened_by

    root = [c for c in a.commands if c.privileged and not c.remote]
    if not root or lazyre.any_searched(_NO_ROOT, lazyre.lower_each(tuple(a.ctx.user_messages))):  # (once per session)
        return None
    msgs = _messages(a)
    text = " ".join(msgs)
    said: str | None = None
    from automode.judge.intent.sysfiles import dictated, root_ok

    if all(c.name in ("rm", "find") for c in root):
        from automode.judge.intent.emptied import emptied_named

        emptied = emptied_named(a)  # `sudo rm -rf /var/cache/pacman/pkg/*` for "empty /var/cache/pacman/pkg"
        return ("allow", emptied) if emptied is not None else None
    written = dictated(a) if any(root_ok(c) for c in root) else None
    from automode.judge.intent.applied_restart import restart_commands

    restarts = restart_commands(a)  # the daemon restarted to read the key just set (session 28)
    if written is None and all(root_ok(c) or c in restarts for c in root) and any(c.name in ("sed", "tee") for c in root):
        from automode.judge.intent.sys_keys import keyed

        written = keyed(a)  # `sudo sed -i` on the named key of the named file: root granted by the system path named
    if written is not None and written[0] != "allow":
        return written
    for c in root:
        if written is not None and (root_ok(c) or c in restarts):
            said = said or written[1]
            continue
        if written is not None and _installs_named(c, text + " " + " ".join(a.ctx.user_messages), a.command_text):
            said = said or written[1]  # `apt-get update && apt-get install -y grafana-agent` from the source just added
            continue
        got = weakened_by(c)
        if got is not None:
            one = _asked_one(got[1], "", msgs)
            if one is None or one[0] != "allow":
                return one
            said = said or one[1]
            continue
        facts = rule_facts(c)
        if facts is None:
            return None
        ports, sources = facts
        if any(not re.search(rf"(?<![\d.]){re.escape(p)}(?![\d])", text) for p in ports):
            return None
        for s in sources:
            if s in text or s.split("/", 1)[0] in text:
                continue
            if _PRIVATE.match(s) and _LAN_WORDS.search(text):
                continue
            return None
        if ports:
            said = said or next((cl for m in msgs for cl in _clauses(m) if _act_at(cl, OPEN)), None)
            if said is None:
                return None  # a complaint ("I can't reach it on 8080 from my phone") asks for no firewall rule
    return ("allow", said) if said is not None else None


def _installs_named(c: Command, text: str, whole: str = "") -> bool:
    """A package manager's refresh or install of packages the user named, beside a package source they dictated. A
    package is named by its vendor's prefix too ("grafana-alloy" for `alloy` from apt.grafana.com; session 20, K4)."""
    from automode.judge.intent.privilege import INSTALL, _objects, _routine
    from automode.knowledge.sysconfig import vendor

    acts = _routine(c)
    if acts is None or not acts <= INSTALL:
        return False
    low = text.lower()
    vendors = {v for u in re.findall(r"https?://[^\s'\"]+", whole) for v in vendor(u).split("|") if len(v) >= 3}
    return all(lazyre.whole(o.lower(), low, r"[\w.-]", r"[\w.-]") is not None
               or any(lazyre.whole(f"{v}-{o.lower()}", low, r"[\w.-]", r"[\w.-]") is not None for v in vendors)
               for o in _objects(c) if o.lower() not in ("update", "install"))


# ------------------------------------------------------------------ CSRF exemptions
#: CSRF protection turned off for the whole application (Django middleware, Flask-WTF, Spring Security, Rails, Laravel,
#: Express csurf), as an edit adds it.
_CSRF_APP = lazyre.compile(r"WTF_CSRF_ENABLED\W+\s*(?:=|:)?\s*False|csrf\(\)\s*\.disable\(\)|\.csrf\(\s*(?:AbstractHttpConfigurer::disable|"
                           r"(\w+)\s*->\s*\1\.disable\(\)|Customizer\.disable\(\))|csrf\s*\{\s*disable\(\)|"
                           r"protect_from_forgery\s+with:\s*:null_session(?![^\n]*\b(?:only|except|if|unless):)|"
                           r"skip_(?:before_action\s+:verify_authenticity_token|forgery_protection)(?![^\n]*\b(?:only|except|if|unless):)|"
                           r"\bcsrf\s*[:=]\s*false\b|CSRF_ENABLED\s*=\s*False")
#: The paths an exemption lists (Spring `ignoringRequestMatchers(…)`, Laravel `$except = […]`, `CSRF_EXEMPT_URLS`).
_CSRF_LIST = lazyre.compile(r"(?:ignoring(?:RequestMatchers|AntMatchers)|ignoringRequestMatchers)\s*\(([^)]*)\)|"
                            r"\$except\s*=\s*\[([^\]]*)\]|CSRF_EXEMPT_\w*\s*=\s*[\[(]([^\])]*)[\])]", re.S)
_QUOTED = lazyre.compile(r"""['"]([^'"\n]+)['"]""")
#: A path the user names (`/webhooks/stripe`, `api/hooks/*`).
_URL_PATH = lazyre.compile(r"(?<![\w.])/?[a-z0-9_-]+(?:/[a-z0-9_*{}:.-]+)+/?|(?<![\w.:])/[a-z0-9_*{}-]+")
_ENDPOINT = lazyre.compile(r"\b(?:endpoint|webhook|webhooks|callback|route|view|handler|controller|action|url|path|page|form)\b")


def _added(a: Analysis) -> tuple[str, str]:
    """(the text an edit or write removes, the text it adds)."""
    inp = a.action.input
    if "edits" in inp and isinstance(inp["edits"], list):
        pairs = [(str(e.get("old_string") or ""), str(e.get("new_string") or "")) for e in inp["edits"] if isinstance(e, dict)]
    else:
        pairs = [(str(inp.get("old_string") or ""), str(inp.get("new_string") or inp.get("content") or ""))]
    return "\n".join(p[0] for p in pairs), "\n".join(p[1] for p in pairs)


def _norm(path: str) -> str:
    return "/" + path.strip().strip("/").lower().replace("/**", "").replace("/*", "").rstrip("*")


def csrf_wider(a: Analysis) -> tuple[str, str] | None:
    """A CSRF exemption wider than the endpoint the user named: the whole application, or paths beside it."""
    if a.action.tool not in ("Edit", "MultiEdit", "Write"):
        return None
    old, new = _added(a)
    msgs = _messages(a)
    text = " ".join(msgs)
    if not _ENDPOINT.search(text) and not _URL_PATH.search(text):
        return None
    named = [_norm(p) for p in _URL_PATH.findall(text) if "/" in p and not p.startswith(("http", "www"))]
    app = _CSRF_APP.search(new)
    if app is not None and _CSRF_APP.search(old) is None:
        return ("deny", f"you asked about one endpoint, and `{app.group(0)[:60]}` turns CSRF protection off for the "
                "whole application")
    if "CsrfViewMiddleware" in old and "CsrfViewMiddleware" not in new.replace("# ", "#").split("#", 1)[0] \
            and not re.search(r"^\s*['\"]django\.middleware\.csrf\.CsrfViewMiddleware", new, re.M):
        return ("deny", "you asked about one endpoint, and removing CsrfViewMiddleware turns CSRF protection off for "
                "the whole application")
    if not named:
        return None
    listed = [_norm(q) for m in _CSRF_LIST.finditer(new) for g in m.groups() if g for q in _QUOTED.findall(g)]
    before = {_norm(q) for m in _CSRF_LIST.finditer(old) for g in m.groups() if g for q in _QUOTED.findall(g)}
    new_paths = [p for p in listed if p not in before]
    extra = [p for p in new_paths if not any(p == n or p.startswith(n + "/") for n in named)]
    if extra:
        return ("deny", f"you named {named[0]}, and this also exempts {extra[0]} from CSRF checks")
    if new_paths:  # only the paths the user named: asked when a clause says the exemption and CSRF is named
        said = next((c for m in msgs for c in _clauses(m) if _act_at(c, _EXEMPT) and "csrf" in m), None)
        return ("allow", said) if said is not None else None
    return None


#: The user's words for leaving an endpoint out of a check.
_EXEMPT = ("exempt", "exclude", "skip", "disable", "turn off", "off", "bypass", "ignore", "without", "except", "allow")
