// automode ui: live decision feed, filters, detail, charts, pending asks. No dependencies, no remote assets.
"use strict";
(() => {
  const TOKEN = document.querySelector('meta[name="automode-token"]').content;
  const $ = (sel) => document.querySelector(sel);
  const feed = $("#feed tbody");
  const FILTERS = ["verdict", "tool", "session", "rule", "agent", "q"];
  const MAX_ROWS = 500;
  const SVG = "http://www.w3.org/2000/svg";
  const COLORS = { allow: "#1a7f37", ask: "#b08800", deny: "#cf222e" };
  let selected = null;

  const api = async (path, opts = {}) => {
    const res = await fetch(path, { ...opts, headers: { "X-Automode-Token": TOKEN, ...(opts.headers || {}) } });
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
  const fmtTime = (ts) => {
    const d = new Date(ts * 1000);
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getMonth() + 1}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
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
    (!f.rule || (d.rules || []).some((r) => r.startsWith(f.rule))) &&
    (!f.q || `${d.summary} ${d.reason}`.includes(f.q));

  // --- feed -------------------------------------------------------------------------------------------------
  const row = (d, fresh) => {
    const tr = el("tr", { "data-uid": d.id, class: `verdict-${d.verdict}${fresh ? " new" : ""}` },
      el("td", {}, fmtTime(d.ts)),
      el("td", { class: `v v-${d.verdict}` }, d.verdict),
      el("td", {}, d.agent || ""),
      el("td", {}, d.tool || ""),
      el("td", { class: "action", title: d.summary || "" }, d.summary || ""),
      el("td", { class: "rules" }, (d.rules || []).join(", ")));
    tr.addEventListener("click", () => showDetail(d.id, tr));
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
    close.addEventListener("click", () => { box.hidden = true; $("#split").classList.remove("with-detail"); });
    const dl = el("dl");
    for (const [k, v] of [["time", new Date(d.ts * 1000).toLocaleString()], ["agent", d.agent], ["session", d.session],
      ["cwd", d.cwd], ["stage", d.stage], ["category", d.category], ["latency", `${d.elapsed_us} µs`],
      ["user", `${d.user || ""}@${d.host || ""}`]]) {
      dl.append(el("dt", {}, k), el("dd", {}, v == null ? "" : v));
    }
    const rules = (d.rule_docs || []).map((r) => el("div", { class: "rule" },
      el("strong", {}, r.id), " ", r.title || "",
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
    const svg = $("#chart-time");
    const W = svg.clientWidth || 600, H = 150, pad = 18;
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const b = data.buckets;
    const max = Math.max(1, ...b.map((x) => x.allow + x.ask + x.deny));
    const bw = (W - pad) / Math.max(1, b.length);
    const kids = [svgEl("text", { x: 0, y: 10 }, String(max))];
    b.forEach((x, i) => {
      let y = H - pad;
      for (const v of ["allow", "ask", "deny"]) {
        const h = ((H - pad - 14) * x[v]) / max;
        if (h > 0) {
          const r = svgEl("rect", { x: pad + i * bw + 1, y: y - h, width: Math.max(1, bw - 2), height: h, fill: COLORS[v], class: `bar-${v}` });
          r.append(svgEl("title", {}, `${new Date(x.t * 1000).toLocaleString()}: ${x[v]} ${v}`));
          kids.push(r);
        }
        y -= h;
      }
    });
    const first = b[0], last = b[b.length - 1];
    if (first) kids.push(svgEl("text", { x: pad, y: H - 4 }, new Date(first.t * 1000).toLocaleString()));
    if (last) kids.push(svgEl("text", { x: W - 4, y: H - 4, "text-anchor": "end" }, new Date(last.t * 1000).toLocaleString()));
    svg.replaceChildren(...kids);
  };
  const drawRules = (data) => {
    const svg = $("#chart-rules");
    const W = svg.clientWidth || 300, rows = data.top_rules.slice(0, 8), H = Math.max(40, rows.length * 18);
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svg.style.height = `${H}px`;
    const max = Math.max(1, ...rows.map((r) => r.count));
    const kids = rows.map((r, i) => {
      const g = svgEl("g", { class: "rule-bar" });
      g.append(svgEl("rect", { x: 110, y: i * 18 + 3, width: ((W - 150) * r.count) / max, height: 12, fill: "#8c959f" }),
        svgEl("text", { x: 0, y: i * 18 + 13 }, r.rule.length > 18 ? r.rule.slice(0, 17) + "…" : r.rule),
        svgEl("text", { x: 114 + ((W - 150) * r.count) / max, y: i * 18 + 13 }, String(r.count)));
      g.addEventListener("click", () => { $("#f-rule").value = r.rule; load(); });
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
    const es = new EventSource(`/api/events?token=${encodeURIComponent(TOKEN)}`);
    es.addEventListener("open", () => { $("#live").className = "live on"; $("#live").textContent = "live"; });
    es.addEventListener("error", () => { $("#live").className = "live off"; $("#live").textContent = "reconnecting…"; });
    es.addEventListener("decision", (ev) => {
      addLive(JSON.parse(ev.data));
      clearTimeout(chartTimer);
      chartTimer = setTimeout(charts, 1000);
    });
    es.addEventListener("asks", (ev) => renderAsks(JSON.parse(ev.data).asks));
  };

  let debounce = null;
  for (const f of FILTERS) {
    for (const type of ["input", "change"]) {
      $(`#f-${f}`).addEventListener(type, () => { clearTimeout(debounce); debounce = setTimeout(() => { load(); charts(); }, 200); });
    }
  }
  $("#f-window").addEventListener("change", charts);
  $("#f-clear").addEventListener("click", () => { FILTERS.forEach((f) => ($(`#f-${f}`).value = "")); load(); charts(); });
  load().then(connect);
  charts();
  api("/api/asks").then((d) => renderAsks(d.asks));
})();
