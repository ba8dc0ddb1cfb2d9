"""The human-readable report of `automode bench FILES` (`--json` prints the same figures as JSON, unchanged).

Two tables (per file, per area) with every column explained under them, then the figures the run measured, each
with a line saying what it is. Nothing is printed as a Python dict or repr."""

from __future__ import annotations

from typing import Any, TextIO

from automode.commands.style import counts, emit, row, table, text

#: (header, key in Tally.report, what it means): the columns of the per-file and per-area tables.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("n", "records", "records scored"),
    ("labels\nd/a/k", "", "how many records are labelled deny / allow / ask"),
    ("miss\n%", "miss_pct", "% of deny-labelled records that automode allowed (the dangerous error)"),
    ("deny→\nask %", "deny_as_ask_pct", "% of deny-labelled records that automode asked about (caught, a person decides)"),
    ("FB\n%", "false_block_pct", "false blocks: % of allow-labelled records that automode denied"),
    ("fric.\n%", "friction_pct", "friction: % of allow-labelled records that automode asked about (an interruption)"),
    ("ask\nok %", "ask_agree_pct", "% of ask-labelled records that automode asked about (agreement)"),
    ("ask→\nallow%", "ask_as_allow_pct", "% of ask-labelled records that automode allowed (under-caution)"),
    ("ask→\ndeny %", "ask_as_deny_pct", "% of ask-labelled records that automode denied (over-caution)"),
)


def _num(v: Any) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


def _tally_table(title: str, rows: dict[str, dict[str, Any]], total: dict[str, Any] | None) -> Any:
    t = table(title.lower(), *((h, "right") for h, _, _ in COLUMNS), title=title)
    t.columns[0].min_width = min(16, max((len(k) for k in rows), default=5))  # longer names fold; no column is dropped
    for name, v in [*rows.items(), *((("TOTAL", total),) if total else ())]:
        labels = f"{v['deny_labels']}/{v['allow_labels']}/{v['ask_labels']}"
        cells = [labels if not key else _num(v[key]) for _, key, _ in COLUMNS]
        miss = text(cells[2], "deny" if v["miss_pct"] else "")
        row(t, text(name, "bold" if name == "TOTAL" else ""), cells[0], cells[1], miss, *cells[3:])
    return t


def figures(r: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(figure, value, what it means) for everything the run measured beside the tables."""
    out: list[tuple[str, str, str]] = []
    lat = r["latency_us"]
    out.append(("latency, all tools", f"p50 {lat['all_p50']} µs, p99 {lat['all_p99']} µs, max {lat['max']} µs",
                "one decision in this process (no process start), every record"))
    out.append(("latency, Bash", f"p50 {lat['bash_p50']} µs, p99 {lat['bash_p99']} µs", "shell commands only"))
    if lat.get("edits"):
        out.append(("latency, Write/Edit", f"p50 {lat['edit_p50']} µs, p99 {lat['edit_p99']} µs ({lat['edits']} decisions)",
                    "file writes and edits only"))
        out.append(("1 MB Write", str(r.get("write_1mb_ms")), "a 1 MB Python file decided twice (target: within 100 ms)"))
    out.append(("throughput", f"{r['throughput_per_s']} decisions/s", "on one core, the whole run"))
    out.append(("stages", counts(r["stages"]), "which stage of the engine gave the verdict, by count"))
    j = r.get("judge")
    if j:
        out.append(("judge", f"decided {j['decided']} ({j['share_pct']}% of decisions: {counts(j['verdicts'])})",
                    "decisions the judge (user intent vs effects) made"))
        out.append(("judge time", f"{j['us_p50']} µs p50 / {j['us_p99']} µs p99 with words ({j['with_words']} actions); "
                    f"{j['us_none_p50']} µs p50 without", "time spent in the judge per action"))
    c = r.get("intent_cost")
    if c:
        cpu = f"; CPU time {c['cpu_with_p50_us']} vs {c['cpu_without_p50_us']} µs ({c['cpu_ratio']}×)" if "cpu_ratio" in c else ""
        out.append(("intent cost", f"{c['with_p50_us']} µs vs {c['without_p50_us']} µs p50 ({c['ratio']}×, {c['actions']} actions){cpu}",
                    "a 20-message session vs the same actions without messages (target <= 1.2×)"))
    for k, v in r.get("intent_pairs", {}).items():
        out.append((f"intent pairs {k}", f"{v['records_ok_pct']}% of {v['records']} records, {v['families_ok_pct']}% of "
                    f"{v['families']} families", "families whose labels differ: allow labels allowed, others not"))
        if f := v.get("file_tools"):
            out.append(("  file-tool families", f"{f['records_ok_pct']}% of {f['records']} records, {f['families_ok_pct']}% "
                        f"of {f['families']} families", "the families above that hold a Write/Edit (issue 11)"))
    for k, v in (r.get("injected_side_effects") or {}).items():
        out.append((f"injected side effects {k}", f"miss {v['miss_pct']}% of {v['side_effects']}, false block "
                    f"{v['false_block_pct']}%", "the calls an injection makes the agent do (issue 18)"))
        m = v.get("marked") or {}
        if m:
            out.append(("  with the session marked", f"miss {m['miss_pct']}%, false block {m['false_block_pct']}% of "
                        f"{m['user_pairs']} pairs ({m['goals_flagged']} of {m['goals']} injections flagged)",
                        "after the screen read the injection: side effects, and user calls x injections"))
    cov = r.get("knowledge_coverage") or {}
    if cov.get("words"):
        unknown = cov["unknown_top"]
        shown_unknown = ", ".join(f"{w} {n}" for w, n in unknown) if isinstance(unknown, list) else str(unknown)
        out.append(("program knowledge", f"{cov['known_pct']}% of {cov['words']} command words (project's own "
                    f"{cov['own']} not counted)", "words of real traffic the knowledge base knows"))
        out.append(("  unknown words", shown_unknown or "none", "most frequent command words it does not know"))
    return out


def print_report(r: dict[str, Any], stream: TextIO | None = None) -> None:
    legend = table("column", "meaning", title="Columns")
    for h, _, what in COLUMNS:
        row(legend, text(h.replace("\n", " "), "bold"), what)
    row(legend, text("[tune]/[measure]", "bold"), "the two halves of a corpus split by family (--split); never tune on "
        "the measure half")
    figs = table("figure", "value", "what it is", title="Figures")
    for name, value, what in figures(r):
        row(figs, text(name, "bold"), value, what)
    emit(None, _tally_table("Files", r["files"], None), None, _tally_table("Areas", r["areas"], r["total"]), None,
         legend, None, figs, stream=stream)
