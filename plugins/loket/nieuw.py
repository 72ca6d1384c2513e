"""Skeletons for redacteuren and webteams: a new product, a new servicenorm, a new gemeente.

Texts a redacteur must write start with `VUL IN`; `loket check` refuses them until they are
replaced, so a half-filled skeleton can never be published.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from importlib.metadata import PackageNotFoundError, distribution
from importlib.resources import files
from string import Template

from loket.model.typen import ID_PATROON

VUL_IN = "VUL IN"


def schema_regel(soort: str) -> str:
    return f"# yaml-language-server: $schema=../site_src/schemas/{soort}.schema.json\n"


def product_skelet(product_id: str, thema: str, kanaal: str, vandaag: date) -> str:
    herzien = vandaag.replace(year=vandaag.year + 1, day=min(vandaag.day, 28))
    return (
        schema_regel("product")
        + f"""\
# Product '{product_id}'. Vervang elke tekst die met {VUL_IN} begint en draai 'loket check'.
# Alle sleutels staan in de handleiding voor redacteuren (docs/redacteuren.md).

# De titel van de pagina, zoals inwoners het zeggen: "Paspoort aanvragen".
naam: "{VUL_IN}: naam van het product"

# Eén of twee zinnen, hooguit 160 tekens. Komt in zoekresultaten en op kaarten.
samenvatting: "{VUL_IN}: wat regelt u hiermee, in één zin"

# Voor wie: inwoner, ondernemer en/of instelling.
doelgroep: [inwoner]

# Onderwerpen (ids uit gemeente.yml, onder 'themas').
themas: [{thema}]

# Woorden waarmee mensen zoeken, ook als ze niet in de naam staan.
trefwoorden: []

# "Wat is het?" Markdown mag: **vet**, lijsten met '- ', [links](https://...).
beschrijving: |
  {VUL_IN}: leg in gewone woorden uit wat het product is.

# "Hoe regelt u het?" Eén regel per kanaal (ids uit gemeente.yml, onder 'kanalen').
aanvragen:
  - kanaal: {kanaal}
    # url: https://...          # waar het online kan
    # inloggen: digid            # digid, eherkenning of geen
    # afspraak: true             # of de https-link om een afspraak te maken

# kosten:
#   - omschrijving: Het product
#     bedrag: 12.50
# doorlooptijd:
#   werkdagen: 5

# Het team dat deze tekst bijhoudt, en wanneer die weer gecontroleerd moet zijn.
eigenaar: "{VUL_IN}: naam van het team"
herzien_voor: {herzien.isoformat()}
"""
    )


def servicenorm_skelet(norm_id: str, dimensie: str) -> str:
    return (
        schema_regel("servicenorm")
        + f"""\
# Servicenorm '{norm_id}'. Vervang elke tekst die met {VUL_IN} begint en draai 'loket check'.

titel: "{VUL_IN}: korte titel"

# De belofte in één gewone zin: "We beantwoorden uw e-mail binnen 2 werkdagen."
belofte: "{VUL_IN}: de belofte"

# bereikbaarheid, doorlooptijd, deskundigheid, hostmanship of transparantie
# (of een dimensie uit gemeente.yml).
dimensie: {dimensie}

# kanaal: telefoon       # als de belofte over één kanaal gaat (id uit gemeente.yml)

# Binnen 2 werkdagen, bij 90 % van de berichten. Eenheden: seconden, minuten, uren,
# werkdagen, dagen, weken, of procent (dan is 'waarde' zelf het percentage).
norm:
  waarde: 2
  eenheid: werkdagen
  percentage: 90

# wettelijke_grondslag: Awb 4:13

# Wat kan iemand doen als we de belofte niet halen? Markdown mag.
als_niet_gehaald: |
  {VUL_IN}: wat u kunt doen, en bij wie.
"""
    )


def mededeling_skelet(mededeling_id: str, vandaag: date) -> str:
    tot = vandaag + timedelta(days=7)
    return (
        schema_regel("mededeling")
        + f"""\
# Mededeling '{mededeling_id}'. Vervang elke tekst die met {VUL_IN} begint en draai 'loket check'.
# De mededeling staat op de site van 'vanaf' tot 'tot'. Daarna verdwijnt ze vanzelf en
# waarschuwt 'loket check' dat u dit bestand kunt weggooien.

titel: "{VUL_IN}: korte titel, zoals: Online aanvragen tijdelijk niet mogelijk"

