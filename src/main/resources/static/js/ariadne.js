// Ariadne's only script: progressive enhancement. Every page works without it.
(function () {
  "use strict";
  // htmx requests carry the CSRF token of the page.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.getAttribute("content")] = token.getAttribute("content");
    }
  });
  // Forms that change something irreversible ask first (data-confirm="question").
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);
  // After a server-side validation error, move focus to the list of problems.
  document.addEventListener("DOMContentLoaded", function () {
    var problems = document.getElementById("problems");
    if (problems) { problems.focus(); }
  });
})();
