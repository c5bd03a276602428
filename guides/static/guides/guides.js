// Progressive enhancement for guides: remembered checklists, offline reading. Everything works
// without it.
(function () {
    "use strict";
    var STORE = "lms-offline-guides";

    function remembered() {
        try { return JSON.parse(localStorage.getItem(STORE) || "{}"); } catch (e) { return {}; }
    }

    function remember(url, title) {
        var guides = remembered();
        guides[url] = title;
        try { localStorage.setItem(STORE, JSON.stringify(guides)); } catch (e) { /* full */ }
    }

    // Checklists: ticks are kept on this device only.
    document.querySelectorAll("[data-checklist]").forEach(function (list, index) {
        var key = "lms-checklist:" + location.pathname + ":" + index;
        var ticked = [];
        try { ticked = JSON.parse(localStorage.getItem(key) || "[]"); } catch (e) { ticked = []; }
        list.querySelectorAll("input[type=checkbox]").forEach(function (box) {
            box.checked = ticked.indexOf(box.dataset.checkId) !== -1;
            box.addEventListener("change", function () {
                var now = Array.prototype.filter.call(
                    list.querySelectorAll("input[type=checkbox]"), function (b) { return b.checked; }
                ).map(function (b) { return b.dataset.checkId; });
                try { localStorage.setItem(key, JSON.stringify(now)); } catch (e) { /* full */ }
            });
        });
    });

    // The offline page lists what this device has saved.
    var offlineList = document.querySelector("[data-offline-list]");
    if (offlineList) {
        var guides = remembered();
        Object.keys(guides).forEach(function (url) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = url;
            link.textContent = guides[url];
            item.appendChild(link);
            offlineList.appendChild(item);
        });
    }

    if (!("serviceWorker" in navigator)) { return; }
    var lang = document.documentElement.lang;
    var hubLink = document.querySelector("link[rel=offline]");
    var offlineUrl = hubLink ? hubLink.href : null;

    function send(message) {
        return navigator.serviceWorker.ready.then(function (registration) {
            return new Promise(function (resolve) {
                var channel = new MessageChannel();
                channel.port1.onmessage = function (event) { resolve(event.data); };
                registration.active.postMessage(message, [channel.port2]);
            });
        });
    }

    // Only what the service worker has just kept is listed as saved: not a page shown while
    // offline (it is the offline page), nor the offline page itself.
    function rememberKept(result) {
        (result && result.titles || []).forEach(function (pair) {
            if (pair[0] !== offlineUrl) { remember(pair[0], pair[1]); }
        });
    }

    navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(function () {
        var urls = offlineList ? [] : [location.pathname];
        if (offlineUrl) { urls.push(offlineUrl); }
        return send({ type: "cache", urls: urls, lang: lang, offline: offlineUrl });
    }).then(function (result) {
        rememberKept(result);
        document.documentElement.dataset.offlineReady = "1";
    }).catch(function () { /* offline reading is a bonus */ });

    var button = document.querySelector("[data-save-offline]");
    var status = document.querySelector("[data-offline-status]");
    if (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var urls = button.dataset.saveOffline.split(" ");
            button.disabled = true;
            send({ type: "cache", urls: urls, lang: lang, offline: offlineUrl }).then(function (result) {
                rememberKept(result);
                if (status) { status.textContent = button.dataset.savedText || "✓"; }
                button.disabled = false;
            });
        });
    }
})();
