"""`automode review`: recent denials and asks grouped by rule and command shape, each with a narrow allow rule.

A proposal is offered only after it has been replayed:
- against every `deny`-labelled record of the benchmark corpora (`bench_dir`, skipped when absent): a rule that
  matches any of them is rejected, whatever the engine would then decide;
- against the user's own recorded denials outside the group: same;
- against the group itself: it must cover every action of the group, and the engine with the rule added must
  actually allow at least one of them (a built-in deny wins over allow rules, so some groups cannot be released
  by any allow rule; the review says so instead of offering a rule that does nothing).

Matching uses `automode.permissions` (the engine's own Claude-Code rule matcher, with its allow semantics: every
part of a compound command must be covered).
"""

from __future__ import annotations

import json
import os
import posixpath
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from automode.audit.store import Filters, Store
from automode.dc import dataclass, field
from automode.model import Action, Context

_NO_PROPOSAL_STAGES = frozenset({"floor", "error"})
_PATH_TOOLS = ("Read", "Edit", "Write", "MultiEdit", "NotebookEdit", "Grep", "Glob", "LS")
_HOME = os.path.expanduser("~")


@dataclass
class Group:
    key: tuple[str, ...]
    tool: str
    rules: tuple[str, ...]
    records: list[dict[str, Any]] = field(default_factory=list)

    @property
    def verdicts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.records:
            out[r["verdict"]] = out.get(r["verdict"], 0) + 1
        return out


@dataclass
class Proposal:
    group: Group
    rule: str | None
    status: str  # "proposed" | "rejected" | "none"
    why: str = ""
    corpus_deny: list[str] = field(default_factory=list)  # ids of deny-labelled corpus records it would match
    corpus_ask: int = 0
    own_denials: int = 0
    released: int | None = (
        None  # group records the engine allows with the rule added (None: engine unavailable)
    )
    checked_corpus: int = 0

    def to_json(self) -> dict[str, Any]:
        g = self.group
        return {
            "rule": self.rule,
            "status": self.status,
            "why": self.why,
            "tool": g.tool,
            "rules": list(g.rules),
            "count": len(g.records),
            "verdicts": g.verdicts,
            "sessions": len({r.get("session") for r in g.records}),
            "examples": [r.get("summary") for r in g.records[:3]],
            "corpus_deny_matches": self.corpus_deny[:10],
            "corpus_ask_matches": self.corpus_ask,
            "own_denial_matches": self.own_denials,
            "released_in_group": self.released,
            "corpus_deny_checked": self.checked_corpus,
        }


# --- actions and their parts (the engine's view of a compound command) -------------------------------------
def _parts(action: Action, ctx: Context) -> list[str]:
    """Simple commands of a shell action, as the engine hands them to the allow matcher."""
    from automode.analysis import analyze

    a = analyze(action, ctx)
    if not a.shell:
        return []
    return [c.text or " ".join(w.value for w in c.argv) for c in a.commands if not c.via]


@dataclass(frozen=True, slots=True)
class Case:
    """One action to replay a rule against."""

    id: str
    action: Action
    ctx: Context
    label: str
    parts: tuple[str, ...]


def case_from_row(row: Mapping[str, Any]) -> Case:
    inp = row.get("action") if isinstance(row.get("action"), Mapping) else {}
    cwd = row.get("cwd") or row.get("project_root") or "/"
    act = Action(str(row.get("tool")), dict(inp or {}), cwd)
    ctx = Context(
        cwd=cwd,
        project_root=row.get("project_root"),
        home=_HOME,
        user_messages=tuple(m for m in row.get("user_messages") or () if isinstance(m, str)),
        mode="headless" if row.get("mode") == "headless" else "interactive",
        session_id=row.get("session"),
    )
    return Case(str(row.get("uid")), act, ctx, str(row.get("verdict")), tuple(_parts(act, ctx)))


