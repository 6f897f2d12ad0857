// Gazette live reload: served by `python build.py serve` only, never part of the site.
(function () {
  "use strict";
  var me = document.currentScript;
  var version = me ? me.getAttribute("data-version") : "";
  var OVERLAY = "gazette-overlay";

  function showProblems(problems) {
    var box = document.getElementById(OVERLAY);
    if (!box) {
      box = document.createElement("div");
      box.id = OVERLAY;
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
        "padding:2rem;background:rgba(20,20,20,.97);color:#fff;font:15px/1.5 ui-monospace,monospace;";
      (document.body || document.documentElement).appendChild(box);
    }
    box.textContent = "";
    var title = document.createElement("h2");
    title.style.cssText = "color:#ff8a80;font:bold 18px/1.4 sans-serif;margin:0 0 1rem";
    title.textContent = "The site did not build. You are seeing the last good version; " +
      "fix the problem" + (problems.length === 1 ? "" : "s") + " below and this page reloads.";
    var list = document.createElement("ul");
    list.style.cssText = "margin:0;padding-left:1.2rem";
    problems.forEach(function (text) {
      var item = document.createElement("li");
      item.className = "gazette-problem";
      item.style.cssText = "white-space:pre-wrap;margin:.3rem 0";
      item.textContent = text;
      list.appendChild(item);
    });
    box.appendChild(title);
    box.appendChild(list);
  }

  function swapStylesheets() {
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) return;
      url.searchParams.set("gazette-reload", String(Date.now()));
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      var done = function () { if (link.parentNode) link.parentNode.removeChild(link); };
      fresh.addEventListener("load", done);
      fresh.addEventListener("error", done);
      link.parentNode.insertBefore(fresh, link.nextSibling);
    });
  }

  function connect() {
    var source = new EventSource("/__gazette__/events?since=" + encodeURIComponent(version));
    source.addEventListener("reload", function () { source.close(); location.reload(); });
    source.addEventListener("css", function (event) { version = event.lastEventId || version; swapStylesheets(); });
    source.addEventListener("problems", function (event) {
      version = event.lastEventId || version;
      showProblems(JSON.parse(event.data));
    });
  }
  window.__gazetteLiveReload = true;
  connect();
})();
