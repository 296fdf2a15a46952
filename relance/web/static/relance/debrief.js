// The debrief is saved as you type (htmx) and kept in localStorage until the server
// has it, so a dropped connection or a reload loses nothing.
(function () {
  "use strict";
  var form = document.getElementById("debrief-form");
  if (!form) { return; }
  var key = form.getAttribute("data-storage-key");
  var status = document.getElementById("save-status");
  var sent = null;

  function fields() {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "csrfmiddlewaretoken" && el.type !== "submit";
    });
  }

  function snapshot() {
    var data = {};
    fields().forEach(function (el) {
      if (el.type === "checkbox") { data[el.name] = el.checked; }
      else if (el.type === "radio") { if (el.checked) { data[el.name] = el.value; } else if (!(el.name in data)) { data[el.name] = ""; } }
      else { data[el.name] = el.value; }
    });
    return data;
  }

  // Compared with what the server rendered (not with what the browser may have put
  // back on reload), so a restore is noticed and saved.
  function apply(data) {
    var changed = false;
    fields().forEach(function (el) {
      if (!(el.name in data)) { return; }
      var value = data[el.name];
      if (el.type === "checkbox") {
        if (el.defaultChecked !== !!value) { changed = true; }
        el.checked = !!value;
      } else if (el.type === "radio") {
        var want = el.value === value;
        if (el.defaultChecked !== want) { changed = true; }
        el.checked = want;
      } else {
        if (el.defaultValue !== value) { changed = true; }
        el.value = value;
      }
    });
    return changed;
  }

  function keep() {
    try { localStorage.setItem(key, JSON.stringify(snapshot())); } catch (e) { /* private mode */ }
  }

  // "Not obtained" and an answer exclude each other.
  function pairOf(el) {
    var box = el.closest("fieldset.closing");
    return box ? box : null;
  }
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  function onEdit(event) {
    var el = event.target;
    var box = pairOf(el);
    if (box) {
      var missing = box.querySelector("input[name$='_missing']");
      if (el === missing && missing.checked) {
        box.querySelectorAll("input, textarea").forEach(function (other) {
          if (other === missing) { return; }
          if (other.type === "radio") { other.checked = false; } else { other.value = ""; }
        });
      } else if (el !== missing && missing && (el.value && (el.type !== "radio" || el.checked))) {
        missing.checked = false;
      }
    }
    keep();
  }

  // "Done" without a connection: nothing leaves the page; what was typed stays on this
  // device and the debrief is finished (saved, then the application) when the connection is back.
  var doneKey = key + "-done";
  function finishLater() {
    try { localStorage.setItem(doneKey, "1"); } catch (e) { /* private mode */ }
  }
  function finishing() {
    try { return localStorage.getItem(doneKey) === "1"; } catch (e) { return false; }
  }
  form.addEventListener("submit", function (event) {
    if (navigator.onLine !== false) { return; }
    event.preventDefault();
    keep();
    finishLater();
    status.textContent = form.getAttribute("data-offline");
  });

  // Only the form's own requests are saves: a note's preview (its textarea, its box) bubbles
  // its htmx events up here too, and must neither mark a save done nor say "offline".
  function isSave(event) { return event.target === form; }
  form.addEventListener("htmx:beforeRequest", function (event) {
    if (isSave(event)) { sent = JSON.stringify(snapshot()); }
  });
  form.addEventListener("htmx:afterRequest", function (event) {
    if (!isSave(event)) { return; }
    var xhr = event.detail.xhr;
    if (event.detail.successful && xhr && xhr.getResponseHeader("X-Relance-Saved") === "1") {
      if (JSON.stringify(snapshot()) === sent) {
        try { localStorage.removeItem(key); } catch (e) { /* ignore */ }
        if (finishing()) {
          try { localStorage.removeItem(doneKey); } catch (e) { /* ignore */ }
          form.submit();
        }
      }
    } else if (!event.detail.successful) {
      status.textContent = form.getAttribute("data-offline");
    }
  });
  form.addEventListener("htmx:sendError", function (event) {
    if (isSave(event)) { status.textContent = form.getAttribute("data-offline"); }
  });
  // An autosave answers each field's error (or none) beside it, out of band: the field is
  // then marked invalid and described by it, and an error shown by an earlier full page goes.
  function markErrors() {
    form.querySelectorAll(".live-error[data-for]").forEach(function (slot) {
      var id = slot.id.replace(/_live$/, "");
      var list = slot.querySelector(".errorlist");
      var stale = document.getElementById(id + "_error");
      if (stale) { stale.remove(); }
      var box = slot.closest("fieldset.closing") || slot.previousElementSibling;
      if (box) { box.classList.toggle("has-error", !!list); }
      form.querySelectorAll('[name="' + slot.getAttribute("data-for") + '"]').forEach(function (el) {
        var described = (el.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (ref) {
          return ref && ref !== id + "_error" && ref !== id + "_live_error";
        });
        if (list) {
          el.setAttribute("aria-invalid", "true");
          described.push(list.id);
        } else {
          el.removeAttribute("aria-invalid");
        }
        if (described.length) { el.setAttribute("aria-describedby", described.join(" ")); }
        else { el.removeAttribute("aria-describedby"); }
      });
    });
  }
  document.body.addEventListener("htmx:afterSettle", markErrors);

  window.addEventListener("online", function () { htmx.trigger(form, "relance:save"); });
  window.addEventListener("offline", function () {
    status.textContent = form.getAttribute("data-offline");
  });

  var stored = null;
  try { stored = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { stored = null; }
  if ((stored && apply(stored)) || finishing()) {
    document.getElementById("restore-note").hidden = !stored;
    // htmx binds its triggers on DOMContentLoaded; this listener runs after its own.
    document.addEventListener("DOMContentLoaded", function () {
      htmx.trigger(form, "relance:save");
    });
  }
})();
