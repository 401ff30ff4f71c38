// QwenEval report: renders the embedded data. Model output is untrusted: it only ever goes into textContent.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("qe-data").textContent);
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const k of kids) e.append(k);
    return e;
  };
  const pct = v => (v === null || v === undefined) ? "–" : (v * 100).toFixed(1) + "%";
  const num = (v, d) => (v === null || v === undefined) ? "–" : v.toFixed(d);
  const columns = [
    ["model", "model", m => m.name, m => m.label],
    ["pass1", "pass@1", m => m.pass1, m => pct(m.pass1)],
    ["wilson", "95% interval", m => m.wilson[0], m => pct(m.wilson[0]) + "–" + pct(m.wilson[1])],
    ["footprint", "footprint GiB", m => m.footprint_gib, m => num(m.footprint_gib, 2) + " (" + m.footprint_source + ")"],
    ["decode", "decode tok/s", m => m.decode_tps ?? -1, m => num(m.decode_tps, 1)],
    ...data.statuses.map(s => [s, s, m => m.statuses[s], m => String(m.statuses[s])]),
  ];
  let sort = { key: "pass1", desc: true };
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get("sort")) { const [k, d] = hash.get("sort").split(":"); sort = { key: k, desc: d !== "asc" }; }

  function renderModels() {
    const table = document.getElementById("qe-models");
    table.replaceChildren();
    const head = el("tr");
    for (const [key, label] of columns) {
      const th = el("th", { "data-key": key, class: key === sort.key ? (sort.desc ? "desc" : "asc") : "" }, label);
      th.addEventListener("click", () => { sort = { key, desc: sort.key === key ? !sort.desc : true }; renderModels(); });
      head.append(th);
    }
    table.append(el("thead", {}, head));
    const col = columns.find(c => c[0] === sort.key) || columns[1];
    const rows = [...data.models].sort((a, b) => {
      const x = col[2](a), y = col[2](b);
      const c = typeof x === "string" ? x.localeCompare(y) : x - y;
      return sort.desc ? -c : c;
    });
    const body = el("tbody");
    for (const m of rows) {
      const tr = el("tr", { "data-model": m.name });
      for (const c of columns) tr.append(el("td", {}, c[3](m)));
      body.append(tr);
    }
    table.append(body);
  }

  function renderTasks() {
    const table = document.getElementById("qe-tasks");
    const head = el("tr", {}, el("th", {}, "task"), el("th", {}, "difficulty"));
    for (const m of data.models) head.append(el("th", {}, m.name));
    table.append(el("thead", {}, head));
    const bySample = new Map(data.samples.map(s => [s.model + "\u0000" + s.task_id, s]));
    const body = el("tbody");
    for (const t of data.tasks) {
      const tr = el("tr", {}, el("td", {}, t.id), el("td", {}, t.difficulty));
      for (const m of data.models) {
        const s = bySample.get(m.name + "\u0000" + t.id);
        const td = el("td", { class: "status " + (s ? s.status : "none") }, s ? s.status : "–");
        if (s) {
          td.setAttribute("data-sample", s.model + "/" + s.task_id + "/" + s.sample_index);
          td.addEventListener("click", () => showSample(s));
        }
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
  }

  function showSample(s) {
    const panel = document.getElementById("qe-sample");
    panel.replaceChildren(
      el("h3", {}, s.model + " · " + s.task_id + " · sample " + s.sample_index + " · " + s.status),
      el("p", {}, s.detail),
      el("h4", {}, "Prompt"), el("pre", { class: "prompt" }, s.prompt),
      el("h4", {}, "Answer"), el("pre", { class: "answer" }, s.answer),
      el("h4", {}, "Extracted code"), el("pre", { class: "code" }, s.code ?? "(none)"),
      el("h4", {}, "Test output"), el("pre", { class: "output" }, s.output));
    panel.hidden = false;
  }

  renderModels();
  renderTasks();
  const wanted = hash.get("sample");
  if (wanted) {
    const s = data.samples.find(x => x.model + "/" + x.task_id + "/" + x.sample_index === wanted);
    if (s) showSample(s);
  }
  document.body.setAttribute("data-ready", "true");
})();