def load_corpus(bench_dir: Path, labels: Iterable[str] = ("deny", "ask")) -> list[Case]:
    """Records of every *.jsonl corpus with one of `labels`; only `action` and `context` are used."""
    wanted = set(labels)
    out: list[Case] = []
    for path in sorted(bench_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if not any(f'"label": "{w}"' in line or f'"label":"{w}"' in line for w in wanted):
                    continue
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if rec.get("label") not in wanted:
                    continue
                act_j = rec.get("action") or {}
                ctx_j = rec.get("context") or {}
                raw_inp = act_j.get("input")
                inp: Mapping[str, Any] = raw_inp if isinstance(raw_inp, Mapping) else {}
                cwd = ctx_j.get("cwd") or ctx_j.get("project_root") or "/work/project"
                act = Action(str(act_j.get("tool")), inp, cwd)
                ctx = Context(cwd=cwd, project_root=ctx_j.get("project_root"), home=_HOME)
                out.append(Case(str(rec.get("id")), act, ctx, str(rec["label"]), ()))
    return out


class Replayer:
    """Matches one proposed rule against cases; caches the (costly) shell split per case."""

    def __init__(self) -> None:
        self._parts: dict[int, tuple[str, ...]] = {}

    def parts(self, case: Case) -> tuple[str, ...]:
        if case.parts or case.action.tool != "Bash":
            return case.parts
        key = id(case)
        if key not in self._parts:
            try:
                self._parts[key] = tuple(_parts(case.action, case.ctx))
            except Exception:
                self._parts[key] = ()
        return self._parts[key]

    def matches(self, rule: Any, case: Case) -> bool:
        from automode import permissions

        if not permissions._tool_covered(rule.tool, case.action.tool):
            return False
        root = case.ctx.project_root or case.ctx.cwd or "/"
        hit = permissions.match_all_parts(
            (rule,),
            case.action.tool,
            case.action.input,
            commands=self.parts(case),
            cwd=case.action.cwd or root,
            root=root,
            home=case.ctx.home,
        )
        return hit is not None


# --- grouping and candidate rules ---------------------------------------------------------------------------
def _shape(case: Case) -> str:
    tool = case.action.tool
    inp = case.action.input
    if tool == "Bash":
        if len(case.parts) != 1:
            return "compound:" + " ; ".join(" ".join(p.split()[:2]) for p in case.parts[:4])
        return " ".join(case.parts[0].split()[:2])
    if tool in _PATH_TOOLS:
        p = inp.get("file_path") or inp.get("path") or inp.get("notebook_path") or ""
        return posixpath.dirname(str(p))
    if tool == "WebFetch":
        return urlsplit(str(inp.get("url", ""))).hostname or ""
    if tool in ("Task", "Agent"):
        return str(inp.get("subagent_type", ""))
    return ""


def group_rows(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Group], dict[str, Case]]:
    groups: dict[tuple[str, ...], Group] = {}
    cases: dict[str, Case] = {}
    for row in rows:
        case = case_from_row(row)
        cases[case.id] = case
        rules = tuple(r for r in row.get("rules") or () if isinstance(r, str))
        key = (case.action.tool, ",".join(rules), _shape(case))
        g = groups.setdefault(key, Group(key, case.action.tool, rules))
        g.records.append(dict(row))
    return sorted(groups.values(), key=lambda g: -len(g.records)), cases


def _common_prefix(lists: Sequence[Sequence[str]]) -> list[str]:
    out: list[str] = []
    for items in zip(*lists, strict=False):
        if all(x == items[0] for x in items):
            out.append(items[0])
        else:
            break
    return out


def candidate(group: Group, cases: Mapping[str, Case]) -> tuple[str | None, str]:
    """The narrowest rule covering every action of the group, or (None, why not)."""
    members = [cases[r["uid"]] for r in group.records]
    tool = group.tool
    if tool == "Bash":
        if any(len(c.parts) != 1 for c in members):
            return None, "compound commands: allow each part's command separately"
        texts = [" ".join(c.parts[0].split()) for c in members]
        if any("*" in t or "\n" in t or (")" in t and "(" not in t) for t in texts):
            return None, "the command contains characters a rule would read as a pattern"
        if len(set(texts)) == 1:
            return f"Bash({texts[0]})", ""
        prefix = _common_prefix([t.split() for t in texts])
        if len(prefix) < 2:
            return None, "the commands differ after their first word"
        return f"Bash({' '.join(prefix)}:*)", ""
    if tool in _PATH_TOOLS:
        paths = {str(c.action.input.get("file_path") or c.action.input.get("path") or "") for c in members}
        if "" in paths:
            return None, "no path"
        root = members[0].ctx.project_root or ""
        if any("*" in p or "[" in p for p in paths):
            return None, "the path contains pattern characters"

        def spell(p: str) -> str:
            absolute = posixpath.normpath(posixpath.join(members[0].action.cwd or "/", p))
            if root and (absolute + "/").startswith(root.rstrip("/") + "/"):
                return "/" + posixpath.relpath(absolute, root)
            return "/" + absolute  # `//abs/path`

        spelled = sorted({spell(p) for p in paths})
        if len(spelled) == 1:
            return f"{tool}({spelled[0]})", ""
        dirs = {posixpath.dirname(s) for s in spelled}
        if len(dirs) == 1:
            exts = {posixpath.splitext(s)[1] for s in spelled}
            star = f"*{exts.pop()}" if len(exts) == 1 and "" not in exts else "*"
            return f"{tool}({dirs.pop().rstrip('/')}/{star})", ""
        return None, "the paths are in different directories"
    if tool == "WebFetch":
        hosts = {urlsplit(str(c.action.input.get("url", ""))).hostname for c in members}
        if len(hosts) == 1 and None not in hosts:
            return f"WebFetch(domain:{hosts.pop()})", ""
        return None, "different hosts"
    if tool in ("Task", "Agent"):
        kinds = {c.action.input.get("subagent_type") for c in members}
        if len(kinds) == 1 and isinstance(next(iter(kinds)), str):
            return f"{tool}({kinds.pop()})", ""
        return None, "different sub-agent types"
    if tool.startswith("mcp__") or tool not in ("Bash", "WebSearch"):
        return tool, ""
    return None, f"no narrow rule for {tool}"


