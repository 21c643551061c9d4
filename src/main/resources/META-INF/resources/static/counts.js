// Keeps the invitation counts live: re-reads them every 15 seconds while the page is open.
(function () {
  var box = document.getElementById('invitation-counts');
  if (!box || !box.dataset.source) { return; }
  setInterval(function () {
    fetch(box.dataset.source, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (counts) {
        if (!counts) { return; }
        box.querySelectorAll('[data-count]').forEach(function (el) { el.textContent = counts[el.dataset.count]; });
      })
      .catch(function () { /* offline for a moment: keep the last counts */ });
  }, 15000);
})();
