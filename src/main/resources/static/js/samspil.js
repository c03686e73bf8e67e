// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    if (window.DKFDS) { window.DKFDS.init(); }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    if (window.DKFDS) { window.DKFDS.init({ scope: event.target }); }
  });
  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { event.detail.headers[header.content] = token.content; }
  });
})();
