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

/* Material swaps the page's class "no-js" for "js" when its bundle runs, at the end of the body.
   Doing it here, in the head, lets what works only with JavaScript (the sociale kaart's filter)
   show from the first paint instead of appearing later and pushing the content down. */
document.documentElement.classList.remove("no-js");
document.documentElement.classList.add("js");

/* Material marks its drawer and search toggles autocomplete="off", so that a browser coming back
   to the page does not restore them open. That attribute is not allowed on a checkbox, so
   Loket's base.html leaves it out and closes them here when the reader comes back instead. */
window.addEventListener("pageshow", function (gebeurtenis) {
  "use strict";
  var navigatie = performance.getEntriesByType("navigation")[0];
  if (!gebeurtenis.persisted && !(navigatie && navigatie.type === "back_forward")) return;
  ["__drawer", "__search"].forEach(function (id) {
    var schakelaar = document.getElementById(id);
    if (schakelaar && schakelaar.checked) {
      schakelaar.checked = false;
      schakelaar.dispatchEvent(new CustomEvent("change"));
    }
  });
});
