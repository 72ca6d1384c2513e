/* Sociale kaart: filter the list of organisations. The filter form is in the page (so the list
 * does not move when this script runs) but hidden without JavaScript, when everything is
 * listed; this script makes it work. First-party code only. */
(function () {
  "use strict";

  function start() {
    var lijst = document.querySelector("[data-loket-organisaties]");
    var form = document.querySelector("[data-loket-filter]");
    if (!lijst || !form) return;
    var items = Array.prototype.slice.call(lijst.querySelectorAll("[data-loket-organisatie]"));
    var zoek = document.getElementById("loket-filter-zoek");
    var keuze = document.getElementById("loket-filter-doelgroep");
    var gratis = document.getElementById("loket-filter-gratis");
    var zonder = document.getElementById("loket-filter-zonder-verwijzing");
    var status = form.querySelector("[role=status]");
    form.addEventListener("submit", function (e) { e.preventDefault(); });

    function filter() {
      var tekst = zoek.value.trim().toLowerCase();
      var zichtbaar = 0;
      items.forEach(function (item) {
        var past = (!tekst || item.textContent.toLowerCase().indexOf(tekst) !== -1 ||
                    (item.getAttribute("data-trefwoorden") || "").indexOf(tekst) !== -1) &&
          (!keuze.value || (";" + item.getAttribute("data-doelgroep") + ";").indexOf(";" + keuze.value + ";") !== -1) &&
          (!gratis.checked || item.getAttribute("data-gratis") === "ja") &&
          (!zonder.checked || item.getAttribute("data-verwijzing") === "nee");
        item.hidden = !past;
        if (past) zichtbaar += 1;
      });
      var melding = zichtbaar + " van de " + items.length + " organisaties";
      if (status.textContent !== melding) status.textContent = melding;
    }

    [zoek, keuze, gratis, zonder].forEach(function (veld) {
      veld.addEventListener("input", filter);
      veld.addEventListener("change", filter);
    });
    filter();  // the browser may have restored the fields (back button)
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
