// automode ui: live decision feed, filters, detail, charts, pending asks. No dependencies, no remote assets.
"use strict";
(() => {
  // The local page (`automode ui`) sends its token in a header; the team service's page has none (its session is an
  // HttpOnly cookie, sent by the browser) and names the team it is signed in as.
  const TOKEN = document.querySelector('meta[name="automode-token"]').content;
  const TEAM = (document.querySelector('meta[name="automode-team"]') || {}).content || "";
  const $ = (sel) => document.querySelector(sel);
  const feed = $("#feed tbody");
  const FILTERS = ["verdict", "tool", "session", "rule", "agent", "user", "project", "q"];
  const MAX_ROWS = 500;
  const SVG = "http://www.w3.org/2000/svg";
  const COLORS = { allow: "#1a7f37", ask: "#b08800", deny: "#cf222e" };
  let selected = null;

  const api = async (path, opts = {}) => {
    const auth = TOKEN ? { "X-Automode-Token": TOKEN } : {};
    const res = await fetch(path, { credentials: "same-origin", ...opts, headers: { ...auth, ...(opts.headers || {}) } });
    if (!res.ok && res.status !== 409) throw new Error(`${path}: ${res.status}`);
    return res.json();
  };
  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") e.className = v;
      else if (k.startsWith("data-")) e.setAttribute(k, v);
      else e[k] = v;
    }
    for (const c of children) if (c != null) e.append(c instanceof Node ? c : String(c));
    return e;
  };
  // One time format everywhere (table, detail, chart axis and tooltips): local time, YYYY-MM-DD HH:MM[:SS].
  const pad = (n) => String(n).padStart(2, "0");
  const fmtDay = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const fmtTime = (ts, seconds = true) => {
    const d = new Date(ts * 1000);
    return `${fmtDay(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}${seconds ? ":" + pad(d.getSeconds()) : ""}`;
  };

  // --- filters ----------------------------------------------------------------------------------------------
  const filters = () => Object.fromEntries(FILTERS.map((f) => [f, $(`#f-${f}`).value.trim()]).filter(([, v]) => v));
  const query = (obj) => new URLSearchParams(obj).toString();
  const globRe = (s) => new RegExp("^" + s.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$");
  const passes = (d, f) =>
    (!f.verdict || d.verdict === f.verdict) &&
    (!f.tool || globRe(f.tool).test(d.tool)) &&
    (!f.session || d.session === f.session) &&
    (!f.agent || d.agent === f.agent) &&
    (!f.user || (f.user.includes("@") ? `${d.user}@${d.host}` === f.user : d.user === f.user)) &&
    (!f.project || d.project_root === f.project || (d.project_root || "").endsWith("/" + f.project)) &&
    (!f.rule || (d.rules || []).some((r) => r.startsWith(f.rule))) &&
    (!f.q || `${d.summary} ${d.reason}`.includes(f.q));

  // --- feed -------------------------------------------------------------------------------------------------
  // Every cell keeps to its column: long text is cut with an ellipsis and shown whole in its title; rule ids wrap,
  // one chip each, so every id is readable in full.
  const cell = (cls, text) => el("td", { class: cls, title: text }, text);
  const row = (d, fresh) => {
    const who = d.user ? `${d.user}${d.host ? "@" + d.host : ""}` : "";
    const tr = el("tr", { "data-uid": d.id, class: `verdict-${d.verdict}${fresh ? " new" : ""}`, tabIndex: 0 },
      cell("time", fmtTime(d.ts)),
      el("td", { class: `v v-${d.verdict}` }, d.verdict),
      cell("agent", d.agent || ""),
      cell("user", who),
      cell("tool", d.tool || ""),
      cell("action", d.summary || ""),
      el("td", { class: "rules", title: (d.rules || []).join(", ") }, ...(d.rules || []).map((r) => el("span", { class: "rule-id" }, r))));
    tr.addEventListener("click", () => showDetail(d.id, tr));
    tr.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); showDetail(d.id, tr); }
      else if (ev.key === "ArrowDown" && tr.nextElementSibling) { ev.preventDefault(); tr.nextElementSibling.focus(); }
      else if (ev.key === "ArrowUp" && tr.previousElementSibling) { ev.preventDefault(); tr.previousElementSibling.focus(); }
    });
    return tr;
  };
  const load = async () => {
    const data = await api(`/api/decisions?${query({ ...filters(), limit: 200 })}`);
    feed.replaceChildren(...data.decisions.map((d) => row(d, false)));
    $("#counts").textContent = `${data.decisions.length} shown`;
  };
  const addLive = (d) => {
    if (!passes(d, filters())) return;
    feed.prepend(row(d, true));
    while (feed.children.length > MAX_ROWS) feed.lastChild.remove();
    $("#counts").textContent = `${feed.children.length} shown`;
  };

  // --- detail -----------------------------------------------------------------------------------------------
  const showDetail = async (uid, tr) => {
    if (selected) selected.classList.remove("selected");
    selected = tr;
    tr.classList.add("selected");
    const d = await api(`/api/decision/${encodeURIComponent(uid)}`);
    const box = $("#detail");
    const close = el("button", { class: "close", type: "button" }, "close");
    close.addEventListener("click", closeDetail);
    const dl = el("dl");
    for (const [k, v] of [["time", fmtTime(d.ts)], ["agent", d.agent], ["session", d.session],
      ["cwd", d.cwd], ["project", d.project_root], ["stage", d.stage], ["category", d.category], ["latency", `${d.elapsed_us} µs`],
      ["user", `${d.user || ""}@${d.host || ""}`], ["decided by", d.decided_by], ["client", d.client]]) {
      dl.append(el("dt", {}, k), el("dd", {}, v == null ? "" : v));
    }
    const rules = (d.rule_docs || []).map((r) => el("div", { class: "rule" },
      el("strong", {}, r.id), " ", r.title || "", r.stage ? el("span", { class: "muted" }, ` (from the ${r.stage})`) : null,
      r.why ? el("div", { class: "muted" }, r.why) : null,
      r.instead ? el("div", {}, "Instead: ", r.instead) : null));
    const effects = (d.effects || []).map((e) => el("div", {}, `${e.kind}${e.class ? " [" + e.class + "]" : ""} ${e.target || ""} `,
      el("span", { class: "muted" }, e.detail || "")));
    const msgs = (d.user_messages || []).map((m) => el("div", { class: "msg" }, m));
    box.replaceChildren(...[close,
      el("div", { class: `v v-${d.verdict}`, id: "detail-verdict" }, d.verdict.toUpperCase()),
      el("p", { id: "detail-reason" }, d.reason || ""),
      d.suggestion ? el("p", {}, "Safer: ", el("code", {}, d.suggestion)) : null,
      el("h3", {}, "Action"), el("pre", {}, JSON.stringify(d.action, null, 2)),
      el("h3", {}, "Rules"), ...(rules.length ? rules : [el("div", { class: "muted" }, "none")]),
      el("h3", {}, "Effects"), ...(effects.length ? effects : [el("div", { class: "muted" }, "none recorded")]),
      el("h3", {}, "What the user said (what the judge saw)"), ...(msgs.length ? msgs : [el("div", { class: "muted" }, "no messages")]),
      d.ask ? el("p", {}, `Queued ask: ${d.ask.status}${d.ask.answered_by ? " (" + d.ask.answered_by + ")" : ""}`) : null,
      el("h3", {}, "Details"), dl].filter((x) => x != null));
    box.hidden = false;
    $("#split").classList.add("with-detail");
  };
  const closeDetail = () => {
    $("#detail").hidden = true;
    $("#split").classList.remove("with-detail");
    if (selected) selected.focus();
  };
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && !$("#detail").hidden) closeDetail(); });

  // --- pending asks -----------------------------------------------------------------------------------------
  const renderAsks = (asks) => {
    const box = $("#asks");
    $("#asks-section").hidden = asks.length === 0;
    const now = Date.now() / 1000;
    box.replaceChildren(...asks.map((a) => {
      const answer = async (verdict) => {
        card.querySelectorAll("button").forEach((b) => (b.disabled = true));
        await api(`/api/asks/${encodeURIComponent(a.ask_id)}`, {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ answer: verdict }),
        });
        card.remove();
        if (!box.children.length) $("#asks-section").hidden = true;
      };
      const allow = el("button", { class: "allow", type: "button", "data-answer": "allow" }, "Allow");
      const deny = el("button", { class: "deny", type: "button", "data-answer": "deny" }, "Deny");
      allow.addEventListener("click", () => answer("allow"));
      deny.addEventListener("click", () => answer("deny"));
      const card = el("div", { class: "ask", id: `ask-${a.ask_id}`, "data-ask": a.ask_id },
        el("div", {}, el("strong", {}, a.tool), " ", el("code", {}, a.summary || "")),
        el("div", { class: "buttons" }, allow, deny),
        el("div", { class: "why" }, a.reason || ""),
        el("div", { class: "left" }, `${a.agent || ""} · session ${a.session || "-"} · denied automatically in ${Math.max(0, Math.round(a.expires - now))} s`));
      return card;
    }));
  };

  // --- charts (inline SVG) ----------------------------------------------------------------------------------
  const svgEl = (tag, attrs, text) => {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text != null) e.textContent = text;
    return e;
  };
  const drawTime = (data) => {
    // Stacked bars per hour (or day) with a y axis (0 and the largest count), an x axis with the first, middle and
    // last bucket's time in the page's one format, and a legend of the three verdicts.
    const svg = $("#chart-time");
    const W = svg.clientWidth || 600, H = 170, left = 34, bottom = 34, top = 22, right = 8;
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const b = data.buckets;
    const max = Math.max(1, ...b.map((x) => x.allow + x.ask + x.deny));
    const plotH = H - bottom - top, plotW = W - left - right;
    const bw = plotW / Math.max(1, b.length);
    const hourly = data.bucket_s < 86400;
    const kids = [
      svgEl("line", { x1: left, y1: top, x2: left, y2: H - bottom, class: "axis", id: "axis-y" }),
      svgEl("line", { x1: left, y1: H - bottom, x2: W - right, y2: H - bottom, class: "axis", id: "axis-x" }),
      svgEl("text", { x: left - 4, y: top + 4, "text-anchor": "end", class: "tick-y" }, String(max)),
      svgEl("text", { x: left - 4, y: H - bottom, "text-anchor": "end", class: "tick-y" }, "0"),
    ];
    b.forEach((x, i) => {
      let y = H - bottom;
      const label = hourly ? fmtTime(x.t, false) : fmtDay(new Date(x.t * 1000));
      for (const v of ["allow", "ask", "deny"]) {
        const h = (plotH * x[v]) / max;
        if (h > 0) {
          const r = svgEl("rect", { x: left + i * bw + 1, y: y - h, width: Math.max(1, bw - 2), height: h, fill: COLORS[v], class: `bar-${v}` });
          r.append(svgEl("title", {}, `${label}: ${x[v]} ${v}`));
          kids.push(r);
        }
        y -= h;
      }
    });
    const ticks = b.length > 2 ? [0, Math.floor((b.length - 1) / 2), b.length - 1] : b.map((_, i) => i);
    for (const i of ticks) {
      const t = b[i].t, x = left + i * bw + bw / 2;
      const anchor = i === 0 ? "start" : i === b.length - 1 ? "end" : "middle";
      kids.push(svgEl("line", { x1: x, y1: H - bottom, x2: x, y2: H - bottom + 4, class: "axis" }),
        svgEl("text", { x: i === 0 ? left : i === b.length - 1 ? W - right : x, y: H - bottom + 15, "text-anchor": anchor, class: "tick-x" },
          hourly ? fmtTime(t, false) : fmtDay(new Date(t * 1000))));
    }
    const legend = svgEl("g", { class: "legend", id: "chart-legend" });
    let lx = left;
    for (const v of ["allow", "ask", "deny"]) {
      legend.append(svgEl("rect", { x: lx, y: 4, width: 10, height: 10, fill: COLORS[v] }), svgEl("text", { x: lx + 14, y: 13 }, v));
      lx += 58;
    }
    legend.append(svgEl("text", { x: lx + 6, y: 13, class: "muted" }, `decisions per ${hourly ? "hour" : "day"}`));
    kids.push(legend);
    svg.replaceChildren(...kids);
  };
  const drawRules = (data) => {
    const svg = $("#chart-rules");
    const W = svg.clientWidth || 300, rows = data.top_rules.slice(0, 8), H = Math.max(40, rows.length * 18);
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svg.style.height = `${H}px`;
    const max = Math.max(1, ...rows.map((r) => r.count));
    const kids = rows.map((r, i) => {
      const g = svgEl("g", { class: "rule-bar", tabindex: 0, role: "button", "data-rule": r.rule });
      const w = ((W - 180) * r.count) / max;
      g.append(svgEl("title", {}, `${r.rule}: ${r.count} (select to filter)`),
        svgEl("rect", { x: 136, y: i * 18 + 3, width: w, height: 12, fill: "#8c959f" }),
        svgEl("text", { x: 0, y: i * 18 + 13 }, r.rule.length > 22 ? r.rule.slice(0, 21) + "…" : r.rule),
        svgEl("text", { x: 140 + w, y: i * 18 + 13 }, String(r.count)));
      const pick = () => { $("#f-rule").value = r.rule; load(); charts(); };
      g.addEventListener("click", pick);
      g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
      return g;
    });
    if (!rows.length) kids.push(svgEl("text", { x: 0, y: 20 }, "no rule fired in this window"));
    svg.replaceChildren(...kids);
  };
  const charts = async () => {
    const data = await api(`/api/stats?${query({ ...filters(), since: $("#f-window").value })}`);
    drawTime(data);
    drawRules(data);
  };

  // --- live events ------------------------------------------------------------------------------------------
  let chartTimer = null;
  const connect = () => {
    const es = new EventSource(TOKEN ? `/api/events?token=${encodeURIComponent(TOKEN)}` : "/api/events");
    es.addEventListener("open", () => { $("#live").className = "live on"; $("#live").textContent = "live"; });
    es.addEventListener("error", () => { $("#live").className = "live off"; $("#live").textContent = "reconnecting…"; });
    es.addEventListener("decision", (ev) => {
      addLive(JSON.parse(ev.data));
      clearTimeout(chartTimer);
      chartTimer = setTimeout(charts, 1000);
    });
    es.addEventListener("asks", (ev) => renderAsks(JSON.parse(ev.data).asks));
  };

  // Filters given in the page's address (`automode ui --user alice --project api`) are filled in first.
  const given = new URLSearchParams(location.search);
  for (const f of FILTERS) if (given.get(f)) $(`#f-${f}`).value = given.get(f);

  let debounce = null;
  for (const f of FILTERS) {
    for (const type of ["input", "change"]) {
      $(`#f-${f}`).addEventListener(type, () => { clearTimeout(debounce); debounce = setTimeout(() => { load(); charts(); }, 200); });
    }
  }
  $("#f-window").addEventListener("change", charts);
  $("#f-clear").addEventListener("click", () => { FILTERS.forEach((f) => ($(`#f-${f}`).value = "")); load(); charts(); });
  if (TEAM) {
    const out = el("button", { type: "button", id: "logout" }, "sign out");
    out.addEventListener("click", async () => { await fetch("/logout", { method: "POST", credentials: "same-origin" }); location.reload(); });
    $("#who").replaceChildren(`team ${TEAM} `, out);
    $("#who").hidden = false;
  }
  load().then(connect);
  charts();
  api("/api/asks").then((d) => renderAsks(d.asks));
})();
