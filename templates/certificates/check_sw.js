{% load static %}// Service worker of the certificate check page (scope /certificates/check/): keeps the page,
// its script and style and the issuer's DID document, so that a phone that opened the page once
// checks certificates with no connection. Everything else goes to the network untouched.
"use strict";
var CACHE = "lms-certificate-check-v1";
var KEPT = [
    "{% url 'certificates:check' %}",
    "{% static 'certificates/check.js' %}",
    "{% static 'lms/css/site.css' %}",
    "{% url 'did_document' %}"
];

self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(KEPT); }));
    self.skipWaiting();
});

self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) {
            return name.indexOf("lms-certificate-check-") === 0 && name !== CACHE;
        }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); }));
});

// Network first, so the page, the script and the keys stay current; the kept copy offline.
self.addEventListener("fetch", function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== location.origin) { return; }
    if (KEPT.indexOf(url.pathname) === -1) { return; }
    event.respondWith(
        fetch(request).then(function (response) {
            if (response.ok) {
                var copy = response.clone();
                caches.open(CACHE).then(function (cache) { cache.put(url.pathname, copy); });
            }
            return response;
        }).catch(function () {
            return caches.open(CACHE).then(function (cache) {
                return cache.match(url.pathname, { ignoreSearch: true, ignoreVary: true });
            }).then(function (cached) { return cached || Response.error(); });
        })
    );
});
