"""The sociale kaart: the overview, one page per category and one per organisation."""

from __future__ import annotations

from html import escape

from loket.model import Catalogus
from loket.model.gemeente import Categorie
from loket.model.sociale_kaart import Organisatie
from loket.pages.jsonld import organisatie as organisatie_jsonld
from loket.pages.kaarten import kaarten
from loket.pages.opmaak import NIET_ZOEKEN, md_link, md_tekst, telefoon_link
from loket.pages.spec import Opties, Uitvoer, link
from loket.pages.teksten import NL

SK_PAD = "sociale-kaart/index.md"
SJABLOON = "loket/sociale-kaart.html"
INTRO = (
    "Zoekt u hulp of steun in de buurt? Op de sociale kaart staan organisaties in de gemeente "
    "die u kunnen helpen: bij zorg, opvoeden, werk, geld, wonen en meer. Veel hulp is gratis "
    "en vaak heeft u geen verwijzing nodig."
)


def sk_pad(sk_id: str) -> str:
    """Categories and organisations share one folder; validation keeps their ids apart."""
    return f"sociale-kaart/{sk_id}.md"


def sk_paginas(catalogus: Catalogus, opties: Opties) -> list[Uitvoer]:
    categorieen = (
        catalogus.gemeente.sociale_kaart.categorieen if catalogus.gemeente.sociale_kaart else []
    )
    paginas = [overzicht_pagina(catalogus, categorieen)]
    paginas += [categorie_pagina(catalogus, c) for c in categorieen]
    paginas += [organisatie_pagina(catalogus, o, opties) for o in catalogus.organisaties.values()]
    return paginas


def overzicht_pagina(catalogus: Catalogus, categorieen: list[Categorie]) -> Uitvoer:
    items = []
    for c in categorieen:
        aantal = len(catalogus.organisaties_op_naam(c.id))
        woord = "organisatie" if aantal == 1 else "organisaties"
        items.append((f"{c.titel} ({aantal} {woord})", link(SK_PAD, sk_pad(c.id)), c.omschrijving))
    delen = [
        "# Sociale kaart",
        INTRO,
        "## Onderwerpen",
        kaarten(items),
        "## Alle organisaties",
        _korte_lijst(SK_PAD, catalogus.organisaties_op_naam()),
    ]
    meta = {
        "template": SJABLOON,
        "title": "Sociale kaart",
        "description": "Organisaties die helpen bij zorg, opvoeden, werk, geld en wonen.",
        "search": {"exclude": True},
        "loket": {"soort": "sociale-kaart"},
    }
    return Uitvoer(SK_PAD, meta, "\n\n".join(delen), in_nav=True)


def categorie_pagina(catalogus: Catalogus, categorie: Categorie) -> Uitvoer:
    pad = sk_pad(categorie.id)
    organisaties = catalogus.organisaties_op_naam(categorie.id)
    inhoud = (
        _lijst(pad, organisaties)
        if organisaties
        else ("In deze categorie staan nog geen organisaties.")
    )
    delen = [
        f"# {md_tekst(categorie.titel)}",
        md_tekst(categorie.omschrijving),
        inhoud,
        f"[Alle onderwerpen van de sociale kaart]({link(pad, SK_PAD)})",
    ]
    meta = {
        "template": SJABLOON,
        "title": f"Sociale kaart: {categorie.titel}",
        "description": categorie.omschrijving,
        "search": {"boost": 0.5},
        "loket": {"soort": "sociale-kaart-categorie", "id": categorie.id},
    }
    return Uitvoer(pad, meta, "\n\n".join(delen))


def _lijst(van: str, organisaties: list[Organisatie]) -> str:
    """The list the filter works on: every organisation with its data as attributes."""
    blokken = [_item(van, o) for o in organisaties]
    return (
        filter_formulier(organisaties)
        + '\n\n<div class="loket-organisaties" data-loket-organisaties markdown>\n\n'
        + "\n\n".join(blokken)
        + "\n\n</div>"
    )


def _item(van: str, o: Organisatie) -> str:
    return (
        f'<div class="loket-organisatie" data-loket-organisatie {_filter_data(o)} markdown>\n\n'
        f"## [{md_tekst(o.naam)}]({link(van, sk_pad(o.id))})\n\n"
        f"{md_tekst(o.omschrijving)}\n\n</div>"
    )


def _korte_lijst(van: str, organisaties: list[Organisatie]) -> str:
    """The overview's list: only each organisation's name, linking to its page, with the same
    filter data as a category's list. The full texts are on the category pages; with one
    heading per organisation the overview's HTML (and its table of contents) grew with every
    organisation."""
    items = [
        f'<li class="loket-organisatie" data-loket-organisatie {_filter_data(o)} markdown="span">'
        f"[{md_tekst(o.naam)}]({link(van, sk_pad(o.id))})</li>"
        for o in organisaties
    ]
    return (
        filter_formulier(organisaties)
        + '\n\n<ul class="loket-organisaties loket-organisaties--kort" data-loket-organisaties '
        "markdown>\n" + "\n".join(items) + "\n</ul>"
    )


