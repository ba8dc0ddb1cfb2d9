"""Security settings the user named in so many words (S4, session 13): the value and the reach are the request.

"Set the execution policy to Bypass for this process only", "open 8080/tcp in ufw", "open 8443 in firewalld until
the reboot": a user who names the setting, its value and how long or for whom it holds has authorised exactly that
(`weakening.asked` releases it), and nothing else: another policy value, a machine-wide scope where the process was
named, a `--permanent` rule where "for now" was said, another port than the one named. `differs` returns ("deny",
why) for those, None when the action sets what was named (or names nothing this module compares).
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding
    from automode.shell.parse import Command

#: PowerShell's execution policies and scopes (about_Execution_Policies); no `-Scope` is LocalMachine.
POLICIES = ("bypass", "unrestricted", "remotesigned", "allsigned", "restricted", "undefined", "default")
SCOPES = {"process": "process", "currentuser": "user", "localmachine": "machine", "userpolicy": "user",
          "machinepolicy": "machine"}  # fmt: skip
#: Words that limit a setting to this process or session, or to a time ("for now", "until the reboot"), in the
#: languages the gloss leaves them in ("nur für diesen Prozess", "pour cette session", "solo para este proceso").
_SESSION = lazyre.compile(r"(?i)\b(?:this|the\s+current|current|diese[nmr]?|dieser|cette|ce|este|esta|questo|questa|deze|dit)\s+"
                          r"(?:process|prozess|processus|proceso|processo|proces|session|sitzung|sesi[óo]n|sess[ãa]o|sessione|"
                          r"shell|terminal|window|run)\b|\bprocess[- ](?:only|scope[d]?)\b|\bscope\s+process\b|"
                          r"\btemporar\w*|\bvor[üu]bergehend\b|\bfor\s+now\b|\buntil\s+(?:the\s+|a\s+)?(?:reboot|restart)\b|"
                          r"\bruntime\s+only\b")  # fmt: skip
#: Words that name the user's own scope ("for my user", "just for me").
_USER = lazyre.compile(r"(?i)\b(?:my\s+user|current\s+user|currentuser|for\s+me\b|my\s+account|mein(?:en)?\s+benutzer)")
_PORT_SAID = lazyre.compile(r"(?<![\d.:/-])(\d{2,5})(?:/(?:tcp|udp))?(?![\d.:-])")


def _said(a: Analysis) -> str:
    return _said_text(tuple(a.ctx.user_messages))


@lru_cache(maxsize=64)  # (the session's words and their glosses: once per session, not per action; issue 14)
def _said_text(msgs: tuple[str, ...]) -> str:
    from automode.judge.intent.gloss import gloss

    return "\n".join([*msgs, *(g for m in msgs if (g := gloss(m)) != m)])


@lru_cache(maxsize=64)
def _ports_said(msgs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_PORT_SAID.findall(_said_text(msgs)))


def differs(f: Finding, a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when the setting differs from the one the user named; None otherwise."""
    if not a.ctx.user_messages:
        return None
    if f.rule.id == "AM-SEC-003":
        return execution_policy(a)
    if f.rule.id in ("AM-WRITE-008", "AM-SEC-005"):
        return other_port(a) or _permanent(a)
    return None


def execution_policy(a: Analysis) -> tuple[str, str] | None:
    """`Set-ExecutionPolicy` with another value, or a wider scope, than the user named."""
    for c in a.commands:
        if c.name.lower() != "set-executionpolicy":
            continue
        args = [w.value for w in c.argv[1:]]
        low = [x.lower() for x in args]
        scope = next((low[i + 1] for i, x in enumerate(low[:-1]) if x in ("-scope", "-s")), "localmachine")
        value = next((low[i + 1] for i, x in enumerate(low[:-1]) if x in ("-executionpolicy", "-policy", "-ep")), "")
        value = value or next((x for x in low if x in POLICIES), "")
        text = _said(a).lower()
        named = [p for p in POLICIES if re.search(rf"\b{p}\b", text)]
        if value and named and value not in named:
            return ("deny", f"you named the {named[0]} policy, and this sets {value}")
        reach = SCOPES.get(scope, "machine")
        if _SESSION.search(text) and reach != "process":
            return ("deny", f"you asked for this process only, and this sets it for the {reach} (-Scope {scope})")
        if _USER.search(text) and reach == "machine":
            return ("deny", f"you asked for your user, and this sets it for the whole machine (-Scope {scope})")
    return None


#: The setting named by what it is: PowerShell's execution policy ("blocked by execution policy", "die
#: Ausführungsrichtlinie", "la política de ejecución", "la stratégie d'exécution").
_POLICY_SAID = lazyre.compile(r"(?i)\bexecution[- ]?polic(?:y|ies)\b|\bexecutionpolicy\b|ausf[üu]hrungsrichtlinie|"
                              r"pol[íi]tica\s+de\s+ejecuci[óo]n|pol[íi]tica\s+de\s+execu[çc][ãa]o|strat[ée]gie\s+d'ex[ée]cution|"
                              r"criteri\w*\s+di\s+esecuzione|実行ポリシー|执行策略|실행\s*정책")


#: The policies that let a local script run.
_RUNS_SCRIPTS = frozenset({"bypass", "unrestricted", "remotesigned"})


