"""The page's JSON API, independent of the HTTP server that carries it.

`automode ui` (automode.audit.web, standard library, one user on 127.0.0.1) and the team service
(automode.service.page, Starlette, many developers on a shared PostgreSQL trail) both answer the page's requests with
these functions, so the page behaves the same wherever it is served. Each takes a query (a dict of strings) and a
Store, and returns what to send as JSON.
"""

from __future__ import annotations

import time
from html import escape
from importlib import resources
from typing import Any

from automode.audit.row import to_export
from automode.audit.store import Filters, Store

STATIC = {"app.js": "text/javascript; charset=utf-8", "style.css": "text/css; charset=utf-8"}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def static(name: str) -> bytes:
    return resources.files("automode.audit").joinpath("static", name).read_bytes()


def page(token: str, *, team: str = "") -> bytes:
    """index.html for one server: the local page carries its token (the page's API calls send it in a header); the
    team service's page carries none (its session is an HttpOnly cookie) and names the team it is logged in as."""
    html = static("index.html").decode()
    html = html.replace("{{ASSET_QUERY}}", f"?token={token}" if token else "")
    html = html.replace("{{TOKEN}}", token).replace("{{TEAM}}", escape(team, quote=True))
    return html.encode()


def rule_docs(rule_ids: list[str]) -> list[dict[str, Any]]:
    """Title, category and doc of each rule id: the catalogue's entry (built-in rules, the judge's and internal
    ids: automode.rules.catalogue), a note for configuration rules, else a one-line note."""
    out: list[dict[str, Any]] = []
    try:
        from automode.rules import REGISTRY

        by_id: dict[str, Any] = dict(REGISTRY.by_id)
    except Exception:
        by_id = {}
    extra = _catalogue_extra()
    for rid in rule_ids:
        r = by_id.get(rid)
        if r is None and rid in extra:
            out.append({"id": rid, **extra[rid]})
            continue
        if r is None:
            note = "a rule from your configuration" if rid.startswith("config:") else "not in this version's catalogue"
            out.append({"id": rid, "title": note})
            continue
        out.append({"id": rid, "title": r.title, "category": r.category, "verdict": r.verdict, "what": r.what,
                    "why": r.why, "example": r.example, "instead": r.instead, "floor": r.floor})  # fmt: skip
    return out


def _catalogue_extra() -> dict[str, dict[str, Any]]:
    """Ids outside the rule registry that `automode rules ID` documents (the judge's, the pipeline's)."""
    try:
        from automode.rules.pipeline import BY_ID
    except Exception:
        return {}
    return {pid: {"title": p.title, "category": p.category, "verdict": p.verdict, "what": p.what, "why": p.why,
                  "example": p.example, "instead": p.instead, "stage": p.stage} for pid, p in BY_ID.items()}  # fmt: skip


