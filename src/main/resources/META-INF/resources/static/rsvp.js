// Shows the substitute's fields only when "send a substitute" is chosen (the server checks them either way).
(function () {
  var fields = document.getElementById('substitute-fields');
  var radios = document.querySelectorAll('input[name=answer]');
  function update() {
    var delegate = document.getElementById('answer-DELEGATE');
    fields.hidden = !(delegate && delegate.checked);
  }
  radios.forEach(function (r) { r.addEventListener('change', update); });
  update();
})();
