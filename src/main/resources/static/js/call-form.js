// Call taking: picking the address and the people, Enter that never submits by accident, and a
// submit that shows progress, gives up with a clear message, and never loses what was typed.
(function () {
  var form = document.getElementById('call-form');
  if (!form) { return; }
  var pickFirstOnLoad = {};

  function checkPlace() { document.getElementById('context-button').click(); }

  function pickAddress(pick) {
    document.getElementById('locationId').value = pick.getAttribute('data-location-id');
    document.getElementById('addressQuery').value = pick.getAttribute('data-address');
    document.getElementById('latitude').value = '';
    document.getElementById('longitude').value = '';
    document.getElementById('addresses').innerHTML = '';
    checkPlace();
    document.getElementById('addressQuery').focus();
  }

  function pickPerson(pick) {
    var id = pick.getAttribute('data-person-id');
    var list = document.getElementById('named-people');
    if (!list.querySelector('input[name="personIds"][value="' + id + '"]')) {
      var li = document.createElement('li');
      li.className = 'named-person';
      var input = document.createElement('input');
      input.type = 'hidden'; input.name = 'personIds'; input.value = id;
      var name = document.createElement('strong');
      name.textContent = pick.getAttribute('data-name');
      var caller = document.createElement('label');
      caller.className = 'choice';
      var radio = document.createElement('input');
      radio.type = 'radio'; radio.name = 'callerPersonId'; radio.value = id;
      caller.appendChild(radio);
      caller.appendChild(document.createTextNode(' This is the caller'));
      var remove = document.createElement('button');
      remove.type = 'button'; remove.className = 'secondary remove-person'; remove.textContent = 'Remove';
      li.appendChild(input);
      li.appendChild(name);
      pick.querySelectorAll('.marker').forEach(function (m) {
        li.appendChild(document.createTextNode(' '));
        li.appendChild(m.cloneNode(true));
      });
      li.appendChild(document.createTextNode(' '));
      li.appendChild(caller);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(remove);
      list.appendChild(li);
    }
    document.getElementById('people-matches').innerHTML = '';
    var query = document.getElementById('personQuery');
    query.value = '';
    query.focus();
    checkPlace();
  }

  document.addEventListener('click', function (e) {
    var target = e.target.closest ? e.target : null;
    if (!target) { return; }
    var address = target.closest('.pick-address');
    if (address) { pickAddress(address); return; }
    var person = target.closest('.pick-person');
    if (person) { pickPerson(person); return; }
    var remove = target.closest('.remove-person');
    if (remove) { remove.closest('li').remove(); checkPlace(); }
  });

  // Enter in a text field never submits the call. In the address or person box it picks the first
  // match, asking for the matches at once when they have not come yet.
  form.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
    var el = e.target;
    if (el.tagName !== 'INPUT' || ['checkbox', 'radio', 'submit', 'button'].indexOf(el.type) >= 0) { return; }
    e.preventDefault();
    var results = { addressQuery: ['#addresses', '.pick-address'], personQuery: ['#people-matches', '.pick-person'] }[el.id];
    if (!results) { return; }
    var first = document.querySelector(results[0] + ' ' + results[1]);
    if (first && !el.hasAttribute('data-pending')) { first.click(); return; }
    pickFirstOnLoad[results[0]] = results[1];
    if (window.htmx) { htmx.trigger(el, 'pick-now'); }
  });
  document.addEventListener('htmx:beforeRequest', function (e) {
    if (e.target && (e.target.id === 'addressQuery' || e.target.id === 'personQuery')) {
      e.target.setAttribute('data-pending', '');
    }
  });
  document.addEventListener('htmx:afterSwap', function (e) {
    var source = e.detail.requestConfig && e.detail.requestConfig.elt;
    if (source && source.removeAttribute) { source.removeAttribute('data-pending'); }
    var target = '#' + e.detail.target.id;
    var pick = pickFirstOnLoad[target];
    if (!pick) { return; }
    delete pickFirstOnLoad[target];
    var first = e.detail.target.querySelector(pick);
    if (first) { first.click(); }
  });

  // Submitting: the button says what is happening and for how long; after the time-out, or on any
  // failure, the call stays in the page as typed, and the next submit carries the same form key,
  // so a call that did get through in the meantime is found, not recorded twice.
  var button = document.getElementById('create-incident');
  var status = document.getElementById('submit-status');
  var sending = false;

  function showError(message) {
    var error = document.getElementById('call-error');
    if (!error) {
      error = document.createElement('p');
      error.id = 'call-error'; error.className = 'error'; error.setAttribute('role', 'alert');
      form.parentNode.insertBefore(error, form);
    }
    error.textContent = message;
    error.scrollIntoView({ block: 'nearest' });
  }

  function done() {
    sending = false;
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (sending || !form.reportValidity()) { return; }
    sending = true;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    var started = Date.now();
    var limit = parseInt(form.getAttribute('data-submit-timeout'), 10) || 15000;
    status.textContent = 'Creating the incident…';
    var ticker = setInterval(function () {
      status.textContent = 'Creating the incident… ' + Math.round((Date.now() - started) / 1000) + ' s';
    }, 1000);
    var abort = new AbortController();
    var timer = setTimeout(function () { abort.abort(); }, limit);
    fetch(form.action, {
      method: 'POST', body: new URLSearchParams(new FormData(form)), signal: abort.signal,
      credentials: 'same-origin', headers: { 'Accept': 'text/html' }
    }).then(function (response) {
      if (response.redirected && /\/incidents\/\d+/.test(new URL(response.url).pathname)) {
        status.textContent = 'Recorded: opening the incident…';
        window.location.assign(response.url);
        return null;
      }
      return response.text().then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var error = page.getElementById('call-error');
        status.textContent = '';
        showError(error ? error.textContent
          : 'The call could not be recorded (the system answered ' + response.status + '). It is kept here: press Create incident to try again.');
        done();
      });
    }).catch(function () {
      status.textContent = '';
      showError(abort.signal.aborted
        ? 'No answer within ' + Math.round(limit / 1000) + ' s: the call may not be recorded yet. It is kept here as typed: '
          + 'press Create incident to try again; it will not be recorded twice.'
        : 'The system could not be reached. The call is kept here as typed: press Create incident to try again; it will not be recorded twice.');
      done();
    }).finally(function () {
      clearInterval(ticker);
      clearTimeout(timer);
    });
  });
})();
