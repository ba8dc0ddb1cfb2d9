"""The decision pipeline (SPEC §3), first match wins, cheapest first:

1. hard floor: configured deny rules, then built-in floor rules (critical targets, raw disks, agent control);
2. user rules: configured ask, then allow (an allow covers a compound command only if it covers every part);
3. fast paths: read-only tools on non-sensitive paths, edits inside the project to non-protected paths;
4. analysis (`automode.analysis`) and 5. the built-in policy over commands and effects;
6. the judge: the user's own words can release a soft rule or tighten an allow (`automode.judge`).

Pure: no I/O. One Engine per configuration; `decide` is safe to call from many threads.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict

from automode import judge, permissions, rules
from automode.analysis import FILE_READ_TOOLS, FILE_WRITE_TOOLS, Analysis, analyze
from automode.config import Config
from automode.effects import EffectKind
from automode.model import SEVERITY, Action, Context, Decision, Finding, RuleInfo
from automode.permissions import PermissionRule
from automode.rules import triggers
from automode.rules.base import REGISTRY, Hit, Rule, action_tokens, command_tokens
from automode.shell import budget
from automode.typing_lite import TYPE_CHECKING, get_args

if TYPE_CHECKING:
    from automode.shell.parse import Command

DISPATCH_CACHE = 4096  # rule lists kept per command key / action token set

SAFE_READ_CLASSES = frozenset({"project", "artefact", "temp", "system", "home", "outside", "protected"})
FAST_WRITE_CLASSES = frozenset({"project", "artefact", "temp"})


def _stand(reached: list[Decision], failed: Decision) -> Decision:
    """After an internal error: a deny already reached stands (an error never lowers a verdict); else `failed`."""
    deny = next((d for d in reached if d.verdict == "deny"), None)
    if deny is None:
        return failed
    return Decision("deny", f"{deny.reason} (automode then failed while checking further: {failed.reason})"[:600],
                    deny.rules, deny.category, deny.suggestion, deny.stage)  # fmt: skip


class Engine:
    def __init__(self, config: Config | None = None, *, indexed: bool = True) -> None:
        self.config = config or Config()
        #: Run a rule that names its triggers (`Rule.needs`) only when one is present; False runs the whole catalogue
        #: on everything (the reference the indexed dispatch is tested against).
        self.indexed = indexed
        #: Which rule modules an action needs (`automode.rules.triggers`); None: the whole catalogue, loaded now
        #: (the reference engine, or no usable stored index).
        self._index = triggers.stored(rules.MODULES) if indexed else None
        self._lock = threading.Lock()
        self._active: frozenset[str] = frozenset()
        self._complete = False
        if self._index is None:
            rules.load_all()
            self._use(frozenset(rules.MODULES))
        else:
            self._use(frozenset(self._index.always))

    def _use(self, modules: frozenset[str]) -> None:
        """Import `modules` and dispatch over their rules (and any rule registered outside the catalogue's modules),
        in catalogue order: modules in `rules.MODULES` order, each module's rules in the order it registers them."""
        rules.load(sorted(modules - self._active))
        position = {m: i for i, m in enumerate(rules.MODULES)}
        last = len(position)
        chosen = [(position.get(triggers.module_of(r), last), i, r) for i, r in enumerate(REGISTRY.rules)
                  if triggers.module_of(r) in modules or triggers.module_of(r) not in position]  # fmt: skip
        by_command: dict[str, list[Rule]] = defaultdict(list)
        any_command: list[Rule] = []
        by_effect: dict[str, list[Rule]] = defaultdict(list)
        action_rules: list[Rule] = []
        for _, _, r in sorted(chosen, key=lambda t: (t[0], t[1])):
            if r.kind == "command":
                if r.names is None:
                    any_command.append(r)
                else:
                    for n in r.names:
                        by_command[n].append(r)
            elif r.kind == "effect":
                for k in r.names or get_args(EffectKind):
                    by_effect[k].append(r)
            else:
                action_rules.append(r)
        # Tables first, the caches built from them after: a thread that finds a new cache reads new tables (each
        # dispatch method takes its cache first and fills that one), so no cache holds a list from older tables.
        self.by_command, self.any_command, self.by_effect, self.action_rules = by_command, any_command, by_effect, action_rules
        #: Every token an action rule names: an action's other tokens never change which rules run.
        self._action_needs = frozenset(t for r in action_rules for t in (r.needs or ()))
        #: Action rules with a test on command names, and per command name the marks (`when:ID`) of those it passes.
        self._action_tests = tuple((f"when:{r.id}", r.when) for r in action_rules if r.when is not None)
        self._by_key: dict[tuple[str, bool, bool, bool, bool], tuple[Rule, ...]] = {}
        self._by_tokens: dict[frozenset[str], tuple[Rule, ...]] = {}
        self._name_marks: dict[str, frozenset[str]] = {}
        self._active = modules
        self._complete = modules >= frozenset(rules.MODULES)

    def prepare_all(self) -> None:
        """Load the whole catalogue now (a resident server warming up; tests that look at the dispatch tables)."""
        if not self._complete:
            with self._lock:
                self._use(self._active | frozenset(rules.MODULES))

    def prepare(self, a: Analysis, tokens: set[str] | None = None) -> None:
        """Load the rule modules this action could need (`automode.rules.triggers`) before its rules run."""
        if self._complete or self._index is None:
            return
        need = triggers.needed(self._index, a, action_tokens(a) if tokens is None else tokens)
        if not need <= self._active:
            with self._lock:
                if not need <= self._active:
                    self._use(self._active | need)

    # ------------------------------------------------------------------ API
    def decide(self, action: Action, ctx: Context) -> Decision:
        t0 = time.perf_counter_ns()
        reached: list[Decision] = []  # the strictest verdict found so far, kept if a later step fails
        try:
            d = self._decide(action, ctx, reached)
        except RecursionError:
            d = Decision("ask", "automode could not analyse this action (it nests too deeply)", ("AM-PARSE-001",),
                         "unanalysable", stage="analysis")  # fmt: skip
            d = _stand(reached, d)
        except UnicodeError as exc:
            d = self._unpaired(action, ctx, reached, exc)
        except Exception as exc:
            d = Decision("ask", f"automode failed while analysing this action ({type(exc).__name__}: {exc})"[:300],
                         ("AM-INTERNAL-001",), "unanalysable", stage="error")  # fmt: skip
            d = _stand(reached, d)
        if ctx.mode == "headless" and d.verdict == "ask":
            who = f"{ctx.agent_mode} mode asks no one" if ctx.agent_mode else "headless session"
            d = Decision("deny", d.reason + f" ({who}: needs the user's approval)", d.rules, d.category, d.suggestion,
                         d.stage)  # fmt: skip
        return Decision(d.verdict, d.reason, d.rules, d.category, d.suggestion, d.stage, (time.perf_counter_ns() - t0) // 1000)

    def _unpaired(self, action: Action, ctx: Context, reached: list[Decision], exc: UnicodeError) -> Decision:
        """A string no encoder takes (a lone surrogate from a `\\ud800` JSON escape) failed a step: decide again with
        each one replaced by U+FFFD, so a stray code point never turns a floor deny into the error's ask (red team
        s12: a Write of the agent's settings whose content held one was an ask). Node and Python runtimes write such a
        code point as U+FFFD too, so the second reading is the action as it runs; a deny reached before stands."""
        failed = Decision("ask", f"automode failed while analysing this action ({type(exc).__name__}: {exc})"[:300],
                          ("AM-INTERNAL-001",), "unanalysable", stage="error")  # fmt: skip
        from automode.model import scrub_unpaired

        clean = scrub_unpaired(action.input)
        if clean == action.input:
            return _stand(reached, failed)
        again: list[Decision] = []
        try:
            d = self._decide(Action(action.tool, clean, action.cwd, action.annotations, scrub_unpaired(action.before), action.shadowed),
                             ctx, again)  # fmt: skip
        except Exception:
            return _stand(reached + again, failed)
        return d if d.verdict == "deny" else _stand(reached, d)

    def analyze(self, action: Action, ctx: Context) -> Analysis:
        a = analyze(action, ctx)
        a.config = self.config
        return a

    def findings(self, a: Analysis) -> list[Finding]:
        """Every built-in rule that fires on this analysis."""
        # Hot loop: almost every check returns None, so collect raw hits and build Findings only at the end. Which
        # rules run on a command (or an action) depends only on a small key (its name and trigger flags), so the list
        # is built once per key, in catalogue order, and reused.
        tokens = action_tokens(a) if self.indexed else None
        self.prepare(a, tokens)
        hits: list[tuple[Rule, str | Hit, object]] = []
        timed = budget.DEADLINE.get() is not None
        whole = True  # every check ran (what each rule fired on can be handed to the judge)
        for cmd in a.commands:
            if timed and budget.out_of_time():
                a.problems.append(budget.OUT_OF_TIME)  # an ask; what was found so far (a deny) stands
                whole = False
                break
            for r in self._command_rules(cmd):
                res = r.check(cmd, a)
                if res is not None:
                    hits.append((r, res, cmd))
        by_effect = self.by_effect
        for e in a.effects:
            if timed and budget.out_of_time():
                if budget.OUT_OF_TIME not in a.problems:
                    a.problems.append(budget.OUT_OF_TIME)
                whole = False
                break
            for r in by_effect.get(e.kind, ()):
                res = r.check(e, a)
                if res is not None:
                    hits.append((r, res, e))
        for r in self._action_rules(a, tokens):
            if timed and budget.out_of_time():
                if budget.OUT_OF_TIME not in a.problems:
                    a.problems.append(budget.OUT_OF_TIME)
                whole = False
                break
            res = r.check(a)
            if res is not None:
                hits.append((r, res, None))
        out: list[Finding] = []
        seen: set[tuple[str, str]] = set()
        on: dict[str, list[object]] = {}
        for r, res, src in hits:
            if src is not None:
                on.setdefault(r.id, []).append(src)
            hit = res if isinstance(res, Hit) else Hit(res)
            if (r.id, hit.detail) not in seen:
                seen.add((r.id, hit.detail))
                out.append(Finding(r, hit.verdict or r.verdict, hit.detail, hit.suggestion))
        if whole and on:
            from automode.judge.intent.fired import remember

            for f in out:
                if f.rule.id in on:  # what each rule fired on, for the judge (it would run the check again)
                    remember(f, a, _unique(on[f.rule.id]))
        return out

    def checks(self, a: Analysis) -> int:
        """How many rule checks `findings` runs on this analysis (`automode bench --speed`: what the trigger index
        saves, against `Engine(indexed=False)` on the same analysis)."""
        self.prepare(a)
        return (sum(len(self._command_rules(c)) for c in a.commands) + sum(len(self.by_effect.get(e.kind, ()))
                for e in a.effects) + len(self._action_rules(a)))  # fmt: skip

    # ------------------------------------------------------------ dispatch
    def _command_rules(self, cmd: Command) -> tuple[Rule, ...]:
        """The rules to run on one command: those indexed by its name, then those made for every command whose
        triggers it holds (all of them when not indexed)."""
        key = (cmd.name, bool(cmd.assigns), bool(cmd.launchers), cmd.privileged,
               bool(cmd.via) and cmd.via[0].startswith("runs-later "))  # fmt: skip
        cache = self._by_key
        rules = cache.get(key)
        if rules is None:
            tokens = command_tokens(cmd)
            rules = (*self.by_command.get(cmd.name, ()),
                     *(r for r in self.any_command
                       if not self.indexed or r.runs_for(tokens, r.when is not None and r.when(cmd.name))))  # fmt: skip
            if len(cache) >= DISPATCH_CACHE:
                cache.clear()  # bounded: hostile input can make any number of names
            cache[key] = rules
        return rules

    def _action_rules(self, a: Analysis, tokens: set[str] | None = None) -> tuple[Rule, ...]:
        """The action rules whose triggers the action holds, in catalogue order (all of them when not indexed)."""
        if not self.indexed:
            return tuple(self.action_rules)
        cache = self._by_tokens
        present = (action_tokens(a) if tokens is None else tokens) & self._action_needs
        if self._action_tests:
            for cmd in a.commands:
                present |= self._marks(cmd.name)
        key = frozenset(present)
        rules = cache.get(key)
        if rules is None:
            rules = tuple(r for r in self.action_rules if r.runs_for(present, f"when:{r.id}" in present))
            if len(cache) >= DISPATCH_CACHE:
                cache.clear()
            cache[key] = rules
        return rules

    def _marks(self, name: str) -> frozenset[str]:
        """The marks of the action rules whose name test `name` passes (asked once per name, kept)."""
        cache = self._name_marks
        marks = cache.get(name)
        if marks is None:
            marks = frozenset(mark for mark, test in self._action_tests if test(name))
            if len(cache) >= DISPATCH_CACHE:
                cache.clear()
            cache[name] = marks
        return marks

    # ------------------------------------------------------------- pipeline
    def _decide(self, action: Action, ctx: Context, reached: list[Decision] | None = None) -> Decision:
        if ctx.user_messages:
            from automode.judge.intent.glued_names import unglue

            said = unglue(ctx.user_messages)  # "מ-@shaked/ui-core": the name set apart from the prefix written on it
            if said is not ctx.user_messages:
                from automode.dc import replace

                ctx = replace(ctx, user_messages=said)
        a = analyze(action, ctx)
        a.config = self.config
        d = self._pipeline(a, [] if reached is None else reached)
        if a.notes:
            d = Decision(d.verdict, f"{d.reason} Note: {'; '.join(a.notes)}.", d.rules, d.category, d.suggestion, d.stage)
        return d

    def _pipeline(self, a: Analysis, reached: list[Decision]) -> Decision:
        if a.oversize:
            return Decision("ask", "automode could not analyse this action: " + a.problems[0], ("AM-PARSE-001",),
                            "unanalysable", stage="analysis")  # fmt: skip
        # Allow rules must cover every top-level part; deny/ask rules see every command, wrapped ones included
        # (`bash -c "rm -rf x"` is caught by a deny on `Bash(rm *)`).
        cfg = self.config
        parts: list[str] = []
        every: list[str] = []
        if a.shell and (cfg.deny or cfg.ask or cfg.allow):  # the command texts only user rules match
            parts = [c.text or " ".join(w.value for w in c.argv) for c in a.commands if not c.via]
            every = list(dict.fromkeys(parts + [" ".join(w.value for w in c.argv) for c in a.commands]))
        # 1. Hard floor.
        m = self._match(cfg.deny, a, every, every=False)
        if m is not None:
            return Decision("deny", f"blocked by the deny rule `{m.raw}` ({m.source})", (f"config:{m.raw}",), "policy", stage="user-rule")
        found = self.findings(a)
        floor = [f for f in found if f.rule.floor and f.verdict == "deny"]
        if floor:
            verdict = self._verdict(floor, "floor", a)
            reached.append(verdict)
            out = judge.confirm_floor(verdict, floor, a, found)
            return self._judge(out, [], a) if out.verdict == "allow" else out  # a boundary the user stated still holds
        # 2. User rules.
        m = self._match(cfg.ask, a, every, every=False)
        if m is not None:
            return Decision("ask", f"the ask rule `{m.raw}` ({m.source}) matches", (f"config:{m.raw}",), "policy", stage="user-rule")
        if not a.problems and not any(f.verdict == "deny" for f in found):
            m = self._match(cfg.allow, a, parts, every=True)
            if m is not None:
                d = Decision("allow", f"allowed by the rule `{m.raw}` ({m.source})", (f"config:{m.raw}",), "routine", stage="user-rule")
                return self._judge(d, found, a)  # the judge only tightens here: a boundary the user stated
        # 3. Fast paths (only when no built-in rule has an objection).
        if not found and not a.problems:
            fast = self._fast_path(a)
            if fast is not None:
                return self._judge(fast, found, a)  # e.g. "only touch src/" applies to fast-path edits
        # 4-5. Policy.
        if a.problems and not any(f.verdict == "deny" for f in found):
            reason = "automode could not fully analyse this action: " + "; ".join(a.problems[:3])
            rules = ("AM-PARSE-001", *[f.rule.id for f in found])
            return self._judge(Decision("ask", reason[:600], rules, "unanalysable", stage="analysis"), found, a)
        if found:
            verdict = self._verdict(found, "policy", a)
            reached.append(verdict)
            return self._judge(verdict, found, a)
        return self._judge(Decision("allow", "no rule objects: routine work", (), "routine", stage="policy"), found, a)

    def _verdict(self, found: list[Finding], stage: str, a: Analysis | None = None) -> Decision:
        top = max(found, key=lambda f: (SEVERITY[f.verdict], f.rule.floor))
        worst = [f for f in found if f.verdict == top.verdict]
        reason = f"{top.rule.title}: {top.detail}."
        if a is not None and a.action.tool in FILE_WRITE_TOOLS and not top.rule.id.startswith("AM-WRITE-"):
            script = _written_source(top.rule, a)
            if script is not None:
                kind, _, where = script.partition(" ")
                what = {"script": f"a shell script ({where})", "runs-later": f"commands in {where}"}.get(kind, f"code in {where}")
                reason = f"This writes {what} that would be blocked when run. {reason}"
        others = sorted({f.rule.id for f in worst if f.rule.id != top.rule.id})
        if others:
            reason += f" Also: {', '.join(others)}."
        rules = tuple(dict.fromkeys([top.rule.id, *[f.rule.id for f in found]]))
        return Decision(top.verdict, reason, rules, top.rule.category, top.suggestion or top.rule.suggestion, stage)

    def _judge(self, d: Decision, found: list[Finding], a: Analysis) -> Decision:
        return judge.review(d, found, a, self.config)  # looked up per call: tests replace it

    def _fast_path(self, a: Analysis) -> Decision | None:
        tool = a.action.tool
        if tool in FILE_READ_TOOLS and all(e.kind == "read" and e.pclass in SAFE_READ_CLASSES for e in a.effects):
            return Decision("allow", "read-only tool on a non-sensitive path", (), "routine", stage="fast-path")
        if tool in FILE_WRITE_TOOLS and all(e.kind == "write" and e.pclass in FAST_WRITE_CLASSES for e in a.effects):
            return Decision("allow", "edit inside the project", (), "routine", stage="fast-path")
        return None

    def _match(self, rules: tuple[PermissionRule, ...], a: Analysis, parts: list[str], *, every: bool) -> PermissionRule | None:
        if not rules:
            return None
        match = permissions.match_all_parts if every else permissions.match_any
        return match(rules, a.action.tool, a.action.input, commands=parts, cwd=a.cwd, root=a.root, home=a.ctx.home)


WRITTEN = ("script ", "runs-later ", "code ")


def _written_source(r: RuleInfo, a: Analysis) -> str | None:
    """Where in the written file the command or effect the top rule fired on comes from (`runs-later Makefile
    (recipe)`), or None when it fired on the write itself (a protected path)."""
    if r.kind == "command":
        return next((c.via[0] for c in a.commands if c.via and c.via[0].startswith(WRITTEN) and r.check(c, a) is not None), None)
    if r.kind == "effect":
        return next((e.via[0] for e in a.effects if e.via and e.via[0].startswith(WRITTEN) and (r.names is None or e.kind in r.names)
                     and r.check(e, a) is not None), None)  # fmt: skip
    return next((v for c in a.commands for v in c.via[:1] if v.startswith(WRITTEN)), None)


def _unique(xs: list[object]) -> tuple[object, ...]:
    """`xs` without repeats (by identity), in order: a command two details of one rule fired on counts once."""
    seen: set[int] = set()
    out: list[object] = []
    for x in xs:
        if id(x) not in seen:
            seen.add(id(x))
            out.append(x)
    return tuple(out)
