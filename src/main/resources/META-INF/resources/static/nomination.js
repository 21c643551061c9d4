// The nomination form lists the fields of both kinds in fieldsets so that it works without script; here only the
// chosen kind's fieldset stays. The other is disabled as well as hidden, so that nothing in it is sent.
document.querySelectorAll('select[data-kind-switch]').forEach(function (select) {
  var form = select.form;
  function show() {
    form.querySelectorAll('fieldset.kind-fields').forEach(function (set) {
      var chosen = set.getAttribute('data-kind') === select.value;
      set.hidden = !chosen;
      set.disabled = !chosen;
    });
  }
  select.addEventListener('change', show);
  show();
});
// The decision page previews the prize money for the signing date: a new date asks the server for the preview again
// (the same "Xem trước" button that works without script), keeping what was typed and ticked.
document.querySelectorAll('input[data-preview-on-change]').forEach(function (input) {
  input.addEventListener('change', function () {
    var button = document.getElementById(input.getAttribute('data-preview-on-change'));
    if (button && input.value) {
      input.form.requestSubmit(button);
    }
  });
});
