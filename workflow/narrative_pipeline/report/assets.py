"""The report's style sheet and its one small script (kept here, written into `assets/`)."""

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232b;background:#fbfbfa}
nav{background:#23303f;padding:.5em 1.2em}nav a{color:#e8eef5;margin-right:1.2em;text-decoration:none;font-weight:600}
main{max-width:1180px;margin:0 auto;padding:1em 1.2em 3em}h1{font-size:1.5em;margin:.4em 0}
h2{font-size:1.15em;border-bottom:1px solid #d5dbe1;padding-bottom:.2em;margin-top:1.6em}
a{color:#1f5fa8}a.num{font-variant-numeric:tabular-nums;font-weight:600}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}td,th{border-bottom:1px solid #e3e7eb;padding:.25em .5em;
text-align:left;vertical-align:top}th{background:#eef1f4}table.counts td:nth-child(2){text-align:right}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:.4em 0 1em;font-size:.9em}
dl.meta dt{color:#5a6672}dl.meta dd{margin:0;word-break:break-word}
.text{white-space:pre-wrap;font:16px/1.6 Georgia,"Times New Roman",serif;background:#fff;border:1px solid #dde2e7;
padding:1em 1.3em;border-radius:4px}
.seg.c{background:#fff1a8;cursor:pointer}.seg.cc{background:#ffd966}.seg.m{border-bottom:2px solid #3c7dd9}
.seg.active{outline:2px solid #d9480f}.off{color:#7b8794;font-size:.85em}.none{color:#9aa5b1}
.legend .seg{padding:0 .3em}ol.claims li{margin-bottom:.8em}ol.claims p{margin:.2em 0}
.grid{display:flex;flex-wrap:wrap;gap:1em 2.5em}figure{margin:.5em 0}figcaption{font-weight:600;margin-bottom:.3em}
svg.chart .bar{fill:#4a7fb5}svg.chart a:hover .bar{fill:#d9480f}svg.chart text{font-size:12px;fill:#1d232b}
svg.chart .tick{font-size:10px}svg.network{background:#fff;border:1px solid #dde2e7;border-radius:4px;max-width:100%}
svg.network .edge{fill:none;stroke:#8c96a0;stroke-opacity:.75}svg.network .edge.conflict{stroke:#c92a2a}
svg.network .edge.coop{stroke:#2b8a3e}svg.network .arrowhead{fill:#59636e}
svg.network .node{fill:#4a7fb5;stroke:#fff;stroke-width:1.5}svg.network text.nlabel{font-size:12px;fill:#1d232b;
paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}svg.network a:hover .node{fill:#d9480f}
.prov{color:#5a6672;font-size:.9em}.pager a,.pager b{margin-right:.4em}.empty{color:#7b8794}
"""

JS = """
(function () {
  "use strict";
  function mark(attr, id) {
    document.querySelectorAll(".seg.active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll(".seg[" + attr + "]").forEach(function (el) {
      if ((el.getAttribute(attr) || "").split(" ").indexOf(id) >= 0) { el.classList.add("active"); }
    });
  }
  document.addEventListener("click", function (ev) {
    var seg = ev.target.closest ? ev.target.closest(".seg") : null;
    if (seg && seg.closest("#text")) {
      var ids = (seg.getAttribute("data-c") || seg.getAttribute("data-m") || "").split(" ");
      var target = ids[0] && document.getElementById(ids[0]);
      if (target) {
        mark(seg.hasAttribute("data-c") ? "data-c" : "data-m", ids[0]);
        target.scrollIntoView({block: "center"});
      }
      return;
    }
    var jump = ev.target.closest ? ev.target.closest("a.jump") : null;
    if (jump) { mark("data-c", jump.getAttribute("data-claim")); }
  });
})();
"""
