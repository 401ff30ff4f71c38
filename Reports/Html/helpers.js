// QwenEval report: helpers every section script of report.html shares (this script comes first). Model output is
// untrusted: el() only ever puts text into textContent (through append), never markup.
window.qeReport = (function () {
  "use strict";
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const k of kids) e.append(k);
    return e;
  };
  const pct = v => (v === null || v === undefined) ? "–" : (v * 100).toFixed(1) + "%";
  const num = (v, d) => (v === null || v === undefined) ? "–" : v.toFixed(d);
  return Object.freeze({ el, pct, num });
})();
