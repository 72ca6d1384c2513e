/* Loket: fetch the search index only when someone opens the search.
 *
 * Material requests search/search_index.json right after the page loads. This script holds that
 * one request back until the search field gets focus, the search is opened, or the address asks
 * for a search (?q=). Everything else is left as it is; without JavaScript nothing changes. */
(function () {
  "use strict";
  var INDEX = "search/search_index.json";
  var wachtend = [];
  var open = /[?&]q=/.test(location.search);

  function start() {
    if (open) return;
    open = true;
    wachtend.splice(0).forEach(function (verstuur) { verstuur(); });
  }

  var origineelOpen = XMLHttpRequest.prototype.open;
  var origineelSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (methode, url) {
    this.__loketIndex = String(url).indexOf(INDEX) !== -1;
    return origineelOpen.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (xhr.__loketIndex && !open) {
      wachtend.push(function () { origineelSend.apply(xhr, args); });
      return undefined;
    }
    return origineelSend.apply(xhr, args);
  };

  document.addEventListener("focusin", function (e) {
    if (e.target && e.target.matches && e.target.matches(".md-search__input")) start();
  });
  document.addEventListener("change", function (e) {
    if (e.target && e.target.id === "__search" && e.target.checked) start();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" || e.key === "s" || e.key === "f") start();  /* Material's search keys */
  });
})();
