"""Open data: the catalogue as JSON, CSV and a Frictionless data package, plus the SC feed.

Every download is a generated file next to `/open-data/`; the page lists each with its licence,
size and the date its data last changed.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from loket.model import Catalogus, ProductBron
from loket.model.product import Aanvraagkanaal, Doorlooptijd, Kosten, Link, Product, Vraag
from loket.model.servicenorm import Kanaalgebruik, Realisatie
from loket.model.sociale_kaart import Organisatie
from loket.model.tabel import Rij, cellen, kolommen, tabel_schema
from loket.pages.formaten import csv_cel
from loket.pages.jsonld import data_catalogus, dataset
from loket.pages.opmaak import md_link, md_tekst, tabel
from loket.pages.per_product import per_product
from loket.pages.product import product_pad
from loket.pages.samenwerkende_catalogi import SC_PAD, sc_feed
from loket.pages.spec import Opslag, Opties, Uitvoer
from loket.pages.teksten import NL

OPEN_DATA_PAD = "open-data/index.md"
OPEN_DATA_BESCHRIJVING = "Producten, beloften en de sociale kaart als open data."
AFGELEID = ("id", "url", "sdg_codes")
"""Columns Loket works out: the id, the page and the Single Digital Gateway codes."""
PRODUCT_KOLOMMEN = (*AFGELEID, *(k for k in Product.model_fields if k != "id"))
"""One column per key of the product model, in its order: a new key is a new column."""


@dataclass(frozen=True)
class Download:
    """A generated download: its path in the site, text and what the open-data page says
    about it; `schema` is the Table Schema of a CSV. Once stored (`bron`), the text is gone
    and `grootte` keeps its size in bytes."""

    pad: str
    inhoud: str
    titel: str
    omschrijving: str
    gewijzigd: date
    schema: dict[str, Any] | None = None
    bron: Path | None = None
    grootte: int = -1

    def __post_init__(self) -> None:
        if self.grootte < 0:
            object.__setattr__(self, "grootte", len(self.inhoud.encode("utf-8")))

    def bewaard(self, opslag: Opslag | None) -> Download:
        """The download in `opslag`'s file, its text let go; itself without one."""
        if opslag is None:
            return self
        return replace(self, inhoud="", bron=opslag(self.pad, self.inhoud))  # grootte stays


def open_data_paden(catalogus: Catalogus) -> dict[str, str]:
    """The files `open_data` writes → the content they come from, without writing them."""
    paden = dict.fromkeys(
        ["producten.json", "producten.csv", SC_PAD.removeprefix("open-data/")], "producten/"
    )
    if catalogus.servicenormen:
        paden["servicenormen.json"] = "servicenormen/"
    if catalogus.servicenormen and catalogus.realisatie:
        paden["realisatie.csv"] = "servicenormen/realisatie.csv"
    if catalogus.servicenormen and catalogus.kanaalgebruik:
        paden["kanaalgebruik.csv"] = "servicenormen/kanaalgebruik.csv"
    if catalogus.organisaties:
        paden["organisaties.csv"] = "sociale_kaart/organisaties.csv"
    paden |= {"datapackage.json": "producten/", "index.md": "producten/"}
    return {f"open-data/{naam}": bron for naam, bron in paden.items()}


def open_data(catalogus: Catalogus, opties: Opties, opslag: Opslag | None = None) -> list[Uitvoer]:
    """The open-data page and the downloads it lists; with `opslag`, each download goes
    there as soon as it is made, so no two large ones are held at once."""
    bestanden = _bestanden(catalogus, opties, opslag)
    bestanden.append(_datapakket(catalogus, bestanden).bewaard(opslag))
    return [
        _pagina(catalogus, bestanden, opties),
        *(Uitvoer(b.pad, inhoud=b.inhoud, bron=b.bron) for b in bestanden),
    ]


