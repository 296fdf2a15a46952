// Every htmx request carries the CSRF token, read from the page (no inline script: CSP).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.body.getAttribute("data-csrf");
  if (token) { event.detail.headers["X-CSRFToken"] = token; }
});