def filter_formulier(organisaties: list[Organisatie]) -> str:
    """The filter above a list, in the HTML so that it is there at the first paint (added by
    the script, it pushed the list down: a layout shift). Hidden while the page has no
    JavaScript (`.no-js`, loket.css); sociale-kaart.js makes it work."""
    doelgroepen = sorted({d for o in organisaties for d in o.doelgroep})
    opties = "".join(
        f'<option value="{escape(d)}">{escape(d.replace("-", " "))}</option>' for d in doelgroepen
    )
    aantal = len(organisaties)
    return (
        '<form class="loket-filter" role="search" aria-label="Organisaties filteren" '
        "data-loket-filter>\n"
        + _veld("zoek", "Zoek op naam of onderwerp", '<input type="search" id="loket-filter-zoek">')
        + _veld(
            "doelgroep",
            "Voor wie",
            f'<select id="loket-filter-doelgroep"><option value="">Iedereen</option>{opties}'
            "</select>",
        )
        + _vinkje("gratis", "Alleen gratis")
        + _vinkje("zonder-verwijzing", "Zonder verwijzing")
        + f'<p class="loket-filter__status" role="status">{aantal} van de {aantal} '
        "organisaties</p>\n</form>"
    )


def _veld(naam: str, label: str, invoer: str) -> str:
    return (
        f'<div class="loket-filter__veld"><label for="loket-filter-{naam}">{label}</label>'
        f"{invoer}</div>\n"
    )


def _vinkje(naam: str, label: str) -> str:
    return (
        f'<div class="loket-filter__veld"><input type="checkbox" id="loket-filter-{naam}">'
        f'<label for="loket-filter-{naam}">{label}</label></div>\n'
    )


def _filter_data(o: Organisatie) -> str:
    """The organisation's data the filter (sociale-kaart.js) reads, as escaped attributes."""
    attributen = {
        "data-doelgroep": ";".join(o.doelgroep),
        "data-trefwoorden": ";".join(t.lower() for t in o.trefwoorden),
        "data-gratis": "ja" if o.gratis else "nee",
        "data-verwijzing": {True: "ja", False: "nee", None: "onbekend"}[o.verwijzing_nodig],
    }
    return " ".join(f'{k}="{escape(v)}"' for k, v in attributen.items())


def organisatie_pagina(catalogus: Catalogus, o: Organisatie, opties: Opties) -> Uitvoer:
    pad = sk_pad(o.id)
    categorie = (
        next((c for c in catalogus.gemeente.sociale_kaart.categorieen if c.id == o.categorie), None)
        if catalogus.gemeente.sociale_kaart
        else None
    )
    delen = [
        f"# {md_tekst(o.naam)}",
        f"{md_tekst(o.omschrijving)}\n{{: .loket-samenvatting }}",
        "## Contact",
        "\n".join(f"- {r}" for r in _contact(o)) or "Geen contactgegevens bekend.",
        "## Goed om te weten",
        "\n".join(f"- {r}" for r in _kenmerken(o)),
        f"Bijgewerkt op {NL.datum(o.bijgewerkt)}.\n{{: .loket-controle }}",
    ]
    if categorie:
        delen.insert(
            -1,
            f"Meer organisaties: [{md_tekst(categorie.titel)}]({link(pad, sk_pad(categorie.id))})",
        )
    meta = {
        "template": "loket/pagina.html",
        "title": o.naam,
        "description": o.omschrijving,
        "loket": {
            "soort": "organisatie",
            "id": o.id,
            "jsonld": organisatie_jsonld(o, opties.absolute_url(pad)),
        },
    }
    return Uitvoer(pad, meta, "\n\n".join(delen))


def _contact(o: Organisatie) -> list[str]:
    regels = []
    if o.adres or o.plaats:
        regels.append(
            "Adres: "
            + md_tekst(", ".join(d for d in (o.adres, f"{o.postcode} {o.plaats}".strip()) if d))
        )
    if o.telefoon:
        regels.append(f"Telefoon: {telefoon_link(o.telefoon)}")
    if o.email:
        regels.append(f"E-mail: {md_link(o.email, 'mailto:' + o.email)}")
    if o.website:
        regels.append(
            f"Website: {md_link(o.website.removeprefix('https://').rstrip('/'), o.website)}"
        )
    if o.openingstijden:
        regels.append(f"Open: {md_tekst(o.openingstijden)}")
    return regels


def _kenmerken(o: Organisatie) -> list[str]:
    regels = []
    if o.doelgroep:
        regels.append("Voor: " + md_tekst(", ".join(d.replace("-", " ") for d in o.doelgroep)))
    regels.append(
        f"Kosten: {md_tekst(o.kosten)}" if o.kosten else "Kosten: vraag het de organisatie."
    )
    if o.verwijzing_nodig is not None:
        regels.append(
            "U heeft een verwijzing nodig."
            if o.verwijzing_nodig
            else "U heeft geen verwijzing nodig."
        )
    return regels


def hulp_in_de_buurt(catalogus: Catalogus, van: str, ids: list[str]) -> str:
    """The 'Hulp in de buurt' section of a product page."""
    regels = [
        f"- [{md_tekst(o.naam)}]({link(van, sk_pad(o.id))}): {md_tekst(o.omschrijving)}"
        for o in (catalogus.organisaties[i] for i in ids)
    ]
    return f"## Hulp in de buurt {NIET_ZOEKEN}\n\n" + "\n".join(regels) if regels else ""
