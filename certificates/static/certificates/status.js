// While a certificate is being prepared (its PDF is rendered in the task queue), ask its
// status every few seconds and show the download link once it is ready. Without JavaScript
// the page offers a "Check again" link instead.
(function () {
  "use strict";
  var box = document.querySelector("[data-certificate-status]");
  if (!box) return;
  var delay = 2000;
  var tries = 0;
  function check() {
    tries += 1;
    fetch(box.getAttribute("data-certificate-status"), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data && data.ready) {
          box.querySelector("[data-pending]").hidden = true;
          box.querySelector("[data-ready]").hidden = false;
        } else if (data && data.status === "pending" && tries < 60) {
          window.setTimeout(check, Math.min(delay * tries, 10000));
        }
      })
      .catch(function () {
        if (tries < 60) window.setTimeout(check, 10000);
      });
  }
  window.setTimeout(check, delay);
})();
