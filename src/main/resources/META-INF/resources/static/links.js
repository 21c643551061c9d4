// Links that act in the browser, without inline script (the Content-Security-Policy allows none): data-back goes
// back one page when there is one (its href is the fallback), data-print opens the print dialog.
document.querySelectorAll('a[data-back]').forEach(function (link) {
  link.addEventListener('click', function (event) {
    if (window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });
});
document.querySelectorAll('a[data-print]').forEach(function (link) {
  link.addEventListener('click', function (event) {
    event.preventDefault();
    window.print();
  });
});
// A notice after a change (?saved=, ?added=) is said once: its parameters leave the address, so F5 or a bookmark
// does not repeat it. data-once names the parameters.
document.querySelectorAll('[data-once]').forEach(function (notice) {
  var url = new URL(window.location.href);
  notice.getAttribute('data-once').split(' ').forEach(function (name) {
    url.searchParams.delete(name);
  });
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
});