# Wat er aan de hand is en wat de inwoner nu kan doen. Markdown mag.
tekst: |
  {VUL_IN}: leg uit wat er aan de hand is en wat de inwoner kan doen.

# storing (iets werkt niet), let_op (iets om rekening mee te houden) of info (nieuws).
soort: let_op

# Een datum (2026-12-05) of een datum met tijd (2026-12-05 08:00). Een datum telt de
# hele dag mee.
vanaf: {vandaag.isoformat()}
tot: {tot.isoformat()}

# Zonder kanalen en producten staat de mededeling bovenaan elke pagina. Met kanalen (ids
# uit gemeente.yml) of producten staat ze op die productpagina's en op de contactpagina;
# een storing zet die kanalen op 'Tijdelijk niet beschikbaar'.
# kanalen: [website]
# producten: [paspoort]
"""
    )


def is_id(tekst: str) -> bool:
    return bool(ID_PATROON.match(tekst))


def gemeente_bestanden(naam: str, slug: str, vandaag: date) -> dict[str, str]:
    """The files of a new gemeente that builds at once; every text is meant to be replaced."""
    website = f"https://www.{slug}.nl/"
    herzien = vandaag.replace(year=vandaag.year + 1, day=min(vandaag.day, 28)).isoformat()
    return {
        "mkdocs.yml": f"""\
site_name: {naam}
site_url: {website}
docs_dir: site_src
theme:
  name: material
  language: nl
plugins:
  - search:
      lang: nl
  - loket
""",
        "gemeente.yml": f"""\
# yaml-language-server: $schema=site_src/schemas/gemeente.schema.json
naam: {naam}
website: {website}
contact:
  telefoon: "14 0000"
  email: info@{slug}.nl
kanalen:
  - id: website
    naam: Website
    soort: click
    url: {website}
  - id: telefoon
    naam: Telefoon
    soort: call
    telefoon: "14 0000"
    openingstijden:
      maandag: "09:00-17:00"
      dinsdag: "09:00-17:00"
      woensdag: "09:00-17:00"
      donderdag: "09:00-17:00"
      vrijdag: "09:00-12:00"
  - id: balie
    naam: Balie in het gemeentehuis
    soort: face
    op_afspraak: true
themas:
  - id: burgerzaken
    titel: Paspoort, verhuizen en meer
    omschrijving: Documenten en uw gegevens bij de gemeente.
  - id: afval
    titel: Afval
    omschrijving: Afval scheiden en laten ophalen.
toptaken: [afvalpas, grofvuil-ophalen, verhuizing-doorgeven]
""",
        "producten/afvalpas.yaml": schema_regel("product")
        + f"""\
naam: Afvalpas aanvragen
samenvatting: Met de afvalpas opent u de containers voor restafval.
doelgroep: [inwoner]
themas: [afval]
trefwoorden: [containerpas, milieupas]
beschrijving: |
  Elk huishouden krijgt een afvalpas. Is uw pas kwijt of kapot? Vraag dan een nieuwe aan.
aanvragen:
  - kanaal: website
    inloggen: digid
  - kanaal: telefoon
eigenaar: Team Afval
herzien_voor: {herzien}
""",
        "producten/grofvuil-ophalen.yaml": schema_regel("product")
        + f"""\
naam: Grofvuil laten ophalen
samenvatting: Laat grote spullen zoals een bank of een matras bij uw huis ophalen.
doelgroep: [inwoner]
themas: [afval]
trefwoorden: [grof afval, bank weggooien, matras]
beschrijving: |
  Spullen die niet in de container passen, halen wij op. Maak online een afspraak. Zet de
  spullen op de dag van de afspraak voor 7.30 uur aan de straat.
aanvragen:
  - kanaal: website
    inloggen: digid
  - kanaal: telefoon
kosten:
  - omschrijving: Ophalen, per keer
    bedrag: 0
eigenaar: Team Afval
herzien_voor: {herzien}
""",
        "producten/verhuizing-doorgeven.yaml": schema_regel("product")
        + f"""\
naam: Verhuizing doorgeven
samenvatting: Geef uw nieuwe adres door, van 4 weken voor tot 5 dagen na de verhuizing.
doelgroep: [inwoner]
themas: [burgerzaken]
trefwoorden: [adreswijziging, verhuizen, nieuw adres]
beschrijving: |
  Gaat u verhuizen binnen of naar de gemeente? Geef uw nieuwe adres dan op tijd door. Dat kan
  online met DigiD. Het is gratis.
