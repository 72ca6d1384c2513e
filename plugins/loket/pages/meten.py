""" "Hoe meten we?": the rules `loket meet` counts by, in plain words (B1), for the norms whose
figures come from the zaaksysteem or the telephone system."""

from __future__ import annotations

from datetime import date

from loket.model import Catalogus
from loket.model.werkdagen import feestdagen
from loket.pages.normen import KWALITEITSHANDVEST_PAD, norm_pad
from loket.pages.opmaak import md_tekst
from loket.pages.spec import Uitvoer, link
from loket.pages.teksten import NL

METEN_PAD = "kwaliteitshandvest/hoe-meten-we.md"
BRON_WOORD = {"zaken": "zaken", "telefonie": "gesprekken"}
"""What a figure is counted from, per source: `gemeten uit 4.150 zaken`."""
BRON_PLEK = {"zaken": "de zaken in het zaaksysteem", "telefonie": "de telefooncentrale"}


def gemeten(catalogus: Catalogus) -> bool:
    return any(n.servicenorm.meting for n in catalogus.servicenormen.values())


def meten_pagina(catalogus: Catalogus, vandaag: date) -> Uitvoer:
    normen = [n for n in catalogus.servicenormen.values() if n.servicenorm.meting]
    lijst = "\n".join(
        f"- [{md_tekst(n.servicenorm.titel)}]({link(METEN_PAD, norm_pad(n.id))}): uit "
        f"{BRON_PLEK[n.servicenorm.meting.bron]}"
        for n in normen
        if n.servicenorm.meting
    )
    dagen = sorted(feestdagen(vandaag.year).items())
    vrij = ", ".join(f"{naam.lower()} ({NL.datum(dag)})" for dag, naam in dagen)
    delen = [
        "# Hoe meten we?",
        "Van deze beloften rekent de computer de cijfers uit. Niemand typt ze over. Zo meten "
        "we elke periode op dezelfde manier, en kan iedereen nagaan hoe een cijfer tot stand "
        "kwam.",
        lijst,
        "## Een aanvraag of melding (zaak)",
        "- Elke aanvraag of melding is een zaak in ons zaaksysteem. De zaak begint op de dag "
        "dat wij hem ontvangen.\n"
        "- Beloven we een antwoord binnen een aantal **werkdagen**? Dan tellen we vanaf de dag "
        "na de start. Zaterdag en zondag tellen niet mee, en ook de feestdagen niet. Dat zijn "
        "de dagen uit de Algemene termijnenwet. Dit jaar: " + vrij + ".\n"
        "- Beloven we iets binnen een aantal **dagen** of **weken**? Dan tellen alle dagen mee.\n"
        "- Is de zaak klaar op of voor de laatste dag? Dan hebben we de belofte gehaald.\n"
        "- Een zaak die klaar is, telt mee in de periode waarin hij klaar was.\n"
        "- Is een zaak nog niet klaar, maar is de laatste dag al voorbij? Dan telt hij als "
        "**niet gehaald**, in de periode van die laatste dag. Zo kan een late zaak niet uit "
        "de cijfers blijven doordat we hem openlaten.\n"
        "- Is een zaak nog niet klaar en nog op tijd? Dan telt hij nog niet mee.\n"
        "- Hebben we de termijn verlengd of de zaak opgeschort, bijvoorbeeld omdat we "
        "gegevens van u nodig hadden? Dan blijft de laatste dag van de belofte hetzelfde. Wel "
        "houden we bij hoe vaak dat gebeurde.",
        "## Een telefoongesprek",
        "- We meten hoe lang u wacht tot u iemand spreekt. Is dat niet langer dan de norm? Dan "
        "hebben we de belofte gehaald.\n"
        "- Een gesprek telt mee in de periode waarin u belde.",
        "## De cijfers",
        "- We tellen per maand, per kwartaal of per jaar. We tonen een periode pas als die "
        "voorbij is.\n"
        "- Het percentage is het aantal keer dat we de belofte haalden, gedeeld door alle "
        "keren dat we meten, maal 100. We ronden af op één cijfer achter de komma.\n"
        "- Bij elk cijfer staat waar het vandaan komt, en uit hoeveel zaken of gesprekken.",
        f"[Alle beloften]({link(METEN_PAD, KWALITEITSHANDVEST_PAD)})",
    ]
    meta = {
        "title": "Hoe meten we?",
        "description": "Zo rekenen we uit hoe vaak we onze beloften halen.",
        "loket": {"soort": "meten"},
    }
    return Uitvoer(METEN_PAD, meta, "\n\n".join(delen))
