// QwenEval report, agentic section: renders its own embedded data. Model output is untrusted: textContent only.
// el/pct/num come from helpers.js, which report.html carries before every section.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("qe-agentic-data").textContent);
  const { el, pct, num } = window.qeReport;

  const models = document.getElementById("qe-agentic-models");
  const heads = ["model", "resolved", "95% interval", "footprint GiB", "calls/ep", "malformed/ep", "edits/ep", "rewrites/ep",
    "from scratch", "tested before submit", "turns", "gen. tokens", "wall s"];
  models.append(el("thead", {}, el("tr", {}, ...heads.map(h => el("th", {}, h)))));
  const mbody = el("tbody");
  for (const m of data.models) {
    mbody.append(el("tr", { "data-model": m.name }, ...[m.name, pct(m.resolved), pct(m.wilson[0]) + "–" + pct(m.wilson[1]),
      num(m.footprint_gib, 2), num(m.calls, 1), num(m.malformed, 1), num(m.edits, 1), num(m.rewrites, 1), pct(m.rewrite_share),
      pct(m.tested), num(m.turns, 1), num(m.tokens, 0), num(m.wall_s, 2)].map(v => el("td", {}, v))));
  }
  models.append(mbody);

  const grid = document.getElementById("qe-agentic-tasks");
  const head = el("tr", {}, el("th", {}, "task"), el("th", {}, "category"), el("th", {}, "difficulty"));
  for (const m of data.models) head.append(el("th", {}, m.name));
  grid.append(el("thead", {}, head));
  const byKey = new Map(data.episodes.map(e => [e.model + "\u0000" + e.task_id, e]));
  const body = el("tbody");
  for (const t of data.tasks) {
    const tr = el("tr", {}, el("td", {}, t.id), el("td", {}, t.category), el("td", {}, t.difficulty));
    for (const m of data.models) {
      const e = byKey.get(m.name + "\u0000" + t.id);
      const td = el("td", { class: "status " + (e ? e.status : "none") }, e ? e.status : "–");
      if (e) {
        td.setAttribute("data-episode", e.model + "/" + e.task_id + "/" + e.sample_index);
        td.addEventListener("click", () => show(e));
      }
      tr.append(td);
    }
    body.append(tr);
  }
  grid.append(body);

  function show(e) {
    const panel = document.getElementById("qe-episode");
    const parts = [
      el("h3", {}, e.model + " · " + e.task_id + " · sample " + e.sample_index + " · " + e.status),
      el("p", {}, "ended: " + e.ended + " · " + e.turns + " turns · " + e.calls + " tool calls (" + e.malformed + " malformed) · " + e.detail),
      el("h4", {}, "Transcript"),
    ];
    for (const m of e.messages) {
      const turn = el("div", { class: "turn " + m.role }, el("div", { class: "role" }, m.role + (m.name ? " · " + m.name : "")));
      if (m.reasoning) turn.append(el("pre", { class: "reasoning" }, m.reasoning));
      if (m.content) turn.append(el("pre", {}, m.content));
      for (const c of (m.calls || [])) turn.append(el("pre", { class: "call" }, c.name + " " + c.arguments));
      parts.push(turn);
    }
    parts.push(el("h4", {}, "Raw model text, turn by turn"));
    e.raw.forEach((r, i) => parts.push(el("pre", { class: "raw" }, "[turn " + (i + 1) + "]\n" + r)));
    parts.push(el("h4", {}, "Final diff"), el("pre", { class: "diff" }, e.diff || "(no change)"));
    parts.push(el("h4", {}, "Hidden tests"), el("pre", { class: "output" }, e.output));
    panel.replaceChildren(...parts);
    panel.hidden = false;
  }

  const wanted = new URLSearchParams(location.hash.slice(1)).get("episode");
  if (wanted) {
    const e = data.episodes.find(x => x.model + "/" + x.task_id + "/" + x.sample_index === wanted);
    if (e) show(e);
  }
})();