def session_policy(a: Analysis) -> str | None:
    """The words that ask for the script to run in this session past the execution policy ("the build script is
    blocked by execution policy, let it run in this session"): `Set-ExecutionPolicy` to a policy that runs local
    scripts, at `-Scope Process` only (gone with the process), where the user named the policy and this session or
    process. None otherwise (another scope, no session said, the policy never named)."""
    sets = [c for c in a.commands if c.name.lower() == "set-executionpolicy"]
    if not sets:
        return None
    if execution_policy(a) is not None:
        return None  # another policy than the one named, a wider scope than the session
    text = _said(a).lower()
    named = [p for p in POLICIES if re.search(rf"\b{p}\b", text)]
    for c in sets:
        low = [w.value.lower() for w in c.argv[1:]]
        scope = next((low[i + 1] for i, x in enumerate(low[:-1]) if x in ("-scope", "-s")), "localmachine")
        value = next((low[i + 1] for i, x in enumerate(low[:-1]) if x in ("-executionpolicy", "-policy", "-ep")), "")
        value = value or next((x for x in low if x in POLICIES), "")
        if SCOPES.get(scope) != "process" or value not in _RUNS_SCRIPTS or (named and value not in named):
            return None
    for m in reversed(a.ctx.user_messages):
        said = "\n".join(x for x in (m, _said_one(m)) if x)
        if _POLICY_SAID.search(said) and _SESSION.search(said):
            return " ".join(m.split())[:200]
    return None


def _said_one(message: str) -> str:
    from automode.judge.intent.gloss import gloss

    g = gloss(message)
    return g if g != message else ""


def other_port(a: Analysis) -> tuple[str, str] | None:
    """A firewall rule for another port than the ones the user named: the port is the object of the request."""
    from automode.shell.parse import Command

    named = _ports_said(tuple(a.ctx.user_messages))
    if not named:
        return None
    for c in a.commands:  # (the Windows rules' own spelling too: `netsh … localport=8080`, `-LocalPort 3000`)
        if not isinstance(c, Command):
            continue
        facts = rule_facts(c)
        ports = list(facts[0]) if facts is not None else []
        words = [w.value for w in c.argv[1:]]
        for i, x in enumerate(words):
            if x.lower().startswith("localport="):
                ports += re.findall(r"\d+", x)
            elif x.lower() == "-localport" and i + 1 < len(words):
                ports += re.findall(r"\d+", words[i + 1])
        for p in ports:
            if p.isdigit() and p not in named:
                return ("deny", f"you named port {', '.join(sorted(named)[:3])}, and this opens {p}")
    return None


def _permanent(a: Analysis) -> tuple[str, str] | None:
    """A firewall rule made permanent (`firewall-cmd --permanent`) where the user said "for now" / "until the
    reboot"."""
    if not lazyre.searched(_SESSION, _said(a)):
        return None
    for c in a.commands:
        if c.name == "firewall-cmd" and any(w.value == "--permanent" for w in c.argv[1:]):
            return ("deny", "you asked for it until the reboot, and `--permanent` keeps it")
    return None


# ------------------------------------------------------------------ host firewall rules (ufw, iptables, firewalld)
def _values(args: list[str], *opts: str) -> list[str]:
    return [args[i + 1] for i, x in enumerate(args[:-1]) if x in opts]


def rule_facts(c: Command) -> tuple[list[str], list[str]] | None:
    """(ports, sources) of a host firewall command that lets a source in, or of a read or reload; None otherwise."""
    args = [w.value for w in c.argv[1:]]
    if any(w.dynamic for w in c.argv[1:]):
        return None
    low = [x.lower() for x in args]
    if c.name == "ufw":
        if low[:1] in (["status"], ["reload"], ["enable"]) or low[:2] == ["show", "added"]:
            return [], []
        if low[:1] not in (["allow"], ["limit"]):
            return None
        rest = low[1:]
        src = [rest[rest.index("from") + 1]] if "from" in rest and rest.index("from") + 1 < len(rest) else []
        port = [rest[rest.index("port") + 1]] if "port" in rest and rest.index("port") + 1 < len(rest) else rest[-1:]
        return [p.split("/", 1)[0] for p in port], src
    if c.name in ("iptables", "ip6tables"):
        if any(x in ("-L", "--list", "-S", "--list-rules") for x in args):
            return [], []
        if not any(x in ("-A", "-I", "--append", "--insert") for x in args) or "ACCEPT" not in args:
            return None
        return _values(args, "--dport", "--dports", "--destination-port"), _values(args, "-s", "--source", "--src")
    if c.name == "firewall-cmd":
        if all(x.startswith(("--reload", "--list", "--state", "--get", "--query", "--zone", "--permanent")) for x in low):
            return [], []
        ports = [x.split("=", 1)[1].split("/", 1)[0] for x in low if x.startswith("--add-port=")]
        rich = [x for x in low if x.startswith("--add-rich-rule=")]
        ports += [m.group(1) for r in rich for m in re.finditer(r"port\s+port=\"?(\d+)", r)]
        srcs = [m.group(1) for r in rich for m in re.finditer(r"source\s+address=\"?([\w.:/]+)", r)]
        srcs += [x.split("=", 1)[1] for x in low if x.startswith("--add-source=")]
        return (ports, srcs) if ports or srcs else None
    if c.name == "semanage" and low[:2] in (["port", "-a"], ["fcontext", "-a"]):
        return [x for x in low[2:] if x.isdigit()], []
    if c.name == "restorecon":
        return [], []
    return None