def effects_of(row: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The effects recorded with the decision, else the engine's analysis of the stored (redacted) action."""
    if row.get("effects") is not None:
        eff = row["effects"]
        return eff if isinstance(eff, list) else [eff]
    try:
        from automode.analysis import analyze
        from automode.model import Action, Context

        inp = row.get("action") if isinstance(row.get("action"), dict) else {}
        cwd = row.get("cwd") or "/"
        a = analyze(Action(str(row.get("tool")), inp or {}, cwd), Context(cwd=cwd, project_root=row.get("project_root")))
        return [
            {"kind": e.kind, "target": e.target, "class": e.pclass, "detail": e.detail, "origin": e.origin}
            for e in a.effects
        ] + [{"kind": "problem", "detail": p} for p in a.problems]
    except Exception:
        return None


def buckets(rows: list[dict[str, Any]], since: float, now: float) -> dict[str, Any]:
    span = max(now - since, 3600.0)
    size = 3600.0 if span <= 2 * 86400 else 86400.0
    start = since - since % size
    n = int((now - start) // size) + 1
    out = [{"t": start + i * size, "allow": 0, "ask": 0, "deny": 0} for i in range(min(n, 400))]
    rules: dict[str, int] = {}
    for r in rows:
        i = int((float(r["ts"]) - start) // size)
        if 0 <= i < len(out) and r.get("verdict") in ("allow", "ask", "deny"):
            out[i][str(r["verdict"])] += 1
        for rid in r.get("rules") or []:
            rules[rid] = rules.get(rid, 0) + 1
    top = sorted(rules.items(), key=lambda kv: -kv[1])[:10]
    return {"bucket_s": size, "buckets": out, "top_rules": [{"rule": k, "count": v} for k, v in top]}


def filters(q: dict[str, str]) -> Filters:
    """The page's filter fields, including the developer (`user`, NAME or NAME@HOST) and the project (`project`, a
    root or its last component) of a shared trail."""
    from automode.audit.stats import parse_since

    try:
        since = parse_since(q.get("since") or None)
    except ValueError:
        since = None
    return Filters(session=q.get("session") or None, verdict=q.get("verdict") or None, tool=q.get("tool") or None,
                   rule=q.get("rule") or None, agent=q.get("agent") or None, since=since, text=q.get("q") or None,
                   user=q.get("user") or None, project=q.get("project") or None)  # fmt: skip


def decisions(store: Store, q: dict[str, str]) -> dict[str, Any]:
    try:
        limit = max(1, min(int(q.get("limit") or 200), 1000))
        before = int(q["before"]) if q.get("before") else None
    except ValueError:
        limit, before = 200, None
    rows = store.query(filters(q), limit=limit, before_id=before)
    return {"decisions": [to_export(r) for r in rows], "max_id": store.max_id()}


def detail(store: Store, uid: str) -> dict[str, Any] | None:
    row = store.get(uid)
    if row is None:
        return None
    ask = store.get_ask(row["ask_id"]) if row.get("ask_id") else None
    out = to_export(row, full=True)
    out["rule_docs"] = rule_docs(list(row.get("rules") or []))
    out["effects"] = effects_of(row)
    out["ask"] = ask
    return out


def stats(store: Store, q: dict[str, str]) -> dict[str, Any]:
    from automode.audit.stats import parse_since

    now = time.time()
    try:
        since = parse_since(q.get("since") or "24h", now) or now - 86400
    except ValueError:
        since = now - 86400
    f = filters({**q, "since": ""})
    f = Filters(f.session, f.verdict, f.tool, f.rule, f.agent, since, None, f.text, f.user, f.project)
    rows = store.query(f, limit=200_000, columns=("ts", "verdict", "rules"))
    return buckets(rows, since, now)


def asks(store: Store) -> dict[str, Any]:
    store.expire_asks()
    return {"asks": store.asks()}


def answer(store: Store, ask_id: str, body: Any, by: str) -> tuple[int, dict[str, Any]]:
    """(HTTP status, JSON) for an answer posted from the page."""
    verdict = body.get("answer") if isinstance(body, dict) else None
    if verdict not in ("allow", "deny"):
        return 400, {"error": "answer must be allow or deny"}
    from automode.audit.asks import answer as answer_ask

    try:
        ok = answer_ask(ask_id, verdict, by=by, store=store)  # signed: see audit.asks
    except PermissionError as exc:
        return 500, {"error": str(exc)}
    return (200 if ok else 409), {"ok": ok}


def new_events(store: Store, last: int, seen_asks: str) -> tuple[list[tuple[str, Any]], int, str]:
    """One poll of the event stream: (events, last row id, key of the pending asks)."""
    events: list[tuple[str, Any]] = []
    for r in store.query(after_id=last, limit=500, oldest_first=True):
        last = max(last, int(r["id"]))
        events.append(("decision", to_export(r)))
    store.expire_asks()
    pending = store.asks()
    key = ",".join(a["ask_id"] for a in pending)
    if key != seen_asks:
        events.append(("asks", {"asks": pending}))
    return events, last, key