def _bestanden(catalogus: Catalogus, opties: Opties, opslag: Opslag | None) -> list[Download]:
    producten = list(catalogus.producten.values())
    gewijzigd = max(
        (b.product.laatst_gecontroleerd or opties.vandaag for b in producten),
        default=opties.vandaag,
    )
    # Each product becomes its JSON text and CSV line at once: 10,000 products as dicts held
    # until the files are joined cost hundreds of MB more than the text does.
    rijen = [per_product(_product_gegevens, catalogus, b, opties) for b in producten]
    bestanden = [
        Download(
            "open-data/producten.json",
            _json_lijst([json_tekst for json_tekst, _ in rijen]),
            "Producten (JSON)",
            "Alle producten met alle gegevens.",
            gewijzigd,
        ).bewaard(opslag),
        Download(
            "open-data/producten.csv",
            _csv_regels(PRODUCT_KOLOMMEN, [regel for _, regel in rijen]),
            "Producten (CSV)",
            "Alle producten als tabel, één regel per product.",
            gewijzigd,
            {"fields": product_tabel_schema()},
        ).bewaard(opslag),
    ]
    del rijen
    bestanden.append(
        Download(
            SC_PAD,
            sc_feed(catalogus, opties, gewijzigd),
            "Samenwerkende Catalogi",
            "Alle producten in het formaat Samenwerkende Catalogi 4.0, voor overheid.nl.",
            gewijzigd,
        ).bewaard(opslag)
    )
    if catalogus.servicenormen:
        bestanden += [d.bewaard(opslag) for d in _normen(catalogus, opties)]
    if catalogus.organisaties:
        categorieen = [c.id for c in catalogus.gemeente.sociale_kaart.categorieen]
        bestanden.append(
            _tabel(
                "Sociale kaart (CSV)",
                "Alle organisaties van de sociale kaart.",
                catalogus.organisaties_op_naam(),
                max(o.bijgewerkt for o in catalogus.organisaties.values()),
                tabel_schema(Organisatie, {"categorie": categorieen}),
            ).bewaard(opslag)
        )
    return bestanden


def _tabel(
    titel: str, omschrijving: str, rijen: list[Any], gewijzigd: date, schema: dict[str, Any]
) -> Download:
    """A table of `Rij` models as the CSV its data package describes, columns as in the model."""
    model: type[Rij] = type(rijen[0])
    return Download(
        f"open-data/{model.TABEL}.csv",
        _csv(kolommen(model), [cellen(r) for r in rijen]),
        titel,
        omschrijving,
        gewijzigd,
        schema,
    )


def _normen(catalogus: Catalogus, opties: Opties) -> list[Download]:
    perioden = catalogus.realisatie_perioden()
    laatst = perioden[-1].eind if perioden else opties.vandaag
    normen = [
        {
            "id": n.id,
            **n.servicenorm.model_dump(mode="json", exclude_none=True),
            "realisatie": [
                {
                    "periode": str(r.periode),
                    "gehaald_percentage": float(r.gehaald_percentage),
                    "gehaald": r.gehaald(n.servicenorm.norm),
                    "aantal": r.aantal,
                }
                for r in catalogus.historie(n.id)
            ],
        }
        for n in catalogus.servicenormen.values()
    ]
    bestanden = [
        Download(
            "open-data/servicenormen.json",
            _json(normen),
            "Servicenormen (JSON)",
            "Onze beloften, met hoe vaak we ze per periode haalden.",
            laatst,
        )
    ]
    if catalogus.realisatie:
        bestanden.append(
            _tabel(
                "Realisatie (CSV)",
                "Per belofte en periode: hoe vaak gehaald.",
                catalogus.realisatie,
                laatst,
                tabel_schema(Realisatie),
            )
        )
    if catalogus.kanaalgebruik:
        bestanden.append(
            _tabel(
                "Kanaalgebruik (CSV)",
                "Contacten en waardering per kanaal.",
                catalogus.kanaalgebruik,
                max(r.periode.eind for r in catalogus.kanaalgebruik),
                tabel_schema(Kanaalgebruik),
            )
        )
    return bestanden


def _json(data: Any) -> str:
    # No indent: the indenting encoder is pure Python and took seconds at 10,000 products.
    return json.dumps(data, ensure_ascii=False, default=str) + "\n"


def _json_lijst(teksten: list[str]) -> str:
    """The JSON list of values already in JSON text, as `_json` writes the list itself."""
    return "[" + ", ".join(teksten) + "]\n"


def _csv(kolommen: tuple[str, ...], rijen: list[dict[str, str]]) -> str:
    return _csv_regels(kolommen, [_csv_regel(kolommen, rij) for rij in rijen])


