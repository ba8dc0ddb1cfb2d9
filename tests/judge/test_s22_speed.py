"""Session 22, speed (issue 14, the intent cost): the user's messages read once per session, not once per action, and
a later message that cannot lower a release not read against the action at all. Decisions must not change.

No timed tests here (timing belongs to `automode bench`). What is tested:
1. `later_stands`: each function split into a part of the message alone (cached by the message) and a part of the
   action answers what the single function answered (the pre-split code is kept here as the reference), on the
   session texts of the L2 fixtures and of the benchmark, in several languages, against several actions;
2. the gate `_may_lower`: `lowered` with it answers what `lowered` without it answers, on every L2 fixture and on
   the benchmark's 20-message session against real records;
3. `acts` read once per decision answers what a fresh reading answers, with and without findings, in any order;
4. `knowledge.extent.container_of` over its program's rows only answers what the scan of the whole table answered;
5. `Analysis.user_named_host` with one substring test first answers what the per-message loop answered;
6. real records decided cold (every cache cleared), warm and interleaved with other sessions' words decide the same.

No fresh decision cases: this change adds no knowledge (0 of 0 first time); the gate and the shared bench's decision
file were compared before and after (0 changed).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from automode.api import default_engine
from automode.commands.intent_cost import SESSION
from automode.dc import replace
from automode.judge.intent import later_stands as ls
from automode.model import Action, Context
from tests.judge.test_s21_later import CASES
from tests.judge.test_s21_speed import SESSION_A, _clear_caches, _records

ROOT = "/home/user/app"
ENGINE = default_engine()

#: Texts of later messages: marks, re-asks, narrowings, other acts, quotes, thanks, unread words, in many languages.
TEXTS = sorted({m for c in CASES for m in c[1]} | set(SESSION) | set(SESSION_A) | {
    "", "   ", "`rm -rf build` failed with \"permission denied while removing files\"", "thanks!", "👍",
    "actually don't push yet, I want to squash first", "never mind the logs, delete the tmp files",
    "ok Sam approved, put it on auto-merge then", "ok, PR ist zu, doch weg damit", "wait, leave ORB-512 open",
    "it's a read-only kiosk, GETs only", "don't touch anything else in there", "subiri kidogo", "pusť to",
    "hmm, actually just worker-b", "keep 81 open", "und fass main nicht an", "renv no puede, usa este token abc123",
})


def _analysis(cmd: str, msgs: tuple[str, ...]) -> Any:
    from automode.analysis import analyze

    return analyze(Action("Bash", {"command": cmd}, ROOT), Context(cwd=ROOT, project_root=ROOT, user_messages=msgs))


def _acts() -> list[ls._Act]:
    out = []
    for cmd in ("git push origin --delete feature/old-nav", "kubectl scale deployment worker-b -n batch --replicas=0",
                "rm -rf .cache logs", "npm publish", "git commit -m 'fix'", "docker compose restart api",
                "gsutil rm -r gs://logs-archive-2022", "gh pr merge 88 --squash", "git push origin fix/a"):
        a = _analysis(cmd, ("do it",))
        text = ls._action_text(a)
        words = ls._words(text)
        out.append(ls._Act(ls._classes(a), text, ls._named("delete it and push feature/a", None), ls._operands(a),
                           ls._spared(a)))
        assert words
    return out


# ------------------------------------------------------------------ the pre-split code, as the reference
def _named_plain(text: str, hint: str | None, known: frozenset[str] = frozenset()) -> frozenset[str]:
    from automode.judge.intent.gloss import _ENGLISH, gloss
    from automode.judge.intent.lexicon import STOP
    from automode.judge.intent.stance import is_item
    from automode.judge.intent.text import parse_message

    msg = parse_message(text[:4000], hint)
    read = gloss(text[:4000], hint)
    left = ls._left(text, read)
    out: set[str] = set()
    for c in msg.clauses:
        for w in c.strong | c.weak:
            w = w.lower()
            if w in STOP or w in ls._POINTER or w in ls._MARK_WORDS or len(w) < 2:
                continue
            if read != text[:4000] and not is_item(w) and ls._fold(w).strip(".") in left and w not in _ENGLISH \
                    and not ls._hit(frozenset({w}), known):
                continue
            out.add(w)
    for t in ls._TOKEN.findall(text.lower()):
        if is_item(t) and re.search(r"[a-z0-9]", t):
            out.add(t.strip(".,:;"))
    return frozenset(out)


def _asked_again_plain(text: str, hint: str | None, named: frozenset[str], act: ls._Act, no: bool) -> bool:
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.later_acts import bare
    from automode.judge.intent.stance import is_item
    from automode.judge.intent.words import VERB_CLASSES_OF

    read = gloss(text, hint).lower()
    for seg in ls._SEGMENT.split(read):
        toks = re.findall(r"[a-z][a-z']*", seg)
        if any(t in ("don't", "dont", "not", "never", "no") for t in toks):
            continue
        verbs = frozenset().union(*(VERB_CLASSES_OF.get(t, frozenset()) for t in toks)) - ls._LOOKS
        if not verbs:
            continue
        objs = frozenset(w for w in named if w in seg)
        if not no and not objs and verbs <= {"run", "install", "create"} and (ls._pointed(seg) or bare(seg)):
            return True  # (session 22, later: "do it now" re-asks too; the plain copy follows the rule)
        items = frozenset(w for w in objs if is_item(w))
        if items and act.hit(items) == items and (not no or (verbs - ls._VAGUE) & act.classes):
            return True
        kind = (verbs - ls._VAGUE) & act.classes or (act.classes >= ls._EDITS and verbs - ls._LOOKS)
        if kind and (act.hit(objs) or (not no and not objs - act.asked - act.hit(objs))):
            return not no or not act.hit(named - objs)
    return False


def _said_act_plain(text: str, hint: str | None, act: ls._Act) -> str:
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.words import VERB_CLASSES_OF

    read = gloss(text, hint).lower()
    for seg in ls._SEGMENT.split(read):
        toks = re.findall(r"[a-z][a-z'-]*", seg)
        if not (ls._STOP_WORD.search(seg) or any(t in ("don't", "dont", "not", "no", "never") for t in toks)):
            continue
        said = frozenset().union(*(VERB_CLASSES_OF.get(t, frozenset()) for t in toks
                                   if t not in ("wait", "stop", "hold", "cancel", "pause", "forget", "keep", "leave")))
        said -= ls._VAGUE
        return "" if not said else "same" if said & act.classes else "other"
    return ""


def _asks_plain(text: str, hint: str | None, classes: frozenset[str], words: frozenset[str]) -> bool:
    from automode.judge.intent.stance import is_item
    from automode.judge.intent.text import parse_message

    for c in parse_message(text[:4000], hint).clauses:
        if c.question:
            continue
        named = frozenset(w for w in c.strong | c.weak if len(w) >= 3 or is_item(w))
        hit = ls._hit(named, words)
        if c.verbs - ls._LOOKS and ((c.verbs - ls._VAGUE) & classes or any(is_item(w) for w in hit) or len(hit) >= 2
                                    or (classes >= ls._EDITS and bool(hit))):
            return True
        if len(hit) >= 2 and any(is_item(w) for w in hit) and not ls._english(text):
            return True
    return False


def _hit_plain(said: frozenset[str], words: frozenset[str]) -> frozenset[str]:
    from automode.judge.intent.places import stem

    stems = {stem(w) for w in words if len(w) >= 3}
    out = set()
    for s in said:
        core = s.strip(".-/~")
        parts = [p for p in ls._PARTS.split(core) if p]
        if s in words or core in words or (len(core) >= 3 and stem(core) in stems) \
                or (len(parts) > 1 and all(p in words and p.isalpha() and len(p) >= 3 for p in parts)) \
                or (re.fullmatch(r"\d+[.,]\d+", core) and re.sub(r"[.,]", "", core) in words):
            out.add(s)
    return frozenset(out)


def _hints() -> list[str | None]:
    return [None, "de", "fr", "es", "ja"]


# ------------------------------------------------------------------ 1. the split functions
def test_the_split_readings_answer_what_the_single_functions_answered() -> None:
    acts = _acts()
    for hint in _hints():
        for raw in TEXTS:
            text = ls._clean(raw)
            assert text == " ".join(ls._QUOTED.sub(" ", raw).split())[:4000]
            for act in acts:
                known = act.words | act.asked
                named = ls._named(text, hint, known)
                assert named == _named_plain(text, hint, known), (raw, hint)
                for no in (False, True):
                    assert ls._asked_again(text, hint, named, act, no) == _asked_again_plain(text, hint, named, act, no)
                assert ls._said_act(text, hint, act) == _said_act_plain(text, hint, act), (raw, hint)
                assert ls._asks(raw, hint, act.classes, act.words) == _asks_plain(raw, hint, act.classes, act.words)
            assert ls._named(raw, hint) == _named_plain(raw, hint), (raw, hint)


def test_hit_by_the_said_words_keys_as_the_plain_comparison() -> None:
    acts = _acts()
    said = set()
    for t in TEXTS:
        said |= ls._named(t, None) | ls._words(t)
    said |= {"auto-merge", "4.95", "4,95", "v1.2", "tmp_a", "-x-", "~/.cache/", "deployments", "branch", "a-b-c",
             "ab-cd", "12.5.0", ".env", "", "x", "pr-57", "feature/old-nav"}
    word_sets = [act.words for act in acts] + [act.operands for act in acts] + [
        frozenset({"gh", "pr", "merge", "auto", "495", "deployment", "branche", "tmp_a", "env", "abc", "cd"})]
    for words in word_sets:
        assert ls._hit(frozenset(said), words) == _hit_plain(frozenset(said), words)
        for w in said:
            assert ls._hit(frozenset({w}), words) == _hit_plain(frozenset({w}), words), w


# ------------------------------------------------------------------ 2. the gate
def test_a_message_the_gate_passes_by_never_lowers() -> None:
    """Whatever the action, a message `_may_lower` passes by re-authorises or leaves the release standing."""
    acts = _acts()
    for hint in _hints():
        for raw in TEXTS:
            if ls._may_lower(raw, hint):
                continue
            for act in acts:
                assert not ls._reads(raw, hint, act), (raw, hint)  # None or the empty set


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_lowered_with_and_without_the_gate(case: tuple[str, tuple[str, ...], str, str], monkeypatch: Any) -> None:
    _, msgs, cmd, _ = case
    for said in (msgs, (*msgs, *SESSION[:6]), (*SESSION[:4], *msgs), (msgs[0], *SESSION_A, *msgs[1:])):
        a = _analysis(cmd, tuple(said))
        gated = ls.lowered(a)
        with monkeypatch.context() as m:
            m.setattr(ls, "_may_lower", lambda text, hint: True)
            assert ls.lowered(_analysis(cmd, tuple(said))) == gated, said


# ------------------------------------------------------------------ 3. acts once per decision
def test_acts_once_per_decision_as_fresh() -> None:
    from automode.judge.intent import acts as acts_mod

    for rec in _records(20):
        d = ENGINE.decide(*_action_ctx(rec, SESSION))
        a = _analysis_of(rec)
        found = ENGINE.findings(a)
        fresh_none, fresh_found = acts_mod._acts(a, []), acts_mod._acts(a, found)
        for order in ((found, [], found), ([], found, []), (found, found, [])):
            for f in order:
                assert acts_mod.acts(a, f) == (fresh_found if f else fresh_none), d
        b = _analysis_of(rec)  # another analysis of the same action: read anew, the same answer
        assert acts_mod.acts(b, []) == fresh_none


def _action_ctx(rec: dict[str, Any], msgs: tuple[str, ...]) -> tuple[Action, Context]:
    from automode.api import action_from_json, context_from_json
    from automode.commands.bench import BENCH_HOME

    ctx = context_from_json(rec.get("context") or {}, home=BENCH_HOME)
    return action_from_json(rec["action"]), replace(ctx, user_messages=tuple(msgs), instructions=())


def _analysis_of(rec: dict[str, Any]) -> Any:
    action, ctx = _action_ctx(rec, SESSION)
    a = ENGINE.analyze(action, ctx)
    return a


# ------------------------------------------------------------------ 4. the container table by program
def _container_of_plain(name: str, argv: list[str]) -> Any:
    """`knowledge.extent.container_of` before the index by program (the reference)."""
    from automode.knowledge import extent

    prog = name.rsplit("/", 1)[-1].lower()
    if prog not in extent.PROGRAMS:
        return None
    raw = [w.strip("'\"") for w in argv]
    args = [w.lower() for w in raw]
    for row in extent.CONTAINERS:
        if prog not in row.programs:
            continue
        after = extent._sub_at(args, row.sub)
        if after is None:
            continue
        rest = args[after:]
        # options as written (`-R` is not `-r`), long ones in any case (`-AllVersions`)
        opts = {o if len(o) == 2 else o.lower() for o in (a.split("=", 1)[0] for a in raw if a.startswith("-"))}
        letters = "".join(extent._bundle(w) for w in argv if extent._bundle(w))
        operands = extent._operands(rest)
        conds = [t for t in row.when.split() if t not in ("itself", "each") and not t.startswith("need:")]
        needs = [t[5:].split(",") for t in row.when.split() if t.startswith("need:")]
        if needs and not any(n in opts for n in needs[0]):
            continue
        if not conds:
            return row, " ".join((prog, *row.sub))
        for c in conds:
            if c == "bare":
                if (row.picks and not row.picks & opts) or (not row.picks and not operands):
                    return row, " ".join((prog, *row.sub)) + " (nothing picks one)"
            elif c == "glob":
                if any("*" in o or "?" in o for o in operands):
                    return row, f"{' '.join((prog, *row.sub))} {next(o for o in operands if '*' in o or '?' in o)}"
            elif c.startswith("nosep:"):
                seps = c[6:].split("|")  # (`vercel rm dpl_…`: a deployment's id, not the project)
                if operands and all(x not in o[1:] and not (len(x) > 1 and o.startswith(x)) for o in operands for x in seps):  # (`@acme/ui`: a scope, no version)
                    return row, f"{prog} {' '.join(row.sub)} {operands[-1]}".replace("  ", " ")
            elif c.startswith("top:"):
                top = [o for o in operands if o.startswith(c[4:] + "/") and o.count("/") == 1 and len(o) > len(c) - 3]
                if top:  # (`kcadm.sh delete realms/partners`: the realm itself, by its path)
                    return row, f"{' '.join((prog, *row.sub))} {top[0]}"
            elif c.startswith("every:"):
                if c[6:] in rest:
                    return row, f"{' '.join((prog, *row.sub))} {c[6:]}"
            elif c in opts or (len(c) == 2 and c[1].isalpha() and c[1] in letters and c[0] == "-"):
                return row, f"{' '.join((prog, *row.sub))} {c}"
    return None


def test_container_of_by_program_as_the_whole_table() -> None:
    from automode.knowledge import extent

    seen = 0
    for row in extent.CONTAINERS:
        for prog in sorted(row.programs):
            for tail in ([], ["-a"], ["--all"], ["x"], ["'*'"], ["-rf", "a/b"], ["--force", "one", "two"],
                         ["@acme/ui"], ["realms/partners"], ["-R"], ["all"], ["--purge", "x"], ["-f", "*.log"]):
                for argv in ([*row.sub, *tail], [*tail, *row.sub], list(tail)):
                    assert extent.container_of(prog, argv) == _container_of_plain(prog, argv), (prog, argv)
                    seen += 1
    assert seen > 1000


# ------------------------------------------------------------------ 5. a host named
def test_user_named_host_as_the_plain_loop() -> None:
    from automode import lazyre

    msgs = ("fetch from geo.mapsapi.example please", "the API is api.acme.io:8443", "not x.acme.io.evil", "ÄPI.Ex.COM",
            "use db.internal\nor db2.internal")
    for host in ("geo.mapsapi.example", "api.acme.io", "acme.io", "x.acme.io", "äpi.ex.com", "db.internal",
                 "internal\nor db2", "nothing.here", "mapsapi", "", "io"):
        a = _analysis("curl https://example.org", msgs)
        h = host.lower()
        plain = bool(h) and "." in h and any(lazyre.whole(h, m, r"[\w.-]") for m in lazyre.lower_each(msgs))
        assert a.user_named_host(host) == plain, host


# ------------------------------------------------------------------ 6. cold, warm, interleaved
def test_cold_warm_and_interleaved_decide_the_same() -> None:
    cases = [_action_ctx(rec, msgs) for rec in _records(16) for msgs in (SESSION, SESSION_A, SESSION[:3])]

    def decide_all(order: list[int]) -> dict[int, tuple[str, tuple[str, ...]]]:
        return {i: (d.verdict, tuple(d.rules)) for i in order if (d := ENGINE.decide(*cases[i]))}

    idx = list(range(len(cases)))
    cold = {}
    for i in idx:
        _clear_caches()
        d = ENGINE.decide(*cases[i])
        cold[i] = (d.verdict, tuple(d.rules))
    assert decide_all(idx) == cold
    assert decide_all(idx[::-1]) == cold
    assert decide_all(idx[0::3] + idx[1::3] + idx[2::3]) == cold


def test_vendor_by_the_urls_head_as_the_whole_table() -> None:
    from automode.knowledge import installers

    def plain(url: str, said: frozenset[str]) -> object:
        bare = installers._bare(url)
        for prefix, (names, _, canonical) in installers._by_prefix():
            if bare.startswith(prefix):
                hit = names & said
                return (sorted(hit)[0], canonical) if hit else None
        return "scan"

    assert min(len(p) for p, _ in installers._by_prefix()) >= installers._HEAD
    said_all = frozenset(n for _, (names, _, _) in installers._by_prefix() for n in names)
    for prefix, _ in installers._by_prefix():
        for url in (prefix, f"https://{prefix}", f"HTTPS://{prefix.upper()}/x.sh", f"'https://{prefix}install.sh'",
                    f"https://{prefix[:-1]}", f"https://{prefix}.evil.example/x", f"http://x{prefix}"):
            for said in (said_all, frozenset(), frozenset({"x"})):
                want = plain(url, said)
                if want != "scan":
                    assert installers.vendor(url, said) == want, url
                else:  # no prefix of the table: none of its head's either (the host rule below answers, as before)
                    bare = installers._bare(url)
                    assert not any(bare.startswith(p) for p, _ in installers._by_head().get(bare[:installers._HEAD], ()))


def test_bounds_rows_by_program_as_the_scan() -> None:
    from automode.judge.intent import bounds
    from automode.knowledge.extent import _sub_at

    def plain(cmd: Any, rows: Any) -> Any:
        prog = cmd.name.rsplit("/", 1)[-1].lower()
        args = [w.value.lower() for w in cmd.argv[1:] if not w.dynamic]
        for row in rows:
            if prog in row[0].split():
                after = _sub_at(args, tuple(row[1].split()))
                if after is not None:
                    return row, after
        return None

    for rows in (bounds.DATE_RANGES, bounds.HOLDS):
        lines = []
        for row in rows:
            for prog in row[0].split():
                for tail in ("", " --all", " x --since 2024-01-01", " -f y"):
                    lines += [f"{prog} {row[1]}{tail}", f"/usr/bin/{prog.upper()} {row[1]}{tail}", f"{prog}{tail}"]
        lines += ["npm test", "git status", "ls"]
        for line in lines:
            for cmd in _analysis(line, ()).commands:
                assert bounds._row(cmd, rows) == plain(cmd, rows), line


def test_in_domains_as_the_plain_loop() -> None:
    from automode.knowledge import flows

    tables = [flows.tables().exfil_hosts, *(h for h, _ in flows.tables().services.values()), (), ("a.b",)]
    hosts = ["github.com", "api.github.com", "evilgithub.com", "github.com.evil.net", "x.ngrok.io", "ngrok.io", "",
             "localhost", "a.b", "x.a.b", "xa.b", "pastebin.com", "www.pastebin.com"]
    for domains in tables:
        hosts += list(domains[:3]) + [f"sub.{d}" for d in domains[:3]] + [f"x{d}" for d in domains[:3]]
    for domains in tables:
        for h in hosts:
            assert flows._in_domains(h, domains) == any(h == d or h.endswith("." + d) for d in domains), (h, domains)