# --- the review ---------------------------------------------------------------------------------------------
def review(
    store: Store,
    *,
    since: float | None,
    bench_dir: Path | None,
    limit: int = 20,
    filters: Filters | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> list[Proposal]:
    """Group recent denials and asks, propose a narrow allow rule per group and replay it against the benchmark
    corpora and the user's own denials. `progress(step, done, total)` is told how far the run is (a progress bar)."""
    from automode import permissions

    def step(what: str, done: int = 0, total: int = 0) -> None:
        if progress is not None:
            progress(what, done, total)

    base = filters or Filters()
    rows: list[dict[str, Any]] = []
    for verdict in ("deny", "ask"):
        if base.verdict and base.verdict != verdict:
            continue
        f = Filters(base.session, verdict, base.tool, base.rule, base.agent, since, None, base.text, base.user, base.project)
        rows += [r for r in store.query(f, limit=2000) if r.get("stage") not in _NO_PROPOSAL_STAGES]
    groups, cases = group_rows(rows)
    groups = groups[:limit]
    own = [
        case_from_row(r)
        for r in store.query(Filters(verdict="deny", since=time.time() - 90 * 86400), limit=5000)
    ]
    step("reading the benchmark corpora")
    corpus = load_corpus(bench_dir) if bench_dir else []
    corpus_deny = [c for c in corpus if c.label == "deny"]
    corpus_ask = [c for c in corpus if c.label == "ask"]
    rp = Replayer()
    out: list[Proposal] = []
    # Groups (different rule ids) that lead to the same rule are reviewed as one.
    merged: dict[str, Group] = {}
    work: list[tuple[Group, str | None, str]] = []
    for g in groups:
        text, why = candidate(g, cases)
        if text is not None and text in merged:
            first = merged[text]
            first.records += g.records
            first.rules = tuple(dict.fromkeys(first.rules + g.rules))
            continue
        if text is not None:
            merged[text] = g
        work.append((g, text, why))
    for i, (g, text, why) in enumerate(work):
        step(f"replaying {len(work)} proposals against {len(corpus)} benchmark records", i, len(work))
        if text is None:
            out.append(Proposal(g, None, "none", why))
            continue
        try:
            rule = permissions.parse_rule(text, "automode review")
        except ValueError as e:
            out.append(Proposal(g, text, "none", f"not a valid rule: {e}"))
            continue
        p = Proposal(g, text, "proposed", checked_corpus=len(corpus_deny))
        members = [cases[r["uid"]] for r in g.records]
        if not all(rp.matches(rule, c) for c in members):
            p.status, p.why = "none", "the rule would not cover every action of the group"
            out.append(p)
            continue
        p.corpus_deny = [c.id for c in corpus_deny if rp.matches(rule, c)]
        p.corpus_ask = sum(1 for c in corpus_ask if rp.matches(rule, c))
        ids = {c.id for c in members}
        p.own_denials = sum(1 for c in own if c.id not in ids and rp.matches(rule, c))
        p.released = _released(rule, members)
        if p.corpus_deny:
            p.status = "rejected"
            p.why = f"would also allow {len(p.corpus_deny)} deny-labelled benchmark record(s), e.g. {p.corpus_deny[0]}"
        elif p.own_denials:
            p.status = "rejected"
            p.why = f"would also allow {p.own_denials} of your other recorded denials"
        elif p.released == 0:
            p.status = "rejected"
            p.why = "a built-in rule still denies these actions; an allow rule cannot release them"
        out.append(p)
    return out


def _released(rule: Any, members: Sequence[Case]) -> int | None:
    """How many of the group's actions the engine allows once the rule is configured (None: engine unavailable)."""
    try:
        from automode.config import Config
        from automode.engine import Engine

        engine = Engine(Config(allow=(rule,)))
        return sum(1 for c in members if engine.decide(c.action, c.ctx).verdict == "allow")
    except Exception:
        return None
