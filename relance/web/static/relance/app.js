// Every htmx request carries the CSRF token, read from the page (no inline script: CSP).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.body.getAttribute("data-csrf");
  if (token) { event.detail.headers["X-CSRFToken"] = token; }
});

// A "Copy" button next to a read-only address (calendar feed, API base): data-copy names the
// field; the status line says it worked (no inline script: CSP).
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (!button) { return; }
  var field = document.getElementById(button.getAttribute("data-copy"));
  var status = document.getElementById(button.getAttribute("data-status"));
  if (!field) { return; }
  var done = function () { if (status) { status.textContent = button.getAttribute("data-copied"); } };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(field.value).then(done, function () {
      field.select(); document.execCommand("copy"); done();
    });
  } else { field.select(); document.execCommand("copy"); done(); }
});

// First run: the browser's time zone, so the candidate is not asked to pick among 600.
(function () {
  var zone = document.querySelector("#first-run input[name=timezone]");
  if (zone && !zone.value && window.Intl) {
    try { zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { /* none */ }
  }
})();

// Installable: the service worker keeps the pages seen for when the connection drops.
if ("serviceWorker" in navigator && window.isSecureContext) {
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("/sw.js").catch(function () { /* not available here */ });
  });
}

// A form sent back with errors: the first field to correct has the focus (its error is read
// with it, through aria-describedby).
(function () {
  var wrong = document.querySelector("main [aria-invalid=true]");
  if (wrong) { wrong.focus({ preventScroll: false }); }
})();
