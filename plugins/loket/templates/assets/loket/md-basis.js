/* Loket: the globals Material's bundle expects before it runs. Material's base template defines
   them in an inline script; Loket's Content-Security-Policy allows no inline script, so they
   come from this file instead, with the same meaning. The reader's preferences (colour scheme)
   are kept in localStorage under a key scoped to the site's base path. */
(function () {
  "use strict";
  window.__md_scope = new URL(document.currentScript.dataset.mdScope, location);
  window.__md_hash = function (tekst) {
    var hash = 0;
    for (var teken of tekst) hash = (hash << 5) - hash + teken.charCodeAt(0);
    return hash;
  };
  window.__md_get = function (sleutel, opslag, bereik) {
    opslag = opslag || localStorage;
    bereik = bereik || window.__md_scope;
    return JSON.parse(opslag.getItem(bereik.pathname + "." + sleutel));
  };
  window.__md_set = function (sleutel, waarde, opslag, bereik) {
    opslag = opslag || localStorage;
    bereik = bereik || window.__md_scope;
    try {
      opslag.setItem(bereik.pathname + "." + sleutel, JSON.stringify(waarde));
    } catch (fout) {
      /* private mode or full storage: the preference is simply not kept */
    }
  };
})();
