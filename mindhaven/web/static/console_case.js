// A case page, live: new messages (the person's, the AI's, a human's) appear as they are stored, and when
// someone takes over or hands back the page reloads to show the right controls. While you hold the
// conversation, your messages are sent without leaving the page. Text is only ever set with textContent.
(function () {
  "use strict";
  var list = document.getElementById("case-messages");
  if (!list || !window.EventSource || !window.fetch) return;
  var caseId = list.dataset.case;
  var composer = document.getElementById("staff-composer");
  var shown = null;  // the handoff state this page was drawn with, once the stream confirms it

  function addMessage(m) {
    var item = document.createElement("li");
    item.className = "case-message role-" + m.role + (m.human ? " by-human" : "") +
      (m.risk_level ? " level-" + m.risk_level : "");
    var meta = document.createElement("p");
    meta.className = "case-meta";
    meta.textContent = m.speaker + (!m.human && m.role !== "user" ? " · " + (m.source || "ai") : "") + " · " +
      new Date(m.created_at).toLocaleTimeString();
    if (m.risk_level && m.risk_level !== "none") {
      var badge = document.createElement("span");
      badge.className = "risk-badge risk-" + m.risk_level;
      badge.textContent = m.risk_level;
      meta.append(" ", badge);
    }
    var text = document.createElement("p");
    text.className = "case-text";
    text.textContent = m.text;
    item.append(meta, text);
    list.appendChild(item);
  }

  var source = new EventSource("/api/cases/" + encodeURIComponent(caseId) + "/events?after=" + (list.dataset.after || 0));
  source.addEventListener("message", function (event) { addMessage(JSON.parse(event.data)); });
  source.addEventListener("handoff", function (event) {
    var state = JSON.parse(event.data);
    var key = state.active ? state.label + "|" + state.yours : "ai";
    if (shown !== null && key !== shown) window.location.reload();  // someone took over or handed back
    shown = key;
  });

  if (!composer) return;
  var box = document.getElementById("staff-message");
  var error = document.getElementById("staff-error");
  var csrf = document.querySelector('meta[name="csrf-token"]');
  composer.addEventListener("submit", async function (event) {
    event.preventDefault();
    error.textContent = "";
    var button = composer.querySelector("button");
    button.disabled = true;
    try {
      var response = await fetch("/api/cases/" + encodeURIComponent(caseId) + "/messages", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json",
                   "X-CSRF-Token": csrf ? csrf.content : "" },
        body: JSON.stringify({ content: box.value }),
      });
      if (response.ok) {
        box.value = "";  // it appears in the list above once stored
      } else {
        var body = await response.json().catch(function () { return null; });
        error.textContent = (body && body.error && body.error.message) || "Not sent (" + response.status + "); your text is still in the box.";
      }
    } catch (err) {
      error.textContent = "Not sent: MindHaven could not be reached. Your text is still in the box.";
    } finally {
      button.disabled = false;
      box.focus();
    }
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });
})();
