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
        body: JSON.stringify({ content: box.value, ai_assisted: composer.elements.ai_assisted.value === "1" }),
      });
      if (response.ok) {
        box.value = "";  // it appears in the list above once stored
        composer.dispatchEvent(new Event("mindhaven:sent"));
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
  // --- help while writing: flags as you type, a rewrite on request -------------------------
  var help = document.getElementById("reply-help");
  if (!help) return;
  var flagList = document.getElementById("draft-flags");
  var suggestButton = document.getElementById("suggest");
  var suggestionBox = document.getElementById("suggestion");
  var suggestionText = document.getElementById("suggestion-text");
  var suggestStatus = document.getElementById("suggest-status");
  var assisted = document.getElementById("ai-assisted");
  help.hidden = false;

  function postDraft(path) {
    return fetch("/api/cases/" + encodeURIComponent(caseId) + "/reply-help/" + path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json",
                 "X-CSRF-Token": csrf ? csrf.content : "" },
      body: JSON.stringify({ draft: box.value }),
    }).then(function (r) { return r.ok ? r.json() : null; });
  }

  function showFlags(flags) {
    flagList.textContent = "";
    (flags || []).forEach(function (flag) {
      var item = document.createElement("li");
      item.className = "draft-flag" + (flag.gentle ? " gentle" : "");
      var what = flag.kind.replace(/_/g, " ");
      item.textContent = what + (flag.phrase ? ": “" + flag.phrase + "”" : "") + " — " + flag.reason +
        (flag.suggestion ? " " + flag.suggestion : "");
      flagList.appendChild(item);
    });
  }

  var timer = null;
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (!box.value.trim()) { showFlags([]); return; }
      postDraft("flags").then(function (body) { if (body) showFlags(body.flags); });
    }, 600);
  });

  suggestButton.addEventListener("click", async function () {
    if (!box.value.trim()) { suggestStatus.textContent = "Write a draft first: the suggestion rewrites it."; return; }
    suggestButton.disabled = true;
    suggestionBox.hidden = true;
    var started = Date.now();
    var tick = setInterval(function () {
      suggestStatus.textContent = "Writing a suggestion… " + Math.round((Date.now() - started) / 1000) +
        " s (up to a minute). You can send your own words meanwhile.";
    }, 1000);
    suggestStatus.textContent = "Writing a suggestion…";
    try {
      var body = await postDraft("rewrite");
      if (!body) suggestStatus.textContent = "No suggestion this time.";
      else if (body.suggestion) {
        suggestionText.textContent = body.suggestion;
        suggestionBox.hidden = false;
        suggestStatus.textContent = "";
      } else suggestStatus.textContent = body.why_not;
      if (body) showFlags(body.flags);
    } catch (err) {
      suggestStatus.textContent = "No suggestion: MindHaven could not be reached.";
    } finally {
      clearInterval(tick);
      suggestButton.disabled = false;
    }
  });

  document.getElementById("use-suggestion").addEventListener("click", function () {
    box.value = suggestionText.textContent;
    assisted.value = "1";
    suggestionBox.hidden = true;
    suggestStatus.textContent = "Edit it as you like. When you send it, they will see it was written with AI help.";
    box.focus();
  });
  composer.addEventListener("mindhaven:sent", function () {
    assisted.value = "0";
    showFlags([]);
    suggestStatus.textContent = "";
  });
})();
