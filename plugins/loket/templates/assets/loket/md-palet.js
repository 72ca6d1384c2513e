/* Loket: restore the colour scheme the reader chose, before the page is painted (Material does
   this in an inline script, which Loket's Content-Security-Policy does not allow). */
(function () {
  "use strict";
  var palet = __md_get("__palette");
  if (!palet || !palet.color) return;
  var kleur = palet.color;
  if (kleur.media === "(prefers-color-scheme)") {
    var licht = matchMedia("(prefers-color-scheme: light)").matches;
    var media = licht ? "(prefers-color-scheme: light)" : "(prefers-color-scheme: dark)";
    var keuze = document.querySelector("[data-md-color-media='" + media + "']");
    if (keuze) {
      ["media", "scheme", "primary", "accent"].forEach(function (naam) {
        kleur[naam] = keuze.getAttribute("data-md-color-" + naam);
      });
    }
  }
  Object.keys(kleur).forEach(function (naam) {
    document.body.setAttribute("data-md-color-" + naam, kleur[naam]);
  });
})();