aanvragen:
  - kanaal: website
    inloggen: digid
  - kanaal: balie
doorlooptijd:
  werkdagen: 5
eigenaar: Team Burgerzaken
herzien_voor: {herzien}
""",
        "site_src/over.md": f"# Over deze website\n\nDit is de website van {naam}.\n",
        "site_src/privacy.md": (
            "# Privacyverklaring van deze website\n\nDeze website plaatst geen cookies en "
            "houdt niet bij wat u bekijkt. Er gaan geen gegevens naar andere partijen.\n"
        ),
        "site_src/toegankelijkheid.md": (
            "# Toegankelijkheidsverklaring\n\nDeze website moet voldoen aan WCAG 2.1 niveau AA. "
            "Loopt u ergens tegenaan? Laat het ons weten.\n"
        ),
    }


SJABLONEN = files("loket") / "sjablonen"
"""What `loket init` writes besides the content: CI, editor settings, README, the guide."""
GIT_HOSTS = ("github", "gitlab")
_PUBLICEREN = {
    "github": (
        "Elke wijziging op `main` wordt gecontroleerd, gebouwd en gepubliceerd op GitHub Pages "
        "(`.github/workflows/publiceren.yml`). Zet eenmalig in GitHub: Settings → Pages → "
        "Source: **GitHub Actions**. Een pull request wordt eerst gecontroleerd "
        "(`controleren.yml`); fouten staan dan bij de regels die u veranderde."
    ),
    "gitlab": (
        "Elke wijziging op de standaardbranch wordt gecontroleerd, gebouwd en gepubliceerd op "
        "GitLab Pages (`.gitlab-ci.yml`). Een merge request wordt eerst gecontroleerd; fouten "
        "staan in het Code Quality-rapport. Maak eenmalig twee pipeline schedules (Build → "
        "Pipeline schedules): elke nacht met de variabele `LOKET_TAAK=publiceren`, elke "
        "maandag met `LOKET_TAAK=rapport`."
    ),
}


def repo_bestanden(naam: str, git: str, vereisten: list[str]) -> dict[str, str]:
    """The files that make the folder a repository a webteam can push as it is: pinned
    requirements, CI for `git` (github or gitlab), pre-commit, editor settings, README."""

    def lees(pad: str) -> str:
        return SJABLONEN.joinpath(pad).read_text(encoding="utf-8")

    readme = Template(lees("README.md")).substitute(naam=naam, publiceren=_PUBLICEREN[git])
    bestanden = {
        "requirements.txt": "".join(f"{v}\n" for v in vereisten),
        ".pre-commit-config.yaml": lees("pre-commit-config.yaml"),
        ".vscode/settings.json": lees("vscode-settings.json"),
        ".gitignore": lees("gitignore"),
        "README.md": readme,
        "HANDLEIDING.md": lees("HANDLEIDING.md"),
    }
    if git == "github":
        for werk in ("controleren", "publiceren", "rapport"):
            bestanden[f".github/workflows/{werk}.yml"] = lees(f"github/{werk}.yml")
    else:
        bestanden[".gitlab-ci.yml"] = lees("gitlab/gitlab-ci.yml")
    return bestanden


def vastgepind(pakket: str = "loket") -> list[str]:
    """`pakket==versie` for the installed package and everything it needs (not its extras),
    as installed here: the new repository gets exactly what this Loket was tested with. A
    requirement for one platform keeps its marker (`colorama==0.4.6; platform_system ==
    "Windows"`); one not installed here is left out."""
    gezien: dict[str, str] = {}
    te_doen = [(pakket, "")]
    while te_doen:
        naam, voorwaarde = te_doen.pop()
        if _norm(naam) in gezien:
            continue
        try:
            dist = distribution(naam)
        except PackageNotFoundError:
            continue
        regel = f"{dist.metadata['Name']}=={dist.version}"
        gezien[_norm(naam)] = f"{regel}; {voorwaarde}" if voorwaarde else regel
        for eis in dist.requires or []:
            spec, _, marker = (d.strip() for d in eis.partition(";"))
            if "extra" not in marker:
                te_doen.append((_NAAM.match(spec).group(0), marker))  # type: ignore[union-attr]
    eerst = gezien.pop(_norm(pakket))
    return [eerst, *sorted(gezien.values(), key=str.lower)]


_NAAM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _norm(naam: str) -> str:
    return re.sub(r"[-_.]+", "-", naam).lower()
