// lurewatch review console: keyboard shortcuts and the media reveal.
// Vendored, no dependencies, no build step. Every page works without it:
// each control is a plain form or link.
(function () {
  "use strict";

  function typing(target) {
    if (!target) return false;
    var tag = target.tagName;
    if (tag === "INPUT") {
      var kind = (target.type || "").toLowerCase();
      return ["checkbox", "radio", "button", "submit", "reset", "hidden"].indexOf(kind) < 0;
    }
    return tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  // Child-safety media is not fetched until revealed; the server audits the
  // fetch. Without JS the link opens the file itself (audited too).
  function revealChildSafety(link) {
    var figure = link.closest(".media-item");
    var img = figure && figure.querySelector("img[data-src]");
    if (!img) return false;
    if (!img.getAttribute("src")) {
      img.setAttribute("src", img.getAttribute("data-src"));
    }
    img.hidden = false;
    img.classList.toggle("revealed");
    var placeholder = figure.querySelector(".ph");
    if (placeholder) placeholder.hidden = true;
    figure.querySelector(".frame").classList.remove("placeholder");
    link.textContent = img.classList.contains("revealed") ? "Hide" : "Reveal (audited)";
    return true;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-reveal-cs]");
    if (link && revealChildSafety(link)) {
      event.preventDefault();
    }
    var help = event.target.closest && event.target.closest("[data-help-toggle]");
    if (help) toggleHelp();
  });

  function toggleHelp() {
    var box = document.getElementById("shortcuts");
    if (box) box.hidden = !box.hidden;
  }

  function revealFocusedOrFirst() {
    var active = document.activeElement;
    var scope = (active && active.closest && active.closest(".media-item, [data-msg]")) || document;
    var toggle = scope.querySelector("[data-reveal], [data-reveal-cs]") ||
      document.querySelector("[data-reveal], [data-reveal-cs]");
    if (!toggle) return;
    if (toggle.hasAttribute("data-reveal-cs")) {
      revealChildSafety(toggle);
    } else {
      toggle.checked = !toggle.checked;
      toggle.focus();
    }
  }

  function moveMessage(step) {
    var messages = Array.prototype.slice.call(document.querySelectorAll("[data-msg]"));
    if (!messages.length) return;
    var current = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest("[data-msg]") : null;
    var index = messages.indexOf(current);
    var next = index < 0 ? (step > 0 ? 0 : messages.length - 1)
      : Math.min(messages.length - 1, Math.max(0, index + step));
    messages[next].focus();
    messages[next].scrollIntoView({ block: "nearest" });
  }

  function chooseDecision(key) {
    var radio = document.querySelector('#decide-form input[data-key="' + key + '"]');
    if (!radio) return false;
    radio.checked = true;
    radio.focus();
    if (radio.value === "confirm") {
      var action = document.getElementById("action");
      if (action) action.focus();
    }
    return true;
  }

  var pendingG = false;
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && typing(event.target)) {
      var form = event.target.form;
      if (form) {
        event.preventDefault();
        if (form.requestSubmit) form.requestSubmit(); else form.submit();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var key = event.key;
    if (pendingG) {
      pendingG = false;
      if (key === "q") {
        window.location.href = "/console/queues";
        event.preventDefault();
      }
      return;
    }
    switch (key) {
      case "g": pendingG = true; break;
      case "?": toggleHelp(); break;
      case "j": moveMessage(1); break;
      case "k": moveMessage(-1); break;
      case "r": revealFocusedOrFirst(); break;
      case "c": case "d": case "e": case "x": chooseDecision(key); break;
      case "m": {
        var note = document.getElementById("decision-note") || document.getElementById("note-text");
        if (note) note.focus();
        break;
      }
      case "n": {
        var claim = document.querySelector("[data-shortcut-form='n']");
        if (claim) {
          if (claim.requestSubmit) claim.requestSubmit(); else claim.submit();
        }
        break;
      }
      default: return;
    }
    event.preventDefault();
  });
})();
