// Uploads an interview recording from the exhibit page through the resumable upload API: the file is
// sent in parts at the offset the server reports, a broken part is resumed from what arrived, then
// the sealed file is marked as an interview recording and its page opened.
(function () {
  'use strict';
  var PART = 8 * 1024 * 1024;
  function headers(extra) {
    var h = extra || {};
    var token = document.querySelector('meta[name="_csrf"]');
    var name = document.querySelector('meta[name="_csrf_header"]');
    if (token && name) { h[name.content] = token.content; }
    return h;
  }
  function problem(r) {
    return r.json().then(function (p) {
      var words = p.detail || p.title || 'The server refused the upload.';
      if (p.errors) { words = p.errors.map(function (e) { return e.field + ': ' + e.message; }).join(' '); }
      throw new Error(words);
    }, function () { throw new Error('The server refused the upload (' + r.status + ').'); });
  }
  function offset(url) {
    return fetch(url, { headers: headers() }).then(function (r) {
      return r.ok ? r.json().then(function (p) { return p.received; }) : problem(r);
    });
  }
  function send(url, file, from, say, tries) {
    if (from >= file.size) { return Promise.resolve(); }
    var to = Math.min(file.size, from + PART);
    return fetch(url, {
      method: 'PATCH',
      headers: headers({ 'Upload-Offset': String(from), 'Content-Type': 'application/offset+octet-stream' }),
      body: file.slice(from, to)
    }).then(function (r) {
      if (!r.ok) { return problem(r); }
      return r.json().then(function (p) {
        say('Sent ' + Math.floor(100 * p.received / Math.max(1, file.size)) + ' % (' + p.received + ' of ' + file.size + ' bytes).');
        return send(url, file, p.received, say, 0);
      });
    }, function () {
      if (tries >= 5) { throw new Error('The connection broke five times; try again later: the upload resumes where it stopped.'); }
      say('The connection broke; resuming from what arrived.');
      return new Promise(function (ok) { setTimeout(ok, 1000 * (tries + 1)); })
        .then(function () { return offset(url); })
        .then(function (at) { return send(url, file, at, say, tries + 1); });
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('recording-upload');
    if (!form) { return; }
    var out = document.getElementById('upload-progress');
    function say(t) { out.textContent = t; }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var file = document.getElementById('recording-file').files[0];
      if (!file) { say('Choose the audio or video file first.'); return; }
      var detention = document.getElementById('detentionId').value.trim();
      var interview = document.getElementById('interview').value.trim();
      var item;
      say('Starting the upload.');
      fetch('/api/v1/exhibits/' + form.getAttribute('data-exhibit') + '/digital-evidence', {
        method: 'POST',
        headers: headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ fileName: file.name, mediaType: file.type || 'application/octet-stream', size: file.size })
      }).then(function (r) { return r.ok ? r.json() : problem(r); })
        .then(function (created) { item = created.id; return send(created.upload, file, 0, say, 0); })
        .then(function () {
          say('Sealed. Marking it as an interview recording.');
          return fetch('/api/v1/digital-evidence/' + item + '/recording', {
            method: 'POST',
            headers: headers({ 'Content-Type': 'application/json' }),
            body: JSON.stringify({ detentionId: detention ? Number(detention) : null, interview: interview ? Number(interview) : null })
          });
        })
        .then(function (r) { return r.ok ? (window.location.href = '/recordings/' + item) : problem(r); })
        .catch(function (err) { say(err.message); });
    });
  });
})();
