{% load static %}// Service worker: keeps the guides a reader opened (and those they saved) readable offline.
"use strict";
var CACHE = "lms-guides-v1";
var SHELL = ["{% static 'lms/css/site.css' %}", "{% static 'guides/guides.js' %}"];

self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); }));
    self.skipWaiting();
});

self.addEventListener("activate", function (event) {
    event.waitUntil(self.clients.claim());
});

// The page's title as the offline page lists it: unescaped (the list sets it as text), and
// without the site's name that base.html adds after the last " · ".
var ENTITIES = {
    "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#x27;": "'", "&#39;": "'"
};

function titleOf(response) {
    return response.clone().text().then(function (html) {
        var match = html.match(/<title>([^<]*)<\/title>/);
        var title = match ? match[1].trim() : "";
        var siteName = title.lastIndexOf(" · ");
        if (siteName > 0) { title = title.slice(0, siteName); }
        return title.replace(/&(amp|lt|gt|quot|#x27|#39);/g, function (entity) {
            return ENTITIES[entity];
        });
    });
}

self.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type !== "cache") { return; }
    if (data.offline && data.lang) {
        caches.open(CACHE).then(function (cache) {
            return cache.put("/__offline__/" + data.lang, new Response(data.offline));
        });
    }
    var work = caches.open(CACHE).then(function (cache) {
        return Promise.all(data.urls.map(function (url) {
            return fetch(url, { credentials: "same-origin" }).then(function (response) {
                if (!response.ok) { return null; }
                return cache.put(url, response.clone()).then(function () {
                    return titleOf(response).then(function (title) { return [url, title]; });
                });
            }).catch(function () { return null; });
        }));
    }).then(function (titles) {
        if (event.ports[0]) { event.ports[0].postMessage({ titles: titles.filter(Boolean) }); }
    });
    event.waitUntil(work);
});

self.addEventListener("fetch", function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== location.origin) { return; }
    if (url.pathname.indexOf("/admin/") === 0) { return; }
    event.respondWith(
        fetch(request).then(function (response) {
            if (response.ok && response.headers.get("X-Offline-Cacheable")) {
                var copy = response.clone();
                caches.open(CACHE).then(function (cache) { cache.put(url.pathname, copy); });
            }
            return response;
        }).catch(function () {
            return caches.open(CACHE).then(function (cache) {
                return cache.match(url.pathname).then(function (cached) {
                    if (cached) { return cached; }
                    if (request.mode !== "navigate") { return Response.error(); }
                    var lang = url.pathname.split("/")[1];
                    return cache.match("/__offline__/" + lang).then(function (pointer) {
                        if (!pointer) { return Response.error(); }
                        return pointer.text().then(function (offlineUrl) {
                            return cache.match(new URL(offlineUrl, location.origin).pathname);
                        });
                    }).then(function (page) { return page || Response.error(); });
                });
            });
        })
    );
});
