// Relance's service worker: pages come from the network; when it is gone, the last copy of a
// page seen (the debrief opened right after the interview) or the offline page. What is typed
// offline stays in the page (debrief.js keeps it) and is sent when the connection returns.
"use strict";
var CACHE = "relance-v2";
var OFFLINE = "/offline/";
var SHELL = [OFFLINE, "/static/relance/app.css", "/static/relance/app.js",
  "/static/relance/debrief.js", "/static/relance/vendor/htmx.min.js"];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); }));
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (new URL(request.url).origin !== self.location.origin) { return; }
  if (request.method !== "GET") {
    // A form sent while the network is gone (a phone on a Wi-Fi without Internet says it is
    // online): the offline page rather than the browser's error; the debrief stays typed.
    if (request.mode === "navigate") {
      event.respondWith(fetch(request).catch(function () { return caches.match(OFFLINE); }));
    }
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(request).then(function (hit) { return hit || caches.match(OFFLINE); });
    }));
    return;
  }
  if (request.url.indexOf("/static/") !== -1) {
    event.respondWith(caches.match(request).then(function (hit) { return hit || fetch(request); }));
  }
});
