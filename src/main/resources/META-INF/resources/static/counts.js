// Keeps the invitation counts live: re-reads them every 15 seconds while the page is open, and every second while
// a long action of the page (a form with data-busy: issue, send, remind) is running. Such a form, once submitted,
// disables the page's action buttons and shows its data-busy text in #busy until the answer page replaces this one.
(function () {
  var box = document.getElementById('invitation-counts');
  var refresh = function () {
    if (!box || !box.dataset.source) { return; }
    fetch(box.dataset.source, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (counts) {
        if (!counts) { return; }
        box.querySelectorAll('[data-count]').forEach(function (el) {
          if (counts[el.dataset.count] !== undefined) { el.textContent = counts[el.dataset.count]; }
        });
      })
      .catch(function () { /* offline for a moment: keep the last counts */ });
  };
  var timer = box && box.dataset.source ? setInterval(refresh, 15000) : null;

  var busy = document.getElementById('busy');
  var running = false;
  document.querySelectorAll('form[data-busy]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (running) { event.preventDefault(); return; } // one long action at a time: a second click waits for the first
      running = true;
      // Disabled once the submission has started.
      setTimeout(function () {
        document.querySelectorAll('form[data-busy] button').forEach(function (b) { b.disabled = true; });
      }, 0);
      if (busy) {
        busy.textContent = form.dataset.busy;
        busy.hidden = false;
      }
      if (timer) { clearInterval(timer); }
      timer = setInterval(refresh, 1000);
    });
  });
})();
