/* Sociale kaart: filter the list of organisations. Without JavaScript everything is listed;
 * this script only adds the filter form, so nothing depends on it. First-party code only. */
(function () {
  "use strict";

  function maakVeld(label, invoer) {
    var wrapper = document.createElement("div");
    wrapper.className = "loket-filter__veld";
    var id = "loket-filter-" + Math.random().toString(36).slice(2, 8);
    invoer.id = id;
    var l = document.createElement("label");
    l.htmlFor = id;
    l.textContent = label;
    if (invoer.type === "checkbox") {
      wrapper.appendChild(invoer);
      wrapper.appendChild(l);
    } else {
      wrapper.appendChild(l);
      wrapper.appendChild(invoer);
    }
    return wrapper;
  }

  function start() {
    var lijst = document.querySelector("[data-loket-organisaties]");
    if (!lijst) return;
    var items = Array.prototype.slice.call(lijst.querySelectorAll("[data-loket-organisatie]"));
    var form = document.createElement("form");
    form.className = "loket-filter";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Organisaties filteren");
    form.addEventListener("submit", function (e) { e.preventDefault(); });

    var zoek = document.createElement("input");
    zoek.type = "search";
    form.appendChild(maakVeld("Zoek op naam of onderwerp", zoek));

    var doelgroepen = {};
    items.forEach(function (item) {
      (item.getAttribute("data-doelgroep") || "").split(";").forEach(function (d) {
        if (d) doelgroepen[d] = true;
      });
    });
    var keuze = document.createElement("select");
    var alle = document.createElement("option");
    alle.value = "";
    alle.textContent = "Iedereen";
    keuze.appendChild(alle);
    Object.keys(doelgroepen).sort().forEach(function (d) {
      var optie = document.createElement("option");
      optie.value = d;
      optie.textContent = d.replace(/-/g, " ");
      keuze.appendChild(optie);
    });
    form.appendChild(maakVeld("Voor wie", keuze));

    var gratis = document.createElement("input");
    gratis.type = "checkbox";
    form.appendChild(maakVeld("Alleen gratis", gratis));
    var zonder = document.createElement("input");
    zonder.type = "checkbox";
    form.appendChild(maakVeld("Zonder verwijzing", zonder));

    var status = document.createElement("p");
    status.className = "loket-filter__status";
    status.setAttribute("role", "status");
    form.appendChild(status);

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
      status.textContent = zichtbaar + " van de " + items.length + " organisaties";
    }

    [zoek, keuze, gratis, zonder].forEach(function (veld) {
      veld.addEventListener("input", filter);
      veld.addEventListener("change", filter);
    });
    lijst.parentNode.insertBefore(form, lijst);
    filter();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
