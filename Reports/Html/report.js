// QwenEval report: renders the embedded data. Model output is untrusted: it only ever goes into textContent.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("qe-data").textContent);
  const { el, pct, num } = window.qeReport;
  const sampleId = s => s.model + "/" + s.task_id + "/" + s.sample_index;
  const columns = [
    ["model", "model", m => m.name, m => m.label],
    ["kind", "kind", m => m.kind, m => m.kind],
    ["pass1", "pass@1", m => m.pass1, m => pct(m.pass1)],
    ...data.ks.map(k => ["pass" + k, "pass@" + k, m => m.passk[k] ?? -1, m => pct(m.passk[k])]),
    ["wilson", "95% Wilson (samples)", m => m.wilson[0], m => m.wilson_text],
    ["bootstrap", "95% bootstrap (tasks)", m => m.bootstrap[0], m => m.bootstrap_text],
    ["judged", "judged", m => m.judged, m => m.planned === null ? String(m.judged) : m.judged + "/" + m.planned],
    ["footprint", "footprint GiB", m => m.footprint_gib ?? -1, m => num(m.footprint_gib, 2)],
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
    const col = columns.find(c => c[0] === sort.key) || columns[2];
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
    // Why a footprint is missing, once per reason under the table rather than in every cell.
    const reasons = new Map();
    for (const m of data.models) if (m.footprint_gib === null) reasons.set(m.footprint_missing, [...(reasons.get(m.footprint_missing) || []), m.name]);
    const note = document.getElementById("qe-footprint-notes");
    note.replaceChildren(reasons.size === 0 ? "" : "Footprint –: " + [...reasons].map(([why, names]) => names.join(", ") + " (" + why + ")").join("; ") + ".");
  }

  function renderBreakdowns() {
    const box = document.getElementById("qe-breakdowns");
    for (const b of data.breakdowns) {
      if (b.values.length === 0) continue;
      const table = el("table", { class: "breakdown", "data-dimension": b.dimension });
      const head = el("tr", {}, el("th", {}, b.dimension));
      for (const m of data.models) head.append(el("th", {}, m.name));
      table.append(el("thead", {}, head));
      const body = el("tbody");
      for (const v of b.values) {
        const tr = el("tr", {}, el("td", {}, v));
        for (const m of data.models) tr.append(el("td", {}, pct(b.rates[m.name][v])));
        body.append(tr);
      }
      table.append(body);
      // Tags are many: folded until asked for.
      const section = el("details", b.dimension === "tag" ? {} : { open: "" }, el("summary", {}, "by " + b.dimension), table);
      box.append(section);
    }
  }

  function renderTasks() {
    const table = document.getElementById("qe-tasks");
    const head = el("tr", {}, el("th", {}, "task"), el("th", {}, "difficulty"));
    for (const m of data.models) head.append(el("th", {}, m.name));
    table.append(el("thead", {}, head));
    // Every sample of a cell, in draw order: a task drawn k times has k samples to open.
    const byCell = new Map();
    for (const s of data.samples) {
      const key = s.model + "\u0000" + s.task_id;
      if (!byCell.has(key)) byCell.set(key, []);
      byCell.get(key).push(s);
    }
    const body = el("tbody");
    for (const t of data.tasks) {
      const tr = el("tr", {}, el("td", {}, t.id), el("td", {}, t.difficulty));
      for (const m of data.models) tr.append(cell(byCell.get(m.name + "\u0000" + t.id) || []));
      body.append(tr);
    }
    table.append(body);
  }

  function cell(samples) {
    if (samples.length === 0) return el("td", { class: "status none" }, "–");
    if (samples.length === 1) {
      const s = samples[0];
      const td = el("td", { class: "status " + s.status, "data-sample": sampleId(s), title: s.status }, s.status);
      td.addEventListener("click", () => showSample(s));
      return td;
    }
    const passed = samples.filter(s => s.status === "pass").length;
    const overall = passed === samples.length ? "pass" : passed === 0 ? "fail" : "mixed";
    const td = el("td", { class: "status multi " + overall }, el("span", { class: "tally" }, passed + "/" + samples.length));
    for (const s of samples) {
      const chip = el("button", { type: "button", class: "chip " + s.status, "data-sample": sampleId(s), title: "sample " + s.sample_index + ": " + s.status },
        String(s.sample_index));
      chip.addEventListener("click", () => showSample(s));
      td.append(chip);
    }
    return td;
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
    panel.setAttribute("data-shown", sampleId(s));
    for (const e of document.querySelectorAll("[data-sample]")) e.classList.toggle("shown", e.getAttribute("data-sample") === sampleId(s));
    panel.hidden = false;
  }

  renderModels();
  renderBreakdowns();
  renderTasks();
  const wanted = hash.get("sample");
  if (wanted) {
    const s = data.samples.find(x => sampleId(x) === wanted);
    if (s) showSample(s);
  }
  document.body.setAttribute("data-ready", "true");
})();
