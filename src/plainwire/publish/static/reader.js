// plainwire reader: optional niceties. Pages are complete without this script.
// 1) show times in the reader's time zone (the server renders UTC; exact UTC stays in title)
// 2) keep relative times ("3 hours ago") fresh
// 3) provenance popups: click toggles, Escape closes
(function () {
  "use strict";
  var fmt;
  try {
    fmt = new Intl.DateTimeFormat("en-US", {
      month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit"
    });
  } catch (e) { return; }
  function rel(d) {
    var s = (Date.now() - d.getTime()) / 1000;
    if (s < 0 || s >= 86400 * 30) return fmt.format(d);
    var units = [[86400, "day"], [3600, "hour"], [60, "minute"]];
    for (var i = 0; i < units.length; i++) {
      if (s >= units[i][0]) {
        var n = Math.floor(s / units[i][0]);
        return n + " " + units[i][1] + (n === 1 ? "" : "s") + " ago";
      }
    }
    return "just now";
  }
  function localise() {
    var els = document.querySelectorAll("time[datetime]");
    for (var i = 0; i < els.length; i++) {
      var el = els[i], d = new Date(el.getAttribute("datetime"));
      if (isNaN(d.getTime())) continue;
      el.textContent = el.classList.contains("rel") ? rel(d) : fmt.format(d);
      el.setAttribute("data-local", "1");
    }
  }
  function provenance() {
    document.addEventListener("click", function (ev) {
      var t = ev.target;
      if (!(t instanceof Element) || !t.classList.contains("sent")) return;
      var w = t.parentElement;
      if (!w) return;
      var open = w.classList.toggle("open");
      w.classList.toggle("closed", !open);
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key !== "Escape") return;
      var a = document.activeElement;
      if (a && a.closest && a.closest(".sent-wrap")) {
        var w = a.closest(".sent-wrap");
        w.classList.remove("open");
        w.classList.add("closed");
      }
    });
    document.addEventListener("focusin", function (ev) {
      var t = ev.target;
      var w = t instanceof Element ? t.closest(".sent-wrap") : null;
      if (w) w.classList.remove("closed");
    });
  }
  function start() { localise(); provenance(); setInterval(localise, 60000); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
