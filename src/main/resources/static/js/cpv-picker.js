// The one CPV picker (templates/fragments/cpv.html): progressive enhancement only; the codes can always be typed.
// An input with data-cpv-field searches as one types; with data-cpv-list it holds several codes and the picker
// searches for and replaces the last one. A suggestion fills in its code and shows its place in the hierarchy.
(function () {
  'use strict';

  var SEPARATORS = /[\s,;]+/;

  function fieldId(field) {
    return field.replace(/[\[\]]/g, '');
  }

  function isList(input) {
    return input.hasAttribute('data-cpv-list');
  }

  // The picker searches for what is being typed: the whole field, or the last code of a list.
  document.addEventListener('htmx:configRequest', function (event) {
    var input = event.detail.elt;
    if (!input || !input.hasAttribute('data-cpv-field')) { return; }
    var typed = isList(input) ? input.value.split(SEPARATORS).pop() : input.value;
    event.detail.parameters = { q: typed.trim(), field: input.getAttribute('data-cpv-field') };
  });

  document.addEventListener('click', function (event) {
    var choice = event.target.closest('[data-cpv-code]');
    if (!choice) { return; }
    var input = document.getElementById(fieldId(choice.getAttribute('data-cpv-target')));
    if (!input) { return; }
    var code = choice.getAttribute('data-cpv-code');
    var paths = document.getElementById(input.id + '-path');
    var line = document.createElement('li');
    line.textContent = choice.getAttribute('data-cpv-path');
    if (isList(input)) {
      var parts = input.value.split(SEPARATORS);
      parts.pop();
      var codes = parts.filter(function (c) { return c.length > 0; });
      codes.push(code);
      input.value = codes.join(', ');
    } else {
      input.value = code;
      if (paths) { paths.textContent = ''; }
    }
    if (paths) { paths.appendChild(line); }
    var suggestions = choice.closest('.samspil-cpv-suggestions');
    if (suggestions) { suggestions.textContent = ''; }
    input.focus();
  });
})();
