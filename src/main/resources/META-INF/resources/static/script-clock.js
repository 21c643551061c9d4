// The MC's script: marks the item under way from the clock every 30 seconds (the server marked it when it served the
// page). Times carry the conference's UTC offset, so a device set to another zone still finds the right item.
(function () {
  var entries = Array.prototype.slice.call(document.querySelectorAll('.script-entry[data-starts]'));
  if (!entries.length) { return; }
  var last = null;
  var mark = function () {
    var now = new Date();
    var current = null;
    entries.forEach(function (el) {
      var on = new Date(el.dataset.starts) <= now && now < new Date(el.dataset.ends);
      el.classList.toggle('current', on);
      if (on) { el.setAttribute('aria-current', 'time'); current = el; } else { el.removeAttribute('aria-current'); }
    });
    if (current && current !== last) { current.scrollIntoView({ block: 'start', behavior: 'smooth' }); }
    last = current;
  };
  mark();
  setInterval(mark, 30000);
})();
