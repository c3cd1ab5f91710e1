(function () {
  "use strict";
  // sorting and filtering of every table with data-sort headers; no network, no storage
  function cellValue(row, i, kind) {
    var t = row.cells[i] ? row.cells[i].textContent.trim() : "";
    if (kind === "number") { var n = parseFloat(t.replace(/[^0-9.\-]/g, "")); return isNaN(n) ? -Infinity : n; }
    return t.toLowerCase();
  }
  function sortBy(table, i, kind, dir) {
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, i, kind), y = cellValue(b, i, kind);
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, j) {
      if (j === i) th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending"); else th.removeAttribute("aria-sort");
    });
  }
  function filter(table, text, counter) {
    var q = text.trim().toLowerCase(), shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
      var hit = !q || r.textContent.toLowerCase().indexOf(q) >= 0;
      r.classList.toggle("hidden", !hit);
      if (hit) shown++;
    });
    if (counter) counter.textContent = String(shown);
    return shown;
  }
  var tables = document.querySelectorAll("table[data-sortable]");
  Array.prototype.forEach.call(tables, function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      if (!th.hasAttribute("data-sort")) return;
      th.tabIndex = 0;
      function go() { sortBy(table, i, th.getAttribute("data-sort"), th.getAttribute("aria-sort") === "ascending" ? -1 : 1); }
      th.addEventListener("click", go);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
    });
    var input = document.getElementById(table.getAttribute("data-filter"));
    var counter = document.getElementById(table.getAttribute("data-counter"));
    if (input) input.addEventListener("input", function () { filter(table, input.value, counter); });
  });
  // #selftest: drives the page as a person would and records what happened, for the browser test
  if (location.hash === "#selftest") {
    var out = { tables: tables.length, ok: true };
    var t = document.getElementById("users-table");
    if (t) {
      var rows = t.tBodies[0].rows.length;
      out.rows = rows;
      var first = function () { var r = t.tBodies[0].rows[0]; return r ? r.cells[0].textContent.trim() : null; };
      sortBy(t, 0, "text", 1); out.sortedAscFirst = first();
      sortBy(t, 0, "text", -1); out.sortedDescFirst = first();
      var input = document.getElementById(t.getAttribute("data-filter"));
      var probe = t.getAttribute("data-probe") || "";
      input.value = probe; input.dispatchEvent(new Event("input"));
      out.filterProbe = probe;
      out.filtered = t.querySelectorAll("tbody tr:not(.hidden)").length;
      out.counter = (document.getElementById(t.getAttribute("data-counter")) || {}).textContent || null;
      input.value = ""; input.dispatchEvent(new Event("input"));
      out.unfiltered = t.querySelectorAll("tbody tr:not(.hidden)").length;
      out.ok = out.unfiltered === rows && out.filtered >= 1 && out.filtered <= rows;
    }
    var pre = document.createElement("pre");
    pre.id = "selftest-result";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }
})();
