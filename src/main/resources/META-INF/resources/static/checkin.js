// Check-in at the door: a handheld scanner types the code and presses Enter (plain form submit);
// on a phone, the camera is read with the browser's BarcodeDetector when it has one.
(function () {
  var start = document.getElementById('camera-start');
  var message = document.getElementById('camera-message');
  var video = document.getElementById('camera');
  var field = document.getElementById('checkin-code');
  var form = document.getElementById('checkin-form');
  function say(text) { message.textContent = text; message.hidden = false; }
  start.addEventListener('click', function () {
    if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      say(message.dataset.unsupported);
      return;
    }
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      return video.play().then(function () {
        var scan = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length > 0) {
              stream.getTracks().forEach(function (t) { t.stop(); });
              field.value = codes[0].rawValue;
              form.submit();
            } else {
              requestAnimationFrame(scan);
            }
          }).catch(function () { requestAnimationFrame(scan); });
        };
        scan();
      });
    }).catch(function (e) { say(message.dataset.error + e.message); });
  });
})();
