/* Loket: fetch the search index only when someone opens the search, and the page's own index.
 *
 * Material requests search/search_index.json right after the page loads. This script holds that
 * one request back until the search field gets focus, the search is opened, or the address asks
 * for a search (?q=). A page in another language than the site's (English) names its own index
 * in <meta name="loket-zoekindex">: the request goes there instead, so English pages search
 * English pages only. Everything else is left as it is; without JavaScript nothing changes. */
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
  var eigen = document.querySelector('meta[name="loket-zoekindex"]');
  var eigenIndex = eigen ? new URL(eigen.getAttribute("content"), location.href).href : null;

  XMLHttpRequest.prototype.open = function (methode, url) {
    var args = Array.prototype.slice.call(arguments);
    this.__loketIndex = String(url).indexOf(INDEX) !== -1;
    if (this.__loketIndex && eigenIndex) args[1] = eigenIndex;
    return origineelOpen.apply(this, args);
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
