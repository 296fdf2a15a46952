// The draft editor: highlights under the text, one-click calmer wording, copy, mailto.
(function () {
  "use strict";
  var form = document.getElementById("editor-form");
  if (!form) { return; }
  var body = document.getElementById("id_body");
  var subject = document.getElementById("id_subject");

  function grow() {
    body.style.height = "auto";
    body.style.height = body.scrollHeight + 2 + "px";
  }

  function plainBackdrop() {
    // Until the tone check answers, the old marks would sit under the wrong words.
    var backdrop = document.getElementById("tone-backdrop");
    if (backdrop) { backdrop.textContent = body.value + "\n"; }
  }

  function mailto() {
    var link = document.getElementById("mailto-link");
    if (!link) { return; }
    var to = document.getElementById("to-address");
    link.href = "mailto:" + (to ? encodeURIComponent(to.textContent.trim()).replace("%40", "@") : "") +
      "?subject=" + encodeURIComponent(subject ? subject.value : "") +
      "&body=" + encodeURIComponent(body.value);
  }

  body.addEventListener("input", function () { grow(); plainBackdrop(); mailto(); });
  if (subject) { subject.addEventListener("input", mailto); }
  window.addEventListener("resize", grow);
  grow();

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".apply-suggestion");
    if (button) {
      var start = parseInt(button.getAttribute("data-start"), 10);
      var end = parseInt(button.getAttribute("data-end"), 10);
      var excerpt = button.getAttribute("data-excerpt");
      var suggestion = button.getAttribute("data-suggestion");
      var text = body.value;
      if (text.slice(start, end) !== excerpt) {
        // The text moved since the check (typing, a reload, CRLF line ends): the nearest copy.
        var before = text.lastIndexOf(excerpt, start);
        var after = text.indexOf(excerpt, start);
        var found = before === -1 ? after : (after === -1 || start - before <= after - start ? before : after);
        if (found === -1 || !excerpt) { return; }
        start = found;
        end = found + excerpt.length;
      }
      body.value = body.value.slice(0, start) + suggestion + body.value.slice(end);
      body.focus();
      body.setSelectionRange(start + suggestion.length, start + suggestion.length);
      body.dispatchEvent(new Event("input", { bubbles: true }));
      return;
    }
    var copy = event.target.closest("#copy-button");
    if (copy) {
      var text = (subject && subject.value ? subject.value + "\n\n" : "") + body.value;
      var done = function () {
        document.getElementById("copy-status").textContent = copy.getAttribute("data-copied");
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
      } else { fallbackCopy(text); done(); }
    }
  });

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    document.body.removeChild(area);
  }
})();
