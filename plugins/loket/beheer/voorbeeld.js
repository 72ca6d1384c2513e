// Loket's preview of a product in Decap CMS: the blocks of the public page, in its order.
/* global CMS, h, createClass */
(function () {
  "use strict";

  function lijst(entry, naam) {
    var waarde = entry.getIn(["data", naam]);
    return waarde && waarde.toJS ? waarde.toJS() : [];
  }

  function blok(titel, inhoud) {
    return inhoud ? h("section", {}, h("h2", {}, titel), inhoud) : null;
  }

  var Product = createClass({
    render: function () {
      var entry = this.props.entry;
      var widgetFor = this.props.widgetFor;
      var kanalen = lijst(entry, "aanvragen").map(function (a, i) {
        return h("li", { key: i }, a.kanaal + (a.toelichting ? ": " + a.toelichting : ""));
      });
      var kosten = lijst(entry, "kosten").map(function (k, i) {
        var bedrag = Number(k.bedrag || 0).toLocaleString("nl-NL", {
          style: "currency",
          currency: "EUR",
        });
        return h("tr", { key: i }, h("td", {}, k.omschrijving), h("td", {}, bedrag));
      });
      return h(
        "article",
        { lang: "nl" },
        h("h1", {}, entry.getIn(["data", "naam"])),
        h("p", { className: "samenvatting" }, entry.getIn(["data", "samenvatting"])),
        blok("Wat is het?", widgetFor("beschrijving")),
        blok("Hoe regelt u het?", kanalen.length ? h("ul", {}, kanalen) : null),
        blok("Wat kost het?", kosten.length ? h("table", {}, h("tbody", {}, kosten)) : null),
        blok("Voorwaarden", widgetFor("voorwaarden")),
        blok("Bezwaar en beroep", widgetFor("bezwaar_en_beroep"))
      );
    },
  });

  CMS.registerPreviewTemplate("producten", Product);
})();
