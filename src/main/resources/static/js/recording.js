// The interview recording page: jump to a bookmark, take the player's time for a new bookmark,
// seek by choosing a point of the waveform, and look again while the working copy is derived.
(function () {
  'use strict';
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function timecode(seconds) {
    var s = Math.floor(seconds);
    var tenths = Math.floor((seconds - s) * 10);
    var text = Math.floor(s / 3600) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
    return tenths > 0 ? text + '.' + tenths : text;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var player = document.getElementById('player');
    var state = document.getElementById('derivation-state');
    if (state && state.getAttribute('data-pending') === 'true') {
      setTimeout(function () { window.location.reload(); }, 3000);
    }
    document.querySelectorAll('button.jump').forEach(function (b) {
      b.addEventListener('click', function () {
        if (!player) { return; }
        player.currentTime = parseFloat(b.getAttribute('data-at'));
        player.focus();
      });
    });
    var use = document.getElementById('use-time');
    if (use && player) {
      use.addEventListener('click', function () {
        document.getElementById('at').value = timecode(player.currentTime || 0);
        document.getElementById('note').focus();
      });
    }
    var wave = document.getElementById('waveform');
    if (wave && player) {
      wave.addEventListener('click', function (e) {
        if (!player.duration || !isFinite(player.duration)) { return; }
        var box = wave.getBoundingClientRect();
        player.currentTime = player.duration * Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
      });
    }
  });
})();