def _csv_regels(kolommen: tuple[str, ...], regels: list[str]) -> str:
    """The CSV with a header row above the given lines."""
    kop = io.StringIO()
    csv.writer(kop, lineterminator="\n").writerow(kolommen)
    return kop.getvalue() + "".join(regels)


def _csv_regel(kolommen: tuple[str, ...], rij: dict[str, str]) -> str:
    uit = io.StringIO()
    schrijver = csv.DictWriter(uit, fieldnames=kolommen, lineterminator="\n")
    schrijver.writerow({k: csv_cel(v) for k, v in rij.items()})
    return uit.getvalue()


def _actuele_kosten(kosten: list[Kosten], dag: date) -> list[Kosten]:
    """The prices in force on the peildatum and the ones announced after it."""
    return [k for k in kosten if k.geldt_op(dag) or k.later(dag)]


def _kosten_kort(k: Kosten) -> str:
    """`Paspoort: 84.60 (balie)`, with `[vanaf 2027-01-01]` / `[t/m …]` when dated."""
    tekst = f"{k.omschrijving}: {k.bedrag}" + (f" ({k.kanaal})" if k.kanaal else "")
    if k.geldig_vanaf:
        tekst += f" [vanaf {k.geldig_vanaf.isoformat()}]"
    if k.geldig_tot:
        tekst += f" [t/m {k.geldig_tot.isoformat()}]"
    return tekst


def gepubliceerd(catalogus: Catalogus, ids: list[str]) -> list[str]:
    """The product ids that are on the site on the peildatum."""
    return [i for i in ids if i in catalogus.producten]


def _op_de_site(catalogus: Catalogus, bron: ProductBron, dag: date) -> Product:
    """The product as its page shows it: the prices in force or announced, and only the
    related products that are on the site."""
    return bron.product.model_copy(
        update={
            "kosten": _actuele_kosten(bron.product.kosten, dag),
            "gerelateerd": gepubliceerd(catalogus, bron.product.gerelateerd),
        }
    )


def _product_gegevens(catalogus: Catalogus, bron: ProductBron, opties: Opties) -> tuple[str, str]:
    """A product as the text of its object in producten.json and its line of producten.csv."""
    product = _op_de_site(catalogus, bron, opties.vandaag)
    return _json(_product_json(catalogus, bron, product, opties)).rstrip("\n"), _csv_regel(
        PRODUCT_KOLOMMEN, _product_rij(catalogus, bron, product, opties)
    )


def _afgeleid(catalogus: Catalogus, bron: ProductBron, opties: Opties) -> dict[str, Any]:
    return {
        "id": bron.id,
        "url": opties.absolute_url(product_pad(bron.id)),
        "sdg_codes": list(catalogus.sdg.get(bron.id, ())),
    }


def _product_json(
    catalogus: Catalogus, bron: ProductBron, product: Product, opties: Opties
) -> dict[str, Any]:
    data = product.model_dump(mode="json", exclude_none=True)
    return {**_afgeleid(catalogus, bron, opties), **data}


def _product_rij(
    catalogus: Catalogus, bron: ProductBron, product: Product, opties: Opties
) -> dict[str, str]:
    """One product as a flat row, a cell per key of the model: lists joined with '; ',
    channels, costs and links in short words."""
    rij = {k: _cel(getattr(product, k)) for k in PRODUCT_KOLOMMEN if k in Product.model_fields}
    return rij | {k: _cel(v) for k, v in _afgeleid(catalogus, bron, opties).items()}


def _cel(waarde: Any) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, list):
        return "; ".join(_cel(w) for w in waarde)
    if isinstance(waarde, date):
        return waarde.isoformat()
    if isinstance(waarde, Kosten):
        return _kosten_kort(waarde)
    if isinstance(waarde, Doorlooptijd):
        return NL.doorlooptijd(waarde)
    if isinstance(waarde, Aanvraagkanaal):
        return waarde.kanaal + (f" ({waarde.url})" if waarde.url else "")
    if isinstance(waarde, Link):
        return f"{waarde.titel} ({waarde.url})"
    if isinstance(waarde, Vraag):
        return waarde.vraag
    return str(waarde).strip()


