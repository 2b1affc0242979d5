// The console's live alerts: an EventSource on /api/alerts; each alert is announced and the caseload
// table is fetched again, so its order follows the new risk.
(function () {
  "use strict";
  var box = document.getElementById("alerts");
  var caseload = document.getElementById("caseload");
  if (!box || !caseload || !window.EventSource) return;

  function refresh() {
    fetch(window.location.pathname, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("caseload");
        if (fresh) caseload.innerHTML = fresh.innerHTML;
      });
  }

  var source = new EventSource("/api/alerts");
  source.addEventListener("alert", function (event) {
    var alert = JSON.parse(event.data);
    var item = document.createElement("p");
    item.className = "alert console-alert";
    item.setAttribute("role", "alert");
    var when = new Date(alert.created_at).toLocaleTimeString();
    item.textContent = alert.reason === "person_asked"
      ? "Case #" + alert.case_id + " asked to talk to a person at " + when + "."
      : "Case #" + alert.case_id + " reached " + alert.level + " risk at " + when + ".";
    box.insertBefore(item, box.firstChild);
    refresh();
  });
})();
