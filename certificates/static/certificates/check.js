// The certificate check page: verifies the signed summary in the URL's fragment on this device
// (WebCrypto Ed25519) with the issuer's public keys, kept for offline use, and adds the live
// status when online. The byte format is specified in certificates/credentials/compact.py,
// which this file mirrors exactly; tests/certificates/test_check_page.py compares the two.
(function () {
    "use strict";
    var root = document.querySelector("[data-certificate-check]");
    if (!root) { return; }
    var text = root.dataset;
    var KEYS_STORE = "lms-certificate-issuer-keys";
    var DOMAIN = "lms-certificate-summary/1\n";
    var VERSION = 1;
    var SIGNATURE_BYTES = 64;
    var CODE_PATTERN = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{16}$/;
    var BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    // The characters of the bytes 0x80–0xFF, in compact.py's order.
    var TABLE = (
        "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ" +
        "абвгдежзийклмнопрстуфхцчшщъыьэюя" +
        "Ёё" +
        "ӘәҒғҚқҢңӨөҰұҮүҺһІі" +
        "ӢӣӮӯҲҳҶҷ" +
        "Ўў" +
        "ЄєЇїҐґ" +
        "ʻʼ‘’" +
        "«»“”„–—…№" +
        "äöüçşğıİÄÖÜÇŞĞé"
    );

    var result = root.querySelector("[data-check-result]");
    var facts = root.querySelector("[data-check-facts]");
    var live = root.querySelector("[data-check-live]");
    var details = root.querySelector("[data-check-details]");

    function Invalid(reason) { this.reason = reason; }

    function fromBase64url(value) {
        if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length % 4 === 1) {
            throw new Invalid("not base64url");
        }
        var padded = value.replace(/-/g, "+").replace(/_/g, "/");
        while (padded.length % 4) { padded += "="; }
        var binary = atob(padded);
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i += 1) { bytes[i] = binary.charCodeAt(i); }
        return bytes;
    }

    function fromBase58(value) {
        var bytes = [];
        for (var i = 0; i < value.length; i += 1) {
            var carry = BASE58.indexOf(value[i]);
            if (carry < 0) { throw new Invalid("not base58"); }
            for (var j = 0; j < bytes.length; j += 1) {
                carry += bytes[j] * 58;
                bytes[j] = carry & 0xff;
                carry >>= 8;
            }
            while (carry) { bytes.push(carry & 0xff); carry >>= 8; }
        }
        for (var k = 0; k < value.length && value[k] === "1"; k += 1) { bytes.push(0); }
        return new Uint8Array(bytes.reverse());
    }

    // A character with a byte of its own (ASCII or the table) must not be escaped.
    function hasOwnByte(char) {
        var code = char.codePointAt(0);
        return (code >= 0x20 && code <= 0x7e) || TABLE.indexOf(char) !== -1;
    }

    function decodeText(bytes) {
        var chars = [];
        var position = 0;
        var utf8 = new TextDecoder("utf-8", { fatal: true });
        while (position < bytes.length) {
            var byte = bytes[position];
            if (byte >= 0x20 && byte <= 0x7e) {
                chars.push(String.fromCharCode(byte));
                position += 1;
            } else if (byte >= 0x80) {
                chars.push(TABLE[byte - 0x80]);
                position += 1;
            } else if (byte === 0x7f && position + 1 < bytes.length) {
                var lead = bytes[position + 1];
                var length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4;
                var char;
                try {
                    char = utf8.decode(bytes.subarray(position + 1, position + 1 + length));
                } catch (error) {
                    throw new Invalid("invalid escaped character");
                }
                if (Array.from(char).length !== 1 || hasOwnByte(char)) {
                    throw new Invalid("invalid escaped character");
                }
                chars.push(char);
                position += 1 + length;
            } else {
                throw new Invalid("invalid byte in text");
            }
        }
        return chars.join("");
    }

    function sameBytes(a, b) {
        if (a.length !== b.length) { return false; }
        for (var i = 0; i < a.length; i += 1) { if (a[i] !== b[i]) { return false; } }
        return true;
    }

    // The issuer's Ed25519 public keys, as 32-byte arrays, from its DID document: fetched when
    // online (and kept on this device), the kept copy otherwise.
    function publicKeysFrom(document) {
        return (document.verificationMethod || []).map(function (method) {
            var data = fromBase58(String(method.publicKeyMultibase || "").slice(1));
            if (data.length !== 34 || data[0] !== 0xed || data[1] !== 0x01) { return null; }
            return data.subarray(2);
        }).filter(Boolean);
    }

    function issuerKeys() {
        return fetch(text.keysUrl, { credentials: "omit" }).then(function (response) {
            if (!response.ok) { throw new Error("no DID document"); }
            return response.json();
        }).then(function (document) {
            try { localStorage.setItem(KEYS_STORE, JSON.stringify(document)); } catch (e) { /* full */ }
            return publicKeysFrom(document);
        }).catch(function () {
            var kept = null;
            try { kept = JSON.parse(localStorage.getItem(KEYS_STORE) || "null"); } catch (e) { kept = null; }
            return kept ? publicKeysFrom(kept) : [];
        });
    }

    // The summary the fragment carries, once its signature is checked; rejects with Invalid.
    function verifySummary(fragment, keys) {
        var data = fromBase64url(fragment);
        if (data.length < 30 + SIGNATURE_BYTES || data[0] !== VERSION) {
            return Promise.reject(new Invalid("not a version 1 summary"));
        }
        var body = data.subarray(0, data.length - SIGNATURE_BYTES);
        var signature = data.subarray(data.length - SIGNATURE_BYTES);
        var kid = body.subarray(17, 22);
        return Promise.all(keys.map(function (key) {
            return crypto.subtle.digest("SHA-256", key).then(function (digest) {
                return sameBytes(new Uint8Array(digest).subarray(0, 5), kid) ? key : null;
            });
        })).then(function (matches) {
            var key = matches.filter(Boolean)[0];
            if (!key) { throw new Invalid("signed with a key the issuer does not publish"); }
            var domain = new TextEncoder().encode(DOMAIN);
            var signed = new Uint8Array(domain.length + body.length);
            signed.set(domain);
            signed.set(body, domain.length);
            return crypto.subtle.importKey("raw", key, { name: "Ed25519" }, false, ["verify"])
                .then(function (publicKey) {
                    return crypto.subtle.verify({ name: "Ed25519" }, publicKey, signature, signed);
                });
        }).then(function (valid) {
            if (!valid) { throw new Invalid("the signature does not match"); }
            return readFields(body);
        });
    }

    function readFields(body) {
        var code = String.fromCharCode.apply(null, body.subarray(1, 17));
        if (!CODE_PATTERN.test(code)) { throw new Invalid("invalid code"); }
        var view = new DataView(body.buffer, body.byteOffset, body.byteLength);
        var days = view.getUint16(22);
        var tenths = view.getUint32(24);
        var nameEnd = 29 + body[28];
        if (nameEnd >= body.length) { throw new Invalid("truncated summary"); }
        var courseEnd = nameEnd + 1 + body[nameEnd];
        if (courseEnd !== body.length) { throw new Invalid("field lengths do not match"); }
        return {
            code: code,
            completedOn: new Date(days * 86400000),
            hours: tenths / 10,
            name: decodeText(body.subarray(29, nameEnd)),
            course: decodeText(body.subarray(nameEnd + 1, courseEnd))
        };
    }

    function displayCode(code) { return code.match(/.{4}/g).join("-"); }

    function show(message, state) {
        result.textContent = message;
        result.className = "check-result" + (state === "valid" ? " status-complete" : state === "invalid" ? " status-failed" : "");
        result.dataset.state = state;
    }

    function showSummary(summary) {
        var language = document.documentElement.lang || undefined;
        var field = function (name) { return facts.querySelector("[data-field=" + name + "]"); };
        field("name").textContent = summary.name;
        field("course").textContent = summary.course;
        field("hours").textContent = summary.hours.toLocaleString(language);
        field("completed").textContent = summary.completedOn.toLocaleDateString(language, {
            day: "numeric", month: "long", year: "numeric", timeZone: "UTC"
        });
        field("code").textContent = displayCode(summary.code);
        facts.hidden = false;
        details.querySelector("a").href = text.verifyUrl.replace("CODE", displayCode(summary.code));
        details.hidden = false;
    }

    var LIVE = {
        valid: "textStatusValid", revoked: "textStatusRevoked", replaced: "textStatusReplaced",
        pending: "textStatusPending", not_found: "textStatusUnknown"
    };

    function showLiveStatus(code) {
        live.hidden = false;
        live.textContent = "";
        live.dataset.state = "";
        return fetch(text.statusUrl.replace("CODE", code), {
            credentials: "omit", cache: "no-store"
        }).then(function (response) {
            if (response.status !== 200 && response.status !== 404) { throw new Error("no status"); }
            return response.json();
        }).then(function (data) {
            var status = LIVE[data.status] ? data.status : "not_found";
            live.textContent = text[LIVE[status]];
            live.className = status === "valid" ? "status-complete" : "status-failed";
            live.dataset.state = status;
        }).catch(function () {
            live.textContent = text.textStatusOffline;
            live.className = "";
            live.dataset.state = "offline";
        });
    }

    var run = 0;

    function check() {
        var current = run += 1;
        var fragment = location.hash.replace(/^#/, "");
        facts.hidden = true;
        details.hidden = true;
        live.hidden = true;
        if (!fragment) { show(text.textEmpty, "empty"); return Promise.resolve(); }
        if (!window.crypto || !crypto.subtle || !window.TextDecoder) {
            show(text.textUnsupported, "unsupported");
            return Promise.resolve();
        }
        show(result.dataset.checking || result.textContent, "checking");
        return issuerKeys().then(function (keys) {
            if (current !== run) { return null; }
            if (!keys.length) { show(text.textNoKeys, "no-keys"); return null; }
            return verifySummary(fragment, keys).then(function (summary) {
                if (current !== run) { return null; }
                show(text.textValid, "valid");
                showSummary(summary);
                return showLiveStatus(summary.code);
            }, function (error) {
                if (current !== run) { return null; }
                if (error instanceof Invalid) { show(text.textInvalid, "invalid"); return null; }
                // Ed25519 missing from this browser's WebCrypto.
                show(text.textUnsupported, "unsupported");
                return null;
            });
        }).then(function () {
            if (current === run) { document.documentElement.dataset.checked = String(current); }
        });
    }

    result.dataset.checking = result.textContent;
    window.addEventListener("hashchange", check);
    check();

    if ("serviceWorker" in navigator) {
        navigator.serviceWorker.register(text.serviceWorker).then(function () {
            return navigator.serviceWorker.ready;
        }).then(function () {
            document.documentElement.dataset.offlineReady = "1";
        }).catch(function () { /* checking offline is a bonus */ });
    }
})();