def product_tabel_schema() -> list[dict[str, str]]:
    """The Table Schema fields of producten.csv, typed from the model: dates as dates."""
    eigenschappen = Product.model_json_schema()["properties"]
    velden = [
        {"name": "id", "type": "string"},
        {"name": "url", "type": "string", "format": "uri"},
        {"name": "sdg_codes", "type": "string"},
    ]
    for naam in PRODUCT_KOLOMMEN[len(AFGELEID) :]:
        soort = eigenschappen[naam]
        datum = soort.get("format") == "date" or any(
            o.get("format") == "date" for o in soort.get("anyOf", [])
        )
        velden.append({"name": naam, "type": "date" if datum else "string"})
    return velden


def _datapakket(catalogus: Catalogus, bestanden: list[Download]) -> Download:
    licentie = catalogus.gemeente.open_data_licentie
    bronnen: list[dict[str, Any]] = []
    for b in bestanden:
        naam = b.pad.removeprefix("open-data/").replace(".", "-")
        bron: dict[str, Any] = {
            "name": naam,
            "path": b.pad.removeprefix("open-data/"),
            "title": b.titel,
            "description": b.omschrijving,
        }
        if b.schema is not None:
            bron |= {
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "schema": b.schema,
            }
        else:
            bron |= {"format": b.pad.rsplit(".", 1)[-1], "mediatype": _mediatype(b.pad)}
        bronnen.append(bron)
    pakket = {
        "name": "open-data",
        "title": f"Open data van {catalogus.gemeente.naam}",
        "licenses": [{"name": licentie.naam, "path": licentie.url}],
        "resources": bronnen,
    }
    laatst = max(b.gewijzigd for b in bestanden)
    return Download(
        "open-data/datapackage.json",
        _json(pakket),
        "Datapakket (Frictionless)",
        "Beschrijving van alle bestanden hierboven, met hun kolommen.",
        laatst,
    )


def _mediatype(pad: str) -> str:
    soorten = {"json": "application/json", "xml": "application/xml", "csv": "text/csv"}
    return soorten[pad.rsplit(".", 1)[-1]]


def _jsonld(catalogus: Catalogus, bestanden: list[Download], opties: Opties) -> dict[str, Any]:
    """A DataCatalog of the gemeente with a Dataset per download, each under the licence."""
    licentie = catalogus.gemeente.open_data_licentie.url
    url = opties.absolute_url(OPEN_DATA_PAD)
    datasets = [
        dataset(
            b.titel,
            b.omschrijving,
            b.gewijzigd,
            (f"{opties.site_url.rstrip('/')}/{b.pad}", _mediatype(b.pad)),
            licentie,
        )
        for b in bestanden
    ]
    titel = f"Open data van {catalogus.gemeente.naam}"
    return data_catalogus(titel, OPEN_DATA_BESCHRIJVING, url, datasets, opties)


def _pagina(catalogus: Catalogus, bestanden: list[Download], opties: Opties) -> Uitvoer:
    licentie = catalogus.gemeente.open_data_licentie
    rijen = [
        [
            f"[{md_tekst(b.titel)}]({b.pad.removeprefix('open-data/')})",
            md_tekst(b.omschrijving),
            _grootte(b.grootte),
            NL.datum(b.gewijzigd),
        ]
        for b in bestanden
    ]
    kop = ["Bestand", "Wat staat erin", "Grootte", "Laatst gewijzigd"]
    tekst = "\n\n".join(
        [
            "# Open data",
            "Alle gegevens op deze website zijn ook als open data te downloaden. U mag ze vrij "
            f"gebruiken onder de licentie {md_link(licentie.naam, licentie.url)}.",
            tabel(kop, rijen, "Bestanden met open data", rechts=(3,)),
        ]
    )
    meta = {
        "template": "loket/pagina.html",
        "title": "Open data",
        "description": OPEN_DATA_BESCHRIJVING,
        "search": {"exclude": True},
        "loket": {"soort": "open-data", "jsonld": _jsonld(catalogus, bestanden, opties)},
    }
    return Uitvoer(OPEN_DATA_PAD, meta, tekst, in_nav=True)


def _grootte(bytes_: int) -> str:
    return f"{bytes_ / 1024:.0f} kB".replace(".", ",") if bytes_ >= 1024 else f"{bytes_} bytes"
