// The CPV suggestions on the alert form: progressive enhancement only; the codes can always be typed.
(function () {
  'use strict';

  var SEPARATORS = /[\s,;]+/;

  // Search for the code being typed: the last one in the list.
  document.addEventListener('htmx:configRequest', function (event) {
    var input = event.detail.elt;
    if (!input || !input.hasAttribute('data-alerts-cpv')) { return; }
    event.detail.parameters = { q: input.value.split(SEPARATORS).pop().trim() };
  });

  document.addEventListener('click', function (event) {
    var choice = event.target.closest('[data-alerts-cpv-code]');
    if (!choice) { return; }
    var input = document.querySelector('[data-alerts-cpv]');
    if (!input) { return; }
    var parts = input.value.split(SEPARATORS);
    parts.pop();
    var codes = parts.filter(function (c) { return c.length > 0; });
    codes.push(choice.getAttribute('data-alerts-cpv-code'));
    input.value = codes.join(', ') + ', ';
    var suggestions = choice.closest('.samspil-cpv-suggestions');
    if (suggestions) { suggestions.textContent = ''; }
    input.focus();
  });
})();
