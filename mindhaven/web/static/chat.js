/* MindHaven chat: send a message through the JSON API and show the reply as it streams.
 * Message text is only ever set with textContent/append(string), never innerHTML.
 * Without this script (or without fetch streams) the form posts to /send and still works. */
(function () {
  "use strict";

  var form = document.getElementById("composer");
  if (!form || !window.fetch || !window.TextDecoder || !window.ReadableStream || !window.history.replaceState) {
    return;
  }

  var log = document.getElementById("log");
  var textarea = document.getElementById("message");
  var sendButton = document.getElementById("send");
  var errorBox = document.getElementById("chat-error");
  var typing = document.getElementById("typing");
  var hint = document.getElementById("message-hint");
  var charCount = document.getElementById("char-count");
  var layout = document.getElementById("chat-layout");
  var panel = document.getElementById("help-panel");
  var helpLink = document.getElementById("help-now");
  var closeButton = document.getElementById("help-close");
  var panelCountry = document.getElementById("panel-country");

  var conversationId = form.dataset.conversation || null;
  var human = form.dataset.human || "";  // the supporter or clinician who has taken over, if any
  var aiNotice = document.getElementById("ai-notice");
  var country = form.dataset.country || "";
  var maxChars = parseInt(form.dataset.maxChars, 10) || 4000;
  var busy = false;
  var followLatest = true;
  var focusHelpAfterLoad = false;
  var LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
  var COUNTRY = /^[A-Z]{2}$/;

  document.documentElement.classList.add("js");

  // Sticky header: keep scrolling and the help panel clear of it.
  var header = document.querySelector(".site-header");
  function measureHeader() {
    if (header) document.documentElement.style.setProperty("--header-h", header.offsetHeight + "px");
  }
  measureHeader();
  window.addEventListener("resize", measureHeader);
  hint.insertBefore(document.createTextNode("Enter to send · Shift+Enter for a new line "), charCount);

  // --- the message log ------------------------------------------------------------------

  function addBubble(role, text, speaker) {
    var bubble = document.createElement("div");
    bubble.className = "msg msg-new msg-" + role + (speaker ? " msg-human" : "");
    var who = document.createElement("p");
    who.className = "msg-who";
    who.textContent = speaker || (role === "user" ? "You" : "MindHaven (AI)");
    var body = document.createElement("div");
    body.className = "msg-text";
    body.textContent = text;
    bubble.appendChild(who);
    bubble.appendChild(body);
    log.appendChild(bubble);
    scrollToLatest();
    return bubble;
  }

  function showDots(bubble) {
    var dots = document.createElement("span");
    dots.className = "dots";
    dots.setAttribute("aria-hidden", "true");
    for (var i = 0; i < 3; i++) dots.appendChild(document.createElement("span"));
    bubble.querySelector(".msg-text").appendChild(dots);
  }

  function appendText(bubble, text) {
    var body = bubble.querySelector(".msg-text");
    var dots = body.querySelector(".dots");
    if (dots) dots.remove();
    body.append(text);
    bubble.hidden = false;
    scrollToLatest();
  }

  function bubbleText(bubble) {
    var body = bubble.querySelector(".msg-text");
    var dots = body.querySelector(".dots");
    return dots ? "" : body.textContent;
  }

  function visibleBottom() {
    return window.innerHeight - form.offsetHeight - 12;
  }

  function scrollToLatest(force) {
    var last = log.lastElementChild;
    if (!last || (!force && !followLatest)) return;
    var overflow = last.getBoundingClientRect().bottom - visibleBottom();
    if (overflow > 0) window.scrollBy(0, overflow);
  }

  window.addEventListener("scroll", function () {
    var last = log.lastElementChild;
    if (last) followLatest = last.getBoundingClientRect().bottom <= visibleBottom() + 48;
  }, { passive: true });

  // --- status, errors and the busy state -------------------------------------------------

  function showError(message, aboutTheMessage) {
    errorBox.textContent = "";
    var p = document.createElement("p");
    p.textContent = message;
    errorBox.appendChild(p);
    if (aboutTheMessage) textarea.setAttribute("aria-invalid", "true");
  }

  function clearError() {
    errorBox.textContent = "";
    textarea.removeAttribute("aria-invalid");
  }

  function setBusy(on, label) {
    busy = on;
    sendButton.disabled = on;
    form.setAttribute("aria-busy", on ? "true" : "false");
    log.setAttribute("aria-busy", on ? "true" : "false");
    typing.textContent = on ? (label || "MindHaven is replying…") : "";
  }

  function updateCount() {
    var n = textarea.value.length;
    if (n < maxChars * 0.8) {
      charCount.textContent = "";
      charCount.classList.remove("over");
      return;
    }
    charCount.textContent = n.toLocaleString() + " / " + maxChars.toLocaleString() + (n > maxChars ? " (too long)" : "");
    charCount.classList.toggle("over", n > maxChars);
  }

  // --- the help panel -------------------------------------------------------------------

  function setCountry(code) {
    if (!code) return;
    country = code;
    form.elements.country.value = code;
    var href = "/help?country=" + encodeURIComponent(code);
    document.querySelectorAll('a[href^="/help"]').forEach(function (a) { a.setAttribute("href", href); });
    if (helpLink && helpLink.hasAttribute("hx-get")) {
      helpLink.setAttribute("hx-get", href);
      if (window.htmx) window.htmx.process(helpLink);
    }
    if (panelCountry && panelCountry.value !== code) panelCountry.value = code;
  }

  function openPanel() {
    panel.hidden = false;
    layout.classList.add("has-help");
  }

  function focusHelp() {
    var heading = document.querySelector("#help-panel .resource-heading");
    if (heading) heading.focus();
  }

  var askPerson = document.getElementById("ask-person");
  if (askPerson) {
    askPerson.addEventListener("click", async function () {
      var status = document.getElementById("ask-person-status");
      if (!conversationId) {
        status.textContent = "Write a message first, so the person who joins knows where to start.";
        return;
      }
      askPerson.disabled = true;
      try {
        var response = await fetch("/api/conversations/" + encodeURIComponent(conversationId) + "/ask-for-a-person",
                                   { method: "POST", headers: withCsrf({ "Accept": "application/json" }) });
        var body = await response.json();
        status.textContent = response.ok ? body.message : body.error.message;
        if (!response.ok) askPerson.disabled = false;
      } catch (err) {
        status.textContent = "That didn't go through. Please try again, or use the crisis lines above.";
        askPerson.disabled = false;
      }
    });
  }

  function addHelpLink(bubble) {
    var link = document.createElement("a");
    link.className = "msg-help-link";
    link.href = "/help?country=" + encodeURIComponent(country);
    link.textContent = "See every crisis line for your country";
    bubble.appendChild(link);
    if (conversationId) {
      var plan = document.createElement("a");
      plan.className = "msg-plan-link";
      plan.href = "/c/" + encodeURIComponent(conversationId) + "/safety-plan";
      plan.textContent = "Make or look at your safety plan";
      bubble.appendChild(plan);
    }
  }

  log.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".msg-help-link") : null;
    if (!link || !panel) return;
    event.preventDefault();
    if (document.querySelector("#help-panel .resource-heading")) {
      openPanel();
      focusHelp();
    } else {
      revealHelp();
      focusHelpAfterLoad = true;
    }
  });

  function revealHelp() {
    openPanel();
    var list = document.getElementById("resource-list");
    var href = "/help?country=" + encodeURIComponent(country);
    if (window.htmx) {
      window.htmx.ajax("GET", href, { target: "#resource-list", swap: "outerHTML" });
    } else if (list && !list.children.length) {
      helpLink.setAttribute("href", href);
    }
  }

  if (panel) {
    document.body.addEventListener("htmx:beforeRequest", function (event) {
      if (event.detail.elt === helpLink) {
        openPanel();
        focusHelpAfterLoad = true;
      }
    });
    document.body.addEventListener("htmx:afterSettle", function () {
      if (!focusHelpAfterLoad) return;
      focusHelpAfterLoad = false;
      focusHelp();
    });
    document.body.addEventListener("htmx:responseError", function () {
      focusHelpAfterLoad = false;
    });
    closeButton.addEventListener("click", function () {
      panel.hidden = true;
      layout.classList.remove("has-help");
      helpLink.focus();
    });
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") closeButton.click();
    });
    if (panelCountry) {
      panelCountry.addEventListener("change", function () { setCountry(panelCountry.value); });
    }
  }

  // --- talking to the API ---------------------------------------------------------------

  function apiError(response) {
    function made(message) {
      var error = new Error(message || "Something went wrong (" + response.status + "). Please try again.");
      error.fromApi = true;
      error.status = response.status;
      return error;
    }
    return response.json().then(
      function (body) {
        var error = made(body && body.error && body.error.message);
        error.crisis = Boolean(body && body.error && body.error.crisis_resources);
        return error;
      },
      function () { return made(null); }
    );
  }

  // Signed-in pages carry the session's CSRF token; the API refuses changes without it.
  function withCsrf(headers) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && meta.content) headers["X-CSRF-Token"] = meta.content;
    return headers;
  }

  function postJSON(url, body, accept) {
    return fetch(url, {
      method: "POST",
      headers: withCsrf({ "Content-Type": "application/json", "Accept": accept || "application/json" }),
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
  }

  function browserLocale() {
    var language = navigator.language || "";
    return LOCALE.test(language) ? language : undefined;
  }

  function parseFrame(frame) {
    var event = "message";
    var data = [];
    frame.split("\n").forEach(function (line) {
      if (!line || line.charAt(0) === ":") return;
      var colon = line.indexOf(":");
      var field = colon === -1 ? line : line.slice(0, colon);
      var value = colon === -1 ? "" : line.slice(colon + 1);
      if (value.charAt(0) === " ") value = value.slice(1);
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
    });
    return { event: event, data: data.join("\n") };
  }

  async function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, "\n");
      var end;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        var frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (frame.trim()) onEvent(parseFrame(frame));
      }
    }
    buffer += decoder.decode();
    if (buffer.trim()) onEvent(parseFrame(buffer));
  }

  function ensureConversation() {
    // A conversation starts on the consent page (/), never from here.
    if (conversationId) return conversationId;
    var error = new Error("Please start a new chat from the home page first: your message is still in the box.");
    error.fromApi = true;
    error.status = 0;
    throw error;
  }

  async function send() {
    if (busy) return;
    var text = textarea.value;
    clearError();
    if (!text.trim()) {
      showError("Please write a message before sending.", true);
      textarea.focus();
      return;
    }
    setBusy(true, "Sending…");
    followLatest = true;
    textarea.readOnly = true;
    var mine = addBubble("user", text);
    mine.classList.add("msg-pending");
    var reply = null;
    var finished = false;
    try {
      var id = ensureConversation();
      var body = { content: text };
      if (COUNTRY.test(country)) body.country = country;
      var response = await postJSON("/api/conversations/" + encodeURIComponent(id) + "/messages", body, "text/event-stream");
      if (!response.ok) throw await apiError(response);

      // Accepted: the message is the conversation's now, so the box can be cleared.
      mine.classList.remove("msg-pending");
      textarea.readOnly = false;
      textarea.value = "";
      updateCount();
      reply = addBubble("assistant", "");
      reply.setAttribute("aria-busy", "true");
      reply.dataset.state = "streaming";
      if (human) {
        setBusy(true, "Sent to " + human + ".");
        reply.hidden = true;  // the AI is silent while a person has taken over: shown only if it must speak
      } else {
        setBusy(true, "MindHaven is typing…");
        showDots(reply);
      }

      await readEvents(response, function (event) {
        var data;
        try { data = JSON.parse(event.data || "{}"); } catch (e) { data = {}; }
        if (event.event === "token" && typeof data.text === "string") {
          appendText(reply, data.text);
        } else if (event.event === "done") {
          finished = true;
          reply.dataset.state = "done";
          if (!bubbleText(reply) && data.reply) appendText(reply, data.reply);
          var level = data.risk && data.risk.level;
          if (data.route === "crisis_protocol") reply.classList.add("msg-crisis");
          if (data.route === "crisis_protocol" || level === "high" || level === "imminent") {
            addHelpLink(reply);
            revealHelp();
          }
        } else if (event.event === "error") {
          finished = true;
          showError(data.message || "Something went wrong while replying; please try again.");
        }
      });
      if (!finished) showError("The reply was cut off. Please check your connection and try again.");
    } catch (err) {
      if (reply === null) {
        mine.remove();  // not sent: the text is still in the box
      }
      if (err && err.fromApi && err.status === 404 && reply === null) {
        // The conversation is gone (erased, or a broken link): a new one starts on the consent page.
        conversationId = null;
        form.dataset.conversation = "";
        form.elements.conversation_id.value = "";
        showError("This conversation no longer exists, so your message was not sent; it is still in the box. " +
                  "Start a new chat from the home page (MindHaven, top left).", true);
      } else if (err && err.fromApi && err.status === 409 && reply === null) {
        showError("Your message was not sent: you withdrew your consent, so MindHaven has stopped working on " +
                  "this conversation. Reload the page to download or erase your data, or to agree again." +
                  (err.crisis ? " If you are in danger, please call one of the crisis lines now." : ""), true);
        if (err.crisis) revealHelp();
      } else if (err && err.fromApi) {
        showError(err.message, reply === null);
      } else if (reply === null) {
        showError("MindHaven could not be reached, so your message was not sent. Please try again.");
      } else {
        showError("The reply was interrupted. Please check your connection and try again.");
      }
    } finally {
      textarea.readOnly = false;
      if (reply) {
        reply.removeAttribute("aria-busy");
        var dots = reply.querySelector(".dots");
        if (dots) dots.remove();
        if (!bubbleText(reply)) reply.remove();
      }
      setBusy(false);
      scrollToLatest();
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    send();
  });

  textarea.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (!busy) send();
  });

  textarea.addEventListener("input", function () {
    updateCount();
    if (textarea.getAttribute("aria-invalid")) textarea.removeAttribute("aria-invalid");
  });

  // --- a supporter or clinician taking over (live handoff) -----------------------------------

  function noticeText(strong, more) {
    var span = aiNotice.querySelector("span");
    span.textContent = "";
    var bold = document.createElement("strong");
    bold.textContent = strong;
    var rest = document.createElement("span");
    rest.className = "ai-notice-more";
    rest.textContent = more;
    span.append(bold, " ", rest);
  }

  function addEventLine(text) {
    var line = document.createElement("p");
    line.className = "msg-event";
    line.textContent = text;
    log.appendChild(line);
    scrollToLatest();
  }

  function showHandoff(state) {
    if (state.active && state.label !== human) {
      human = state.label;
      addEventLine(human + " has joined the conversation. MindHaven's AI is paused while they are here.");
      noticeText("You are talking to " + human + ", a person.",
                 "MindHaven's AI is paused until they hand the conversation back.");
    } else if (!state.active && human) {
      addEventLine(human + " has left the conversation. MindHaven's AI is answering again.");
      human = "";
      noticeText("You are talking to an AI, not a person or a clinician.",
                 "It can make mistakes and can't call for help for you.");
    }
  }

  function listen() {
    if (!conversationId || !window.EventSource || !aiNotice) return;
    var after = parseInt(form.dataset.after, 10) || 0;
    var source = new EventSource("/api/conversations/" + encodeURIComponent(conversationId) + "/events?after=" + after);
    source.addEventListener("handoff", function (event) { showHandoff(JSON.parse(event.data)); });
    source.addEventListener("message", function (event) {
      var m = JSON.parse(event.data);
      addBubble("assistant", m.text, m.speaker + (m.source === "human+ai" ? " · written with AI help" : ""));
    });
  }

  listen();
  updateCount();
  if (log.querySelector(".msg-user")) scrollToLatest(true);
})();
