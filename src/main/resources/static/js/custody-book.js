// Booking in: the detainee is picked from the person search, never typed as a number. Picking puts
// the person's record on the form and says who was chosen; Enter in the search box picks the first
// match and never submits the form.
(function () {
  var form = document.getElementById('book-form');
  if (!form) { return; }
  var pickFirst = false;

  function pick(button) {
    document.getElementById('personId').value = button.getAttribute('data-person-id');
    var chosen = document.getElementById('detainee-chosen');
    chosen.className = 'ok';
    chosen.textContent = 'Detainee: ' + button.getAttribute('data-name');
    document.getElementById('people-matches').innerHTML = '';
    document.getElementById('personQuery').value = button.getAttribute('data-name');
  }

  form.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('.pick-person') : null;
    if (button) { pick(button); }
  });
  form.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || e.target.id !== 'personQuery') { return; }
    e.preventDefault();
    var first = document.querySelector('#people-matches .pick-person');
    if (first && !e.target.hasAttribute('data-pending')) { pick(first); return; }
    pickFirst = true;
    if (window.htmx) { htmx.trigger(e.target, 'pick-now'); }
  });
  document.addEventListener('htmx:beforeRequest', function (e) {
    if (e.target && e.target.id === 'personQuery') { e.target.setAttribute('data-pending', ''); }
  });
  document.addEventListener('htmx:afterSwap', function (e) {
    if (e.detail.target.id !== 'people-matches') { return; }
    document.getElementById('personQuery').removeAttribute('data-pending');
    if (!pickFirst) { return; }
    pickFirst = false;
    var first = e.detail.target.querySelector('.pick-person');
    if (first) { pick(first); }
  });
  form.addEventListener('submit', function (e) {
    if (!document.getElementById('personId').value) {
      e.preventDefault();
      var chosen = document.getElementById('detainee-chosen');
      chosen.className = 'breach-text';
      chosen.textContent = 'Choose the detainee from the people found first.';
      document.getElementById('personQuery').focus();
    }
  });
})();
