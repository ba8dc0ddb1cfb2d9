"""`automode review`: recent denials and asks, grouped, each with a narrow allow rule replayed against the
benchmark corpora and your own denials before it is offered; `--apply` writes the offered rules to your config."""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from automode.audit.cli_common import add_filter_options, add_store_option, fail, filters_from, open_from
from automode.commands.style import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_option(parser)
    add_filter_options(parser, since_default="7d")
    parser.add_argument(
        "--bench", metavar="DIR", help="benchmark corpora (*.jsonl) to replay proposals against"
    )
    parser.add_argument("-n", "--limit", type=int, default=20, help="groups to review (default 20)")
    parser.add_argument("--json", action="store_true", help="print the groups and proposals as JSON")
    parser.add_argument(
        "--apply",
        nargs="?",
        const="all",
        metavar="N,M",
        help="write the offered rules (all, or these numbers)",
    )
    parser.add_argument(
        "--config", metavar="FILE", help="config file --apply writes to (default: your user config)"
    )


def _user_config() -> Path:
    from automode.config import user_config_path

    return Path(user_config_path(os.path.expanduser("~"), os.environ))


def run(args: argparse.Namespace) -> int:
    from automode.audit.review import review
    from automode.audit.settings import bench_dir, load_settings

    try:
        filters = filters_from(args)
    except ValueError as e:
        return fail(str(e))
    settings = load_settings()
    bdir: Path | None
    if args.bench:
        if not Path(args.bench).is_dir():
            return fail(f"--bench {args.bench}: not a directory")
        bdir = Path(args.bench)
    else:
        bdir = bench_dir(settings)
    store = open_from(args)
    from automode.commands.style import Heartbeat

    beat = Heartbeat("automode review: reading recent denials and asks")

    def progress(what: str, done: int, total: int) -> None:
        p = beat.progress
        p.label, p.total = f"automode review: {what}", total
        p.tick(done - p.n)

    try:
        with beat:
            proposals = review(store, since=filters.since, bench_dir=bdir, limit=args.limit, filters=filters,
                               progress=progress)  # fmt: skip
    finally:
        store.close()
    offered = [(i, p) for i, p in enumerate(proposals, 1) if p.status == "proposed" and p.rule]
    if args.json:
        say(
            json.dumps(
                {
                    "bench_dir": str(bdir) if bdir else None,
                    "groups": [dict(p.to_json(), n=i) for i, p in enumerate(proposals, 1)],
                },
                indent=2,
            )
        )
    else:
        from automode.commands.style import console, emit_line, text

        out = emit_line(console())
        if not proposals:
            say("no denials or asks to review in this window")
        if bdir is None:
            say(
                "note: no benchmark corpora found (set [audit] bench_dir or AUTOMODE_BENCH_DIR); "
                "proposals were replayed against your own denials only\n"
            )
        for i, p in enumerate(proposals, 1):
            g = p.group
            mix = ", ".join(f"{k} {n}" for k, n in sorted(g.verdicts.items()))
            out(text(f"[{i}] {g.tool}  {','.join(g.rules) or '-'}", "bold")
                + text(f"  ({mix}; {len({r.get('session') for r in g.records})} session(s))"))
            for r in g.records[:3]:
                say(f"      {r.get('summary')}")
            if g.records:
                say(f"      why: {g.records[0].get('reason')}")
            if p.status == "proposed":
                rel = "" if p.released is None else f"; allows {p.released}/{len(g.records)} of these"
                out(text("    propose: ", "allow") + text(p.rule))
                say(
                    f"      replayed: 0 of {p.checked_corpus} deny-labelled benchmark records, 0 of your other "
                    f"denials{rel}"
                    + (f"; also allows {p.corpus_ask} ask-labelled records" if p.corpus_ask else "")
                )
            elif p.status == "rejected":
                out(text("    not proposed: ", "ask") + text(f"{p.rule}: {p.why}"))
            else:
                out(text("    no narrow rule: ", "dim") + text(p.why))
            say()
    if args.apply is None:
        if offered and not args.json:
            say(
                f"{len(offered)} rule(s) offered; `automode review --apply` writes them to {_user_config()}"
            )
        return 0
    wanted = (
        {i for i, _ in offered}
        if args.apply == "all"
        else {int(x) for x in args.apply.split(",") if x.strip()}
    )
    chosen = [p.rule for i, p in offered if i in wanted and p.rule]
    missing = wanted - {i for i, _ in offered}
    if missing:
        return fail(f"no offered rule numbered {', '.join(map(str, sorted(missing)))}")
    if not chosen:
        say("nothing to apply")
        return 0
    from automode.audit.config_edit import ConfigEditError, add_allow_rules

    path = Path(args.config) if args.config else _user_config()
    comment = (
        f"added by `automode review` on {time.strftime('%Y-%m-%d %H:%M')}, replayed against the benchmark"
    )
    try:
        added = add_allow_rules(path, chosen, comment)
    except ConfigEditError as e:
        return fail(str(e))
    for rule_text in added:
        say(f"added allow rule {rule_text} to {path}")
    if not added:
        say(f"{path} already has these rules")
    return 0
