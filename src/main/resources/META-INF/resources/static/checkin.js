// The check-in desk. Without this script every action is a plain form and the page reloads; with it the code form and
// each "check in" button of the search post to the desk's /result and the answer fills the large panel at once, with
// a beep (Web Audio, no sound files), and the figures are re-read every few seconds. The camera reads QR codes with
// the browser's BarcodeDetector when it has one for QR, else with jsQR (static/vendor/jsqr, loaded only then).
(function () {
  'use strict';
  var desk = document.getElementById('desk');
  if (!desk) { return; }
  var form = document.getElementById('checkin-form');
  var field = document.getElementById('checkin-code');
  var panel = document.getElementById('checkin-result');
  var soundOn = document.getElementById('checkin-sound');
  var CLASSES = ['checkin-ok', 'checkin-already', 'checkin-unknown'];

  // --- sound: a context may only start inside a user gesture (iOS Safari), so it is made on the first tap or key.
  var audio = null;
  function unlockAudio() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) { return; }
    if (!audio) { audio = new Context(); }
    if (audio.state === 'suspended') { audio.resume(); }
  }
  document.addEventListener('pointerdown', unlockAudio);
  document.addEventListener('keydown', unlockAudio);
  var TONES = {
    ok: { wave: 'sine', notes: [[880, 0, 0.12], [1320, 0.14, 0.2]] },
    already: { wave: 'triangle', notes: [[620, 0, 0.16], [620, 0.24, 0.16]] },
    unknown: { wave: 'square', notes: [[200, 0, 0.55]] }
  };
  function beep(outcome) {
    if (!audio || !soundOn || !soundOn.checked) { return; }
    var tone = TONES[outcome] || TONES.unknown;
    tone.notes.forEach(function (n) {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      var at = audio.currentTime + n[1];
      osc.type = tone.wave;
      osc.frequency.value = n[0];
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + n[2]);
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start(at);
      osc.stop(at + n[2] + 0.02);
    });
  }

  // --- the large panel
  function text(id, value) { document.getElementById(id).textContent = value || ''; }
  function show(result) {
    CLASSES.forEach(function (c) { panel.classList.remove(c); });
    panel.classList.add('checkin-' + result.outcome);
    panel.dataset.outcome = result.outcome;
    text('checkin-verdict', result.verdict);
    text('checkin-name', result.name);
    text('checkin-details', result.details);
    text('checkin-note', result.note);
    panel.hidden = false;
    var box = panel.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) { panel.scrollIntoView({ block: 'start' }); }
    beep(result.outcome);
  }

  function post(body) {
    return fetch(desk.dataset.result, {
      method: 'POST', body: body, credentials: 'same-origin', headers: { 'Accept': 'application/json' }
    }).then(function (r) { return r.json(); })
      .then(function (result) {
        // Refused before the desk answered (expired session, CSRF): the error's own words, still a red panel.
        return result && result.outcome ? result
          : { outcome: 'unknown', verdict: desk.dataset.unknown, note: (result && result.detail) || desk.dataset.failed };
      })
      .catch(function () { return { outcome: 'unknown', verdict: desk.dataset.unknown, note: desk.dataset.failed }; })
      .then(function (result) { show(result); refresh(); return result; });
  }

  // A handheld scanner types into the field again at once; the camera does not need it (and focusing it would open
  // the phone's keyboard over the picture).
  function checkInCode(code, refocus) {
    field.value = code;
    var body = new URLSearchParams(new FormData(form));
    field.value = '';
    if (refocus) { field.focus(); }
    return post(body);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (field.value.trim() !== '') { checkInCode(field.value.trim(), true); }
  });

  document.querySelectorAll('form.desk-admit').forEach(function (admit) {
    admit.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = admit.querySelector('button');
      button.disabled = true;
      post(new URLSearchParams(new FormData(admit))).then(function (result) {
        if (result.outcome === 'unknown') { button.disabled = false; return; }
        var badge = document.createElement('span');
        badge.className = 'badge arrived';
        badge.textContent = result.arrived;
        admit.replaceWith(badge);
      });
    });
  });

  // --- live figures
  function rows(tbody, items, cells) {
    tbody.textContent = '';
    items.forEach(function (item) {
      var tr = document.createElement('tr');
      cells(item).forEach(function (c) {
        var td = document.createElement('td');
        td.textContent = c[0];
        if (c[1]) { td.className = c[1]; }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
  }
  function refresh() {
    return fetch(desk.dataset.status, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) { return; }
        desk.querySelectorAll('[data-figure]').forEach(function (el) { el.textContent = s[el.dataset.figure]; });
        rows(document.querySelector('#desk-groups tbody'), s.groups, function (g) {
          return [[g.label], [g.arrived, 'num'], [g.expected, 'num']];
        });
        var list = document.getElementById('desk-recent');
        list.textContent = '';
        s.recent.forEach(function (a) {
          var li = document.createElement('li');
          var time = document.createElement('span');
          time.className = 'time';
          time.textContent = a.time;
          var name = document.createElement('strong');
          name.textContent = a.name;
          li.append(time, ' ', name);
          if (a.unit) {
            var unit = document.createElement('small');
            unit.className = 'muted';
            unit.textContent = a.unit;
            li.append(' ', unit);
          }
          list.appendChild(li);
        });
        document.getElementById('desk-recent-none').hidden = s.recent.length > 0;
      })
      .catch(function () { /* offline for a moment: keep the last figures */ });
  }
  setInterval(function () { if (!document.hidden) { refresh(); } }, 5000);

  // --- camera
  var start = document.getElementById('camera-start');
  var stop = document.getElementById('camera-stop');
  var message = document.getElementById('camera-message');
  var video = document.getElementById('camera');
  var stream = null;
  function say(words) { message.textContent = words; message.hidden = false; }

  if (!window.isSecureContext || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    // Browsers open the camera only for HTTPS pages (or localhost): say so now, the other two ways stay.
    say(window.isSecureContext ? message.dataset.unsupported : message.dataset.insecure);
    start.disabled = true;
    return;
  }

  function loadJsQr() {
    return new Promise(function (resolve, reject) {
      if (window.jsQR) { resolve(); return; }
      var script = document.createElement('script');
      script.src = desk.dataset.decoder;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    }).then(function () {
      var canvas = document.createElement('canvas');
      var context = canvas.getContext('2d', { willReadFrequently: true });
      return function (source) {
        var scale = Math.min(1, 640 / source.videoWidth);
        canvas.width = Math.round(source.videoWidth * scale);
        canvas.height = Math.round(source.videoHeight * scale);
        context.drawImage(source, 0, 0, canvas.width, canvas.height);
        var image = context.getImageData(0, 0, canvas.width, canvas.height);
        var found = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
        return Promise.resolve(found ? found.data : null);
      };
    });
  }
  function decoder() {
    if (!('BarcodeDetector' in window)) { return loadJsQr(); }
    return window.BarcodeDetector.getSupportedFormats().then(function (formats) {
      if (formats.indexOf('qr_code') < 0) { return loadJsQr(); }
      var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      return function (source) {
        return detector.detect(source).then(function (codes) { return codes.length ? codes[0].rawValue : null; });
      };
    });
  }

  // The same letter held in front of the camera is read many times a second: one check-in per letter and pause.
  var last = null;
  var lastAt = 0;
  function scan(read) {
    if (!stream) { return; }
    var next = function () { setTimeout(function () { scan(read); }, 150); };
    if (video.readyState < 2) { next(); return; }
    read(video).then(function (code) {
      if (code && (code !== last || Date.now() - lastAt > 5000)) {
        last = code;
        lastAt = Date.now();
        return checkInCode(code, false);
      }
      return null;
    }).catch(function () { return null; }).then(next);
  }

  function stopCamera() {
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
    stream = null;
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
    message.hidden = true;
  }
  start.addEventListener('click', function () {
    Promise.all([decoder(), navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })])
      .then(function (ready) {
        stream = ready[1];
        video.srcObject = stream;
        video.hidden = false;
        start.hidden = true;
        stop.hidden = false;
        say(message.dataset.scanning);
        return video.play().then(function () { scan(ready[0]); });
      })
      .catch(function (e) { stopCamera(); say(message.dataset.error + (e && e.message ? e.message : e)); });
  });
  stop.addEventListener('click', stopCamera);
})();
