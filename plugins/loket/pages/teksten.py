"""The interface texts that Dutch and English pages share, side by side: dates, times,
amounts and durations, channel details, how to apply, costs, the contact page, formal
messages (Wmebv), storingen and the SDG sections.

A renderer gets one `Taal` (`NL` or `EN`) and takes every word it adds from it; the content's
own words come from the YAML (`naam` or `en: naam`). Product pages keep their headings in
their own renderer (product.py, engels.py): their structure differs per language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal

from loket.model import Kanaal
from loket.model.gemeente import Soort
from loket.model.openingstijden import WEEKDAGEN, Tijdvak
from loket.model.product import Betaalmethode, Doorlooptijd, Inloggen
from loket.pages.opmaak import MAANDEN, md_tekst, opsomming


@dataclass(frozen=True)
class Taal:
    code: str
    maanden: tuple[str, ...]
    weekdagen: tuple[str, ...]
    tijd_teken: str
    """Between hours and minutes: `08.30` in Dutch, `08:30` in English."""
    uur: str
    """After a time: ` uur` in Dutch, nothing in English."""
    en: str
    of: str
    gesloten: str
    soort_titels: dict[Soort, str]
    inloggen: dict[Inloggen, str]
    motto: str
    website: str
    telefoon: str
    email: str
    adres: str
    postadres: str
    alleen_op_afspraak: str
    openingstijden: str
    """Heading of a channel's opening hours; `{kanaal}` is its name."""
    dag_open: tuple[str, str]
    gesloten_op: str
    gesloten_uitleg: str
    # A period (storingen): {dag}, {van}, {tot}.
    op_dag: str
    op_dag_van_tot: str
    van_tot_en_met: str
    van_tot: str
    # Formal messages (Wmebv).
    formeel_kop: str
    formeel_product_kop: str
    formeel_product: str
    formeel_uitleg: str
    besluit: str
    anders: str
    niet_beschikbaar: str
    storing_formeel: str
    """`{kanaal}` does not work `{wanneer}`; what that means for deadlines (Awb 6:11)."""
    # Amounts and durations.
    duizendtal: str
    decimaal: str
    gratis: str
    direct: str
    """A duration of 0: done at once."""
    eenheden: dict[str, tuple[str, str]]
    """Per unit of a doorlooptijd: (one, more)."""
    # How to apply: per channel, and the costs.
    afspraak_link: str
    afspraak_eerst: str
    online_knop: str
    naar_kanaal: str
    kosten_kop: str
    kosten_kolommen: tuple[str, str]
    vanaf: str
    # The Single Digital Gateway: how to pay, the feedback tool (heading, text, link).
    betaalmethoden: dict[Betaalmethode, str]
    betalen: str
    feedback: tuple[str, str, str]

    def datum(self, dag: date, *, met_weekdag: bool = False) -> str:
        tekst = f"{dag.day} {self.maanden[dag.month - 1]} {dag.year}"
        return f"{self.weekdagen[dag.weekday()]} {tekst}" if met_weekdag else tekst

    def tijd(self, moment: time) -> str:
        uur, minuut = (24, 0) if moment == time(23, 59) else (moment.hour, moment.minute)
        return f"{uur:02d}{self.tijd_teken}{minuut:02d}"

    def tijdvakken(self, vakken: list[Tijdvak]) -> str:
        """`08.30 – 12.30 uur en 13.30 – 17.00 uur`, `08:30 – 12:30`, or closed."""
        if not vakken:
            return self.gesloten
        return f" {self.en} ".join(
            f"{self.tijd(begin)} – {self.tijd(eind)}{self.uur}" for begin, eind in vakken
        )

    def euro(self, bedrag: Decimal) -> str:
        """`€ 1.234,50` in Dutch, `€ 1,234.50` in English; cents rounded half up."""
        centen = bedrag.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        heel, _, rest = f"{centen:,.2f}".partition(".")
        return f"€ {heel.replace(',', self.duizendtal)}{self.decimaal}{rest}"

    def bedrag(self, bedrag: Decimal) -> str:
        """An amount on a page: free when it is 0."""
        return self.gratis if bedrag == 0 else self.euro(bedrag)

    def doorlooptijd(self, duur: Doorlooptijd) -> str:
        """`5 werkdagen`, `1 week`; `direct` for 0; empty without a unit."""
        for eenheid in ("werkdagen", "dagen", "weken"):
            aantal = getattr(duur, eenheid)
            if aantal is not None:
                een, meer = self.eenheden[eenheid]
                return self.direct if aantal == 0 else f"{aantal} {een if aantal == 1 else meer}"
        return ""

    def opsomming(self, namen: list[str]) -> str:
        return opsomming(namen, self.of)

    def inhoud(self, tekst: str, engels: str | None = None) -> str:
        """A text of the content as Markdown, in this page's language: on an English page its
        English text (`engels`) when the gemeente gave one, else the Dutch marked as Dutch."""
        if self.code == "nl":
            return md_tekst(tekst)
        return md_tekst(engels) if engels else nederlands(tekst)

    def kanaal_naam(self, kanaal: Kanaal) -> str:
        return self.inhoud(kanaal.naam, kanaal.en and kanaal.en.naam)


def nederlands(tekst: str) -> str:
    """Dutch words on an English page, marked as Dutch (and inert: Markdown is read inside
    an inline HTML element)."""
    return f'<span lang="nl">{md_tekst(tekst)}</span>'


NL = Taal(
    code="nl",
    maanden=MAANDEN,
    weekdagen=WEEKDAGEN,
    tijd_teken=".",
    uur=" uur",
    en="en",
    of="of",
    gesloten="gesloten",
    soort_titels={
        "click": "Online",
        "call": "Bellen of appen",
        "face": "Langskomen",
        "schriftelijk": "Schrijven",
    },
    inloggen={
        "digid": "U logt in met DigiD.",
        "eherkenning": "U logt in met eHerkenning.",
        "geen": "U hoeft niet in te loggen.",
    },
    motto="Digitaal waar het kan, persoonlijk waar het moet.",
    website="Website",
    telefoon="Telefoon",
    email="E-mail",
    adres="Adres",
    postadres="Postadres",
    alleen_op_afspraak="Alleen op afspraak.",
    openingstijden="Openingstijden {kanaal}",
    dag_open=("Dag", "Open"),
    gesloten_op="Gesloten op",
    gesloten_uitleg="Op deze dagen is de gemeente gesloten.",
    op_dag="op {dag}",
    op_dag_van_tot="op {dag} van {van} tot {tot} uur",
    van_tot_en_met="van {van} tot en met {tot}",
    van_tot="van {van} tot {tot}",
    formeel_kop="Officiële berichten digitaal sturen",
    formeel_product_kop="Aanvraag of bezwaar digitaal sturen",
    formeel_product=(
        "U mag uw aanvraag of bezwaar digitaal sturen via {kanaal}. Dat kanaal hebben wij "
        "daarvoor aangewezen."
    ),
    formeel_uitleg=(
        "Een aanvraag, een bezwaar of een zienswijze is een officieel bericht. U mag zo'n "
        "bericht digitaal sturen via deze kanalen:"
    ),
    besluit="Dit staat in ons [aanwijzingsbesluit]({url}).",
    anders="Liever niet digitaal? Dat mag. U kunt ook kiezen voor: {kanalen}.",
    niet_beschikbaar="**Tijdelijk niet beschikbaar** {wanneer}: {titel}",
    storing_formeel=(
        "**{kanaal} werkt {wanneer} niet.** Komt u daardoor te laat met uw aanvraag of "
        "bezwaar? Dan is dat niet uw schuld. Stuur uw bericht zodra het weer werkt, of stuur "
        "het per post. Wij behandelen het dan gewoon."
    ),
    duizendtal=".",
    decimaal=",",
    gratis="gratis",
    direct="direct",
    eenheden={
        "werkdagen": ("werkdag", "werkdagen"),
        "dagen": ("dag", "dagen"),
        "weken": ("week", "weken"),
    },
    afspraak_link="Maak eerst een afspraak: [afspraak maken]({url}).",
    afspraak_eerst="U maakt eerst een afspraak.",
    online_knop="Direct regelen",
    naar_kanaal="Naar {kanaal}",
    kosten_kop="Wat kost het?",
    kosten_kolommen=("Wat", "Bedrag"),
    vanaf="Vanaf {datum}",
    betaalmethoden={
        "pin": "pin",
        "contant": "contant geld",
        "ideal": "iDEAL",
        "creditcard": "creditcard",
        "factuur": "een factuur",
        "acceptgiro": "een acceptgiro",
    },
    betalen="Betalen kan met {methoden}.",
    feedback=(
        "Wat vindt u van deze informatie?",
        "Deze informatie is er ook voor mensen uit andere landen van de Europese Unie. De "
        "Europese Commissie wil weten of u vond wat u zocht.",
        "Geef uw mening aan de Europese Commissie",
    ),
)

EN = Taal(
    code="en",
    maanden=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    weekdagen=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    tijd_teken=":",
    uur="",
    en="and",
    of="or",
    gesloten="closed",
    soort_titels={
        "click": "Online",
        "call": "Phone or chat",
        "face": "Visit us",
        "schriftelijk": "Write to us",
    },
    inloggen={
        "digid": "You log in with DigiD.",
        "eherkenning": "You log in with eHerkenning.",
        "geen": "You do not need to log in.",
    },
    motto="Online where possible, in person where needed.",
    website="Website",
    telefoon="Phone",
    email="Email",
    adres="Address",
    postadres="Postal address",
    alleen_op_afspraak="By appointment only.",
    openingstijden="Opening hours: {kanaal}",
    dag_open=("Day", "Open"),
    gesloten_op="Closed on",
    gesloten_uitleg="The municipality is closed on these days.",
    op_dag="on {dag}",
    op_dag_van_tot="on {dag} from {van} to {tot}",
    van_tot_en_met="from {van} up to and including {tot}",
    van_tot="from {van} to {tot}",
    formeel_kop="Send official messages digitally",
    formeel_product_kop="Send your application or objection digitally",
    formeel_product=(
        "You may send your application or objection digitally via {kanaal}. We have "
        "designated this channel for it."
    ),
    formeel_uitleg=(
        "An application, an objection or a view on a draft decision (zienswijze) is an "
        "official message. You may send it digitally via these channels:"
    ),
    besluit="This is in our [designation decision]({url}) (in Dutch).",
    anders="You prefer not to send it digitally? That is fine. You can also use: {kanalen}.",
    niet_beschikbaar="**Temporarily not available** {wanneer}: {titel}",
    storing_formeel=(
        "**{kanaal} does not work {wanneer}.** Are you late with your application or "
        "objection because of this? Then it is not your fault. Send your message as soon as "
        "it works again, or send it by post. We will deal with it as usual."
    ),
    duizendtal=",",
    decimaal=".",
    gratis="free",
    direct="immediately",
    eenheden={
        "werkdagen": ("working day", "working days"),
        "dagen": ("day", "days"),
        "weken": ("week", "weeks"),
    },
    afspraak_link="Make an appointment first: [make an appointment]({url}).",
    afspraak_eerst="Make an appointment first.",
    online_knop="Apply online",
    naar_kanaal="Go to this channel",
    kosten_kop="What does it cost?",
    kosten_kolommen=("What", "Amount"),
    vanaf="From {datum}",
    betaalmethoden={
        "pin": "debit card (PIN)",
        "contant": "cash",
        "ideal": "iDEAL",
        "creditcard": "credit card",
        "factuur": "invoice",
        "acceptgiro": "giro payment slip (acceptgiro)",
    },
    betalen="You can pay by {methoden}.",
    feedback=(
        "What do you think of this information?",
        "This information is also meant for people from other countries of the European "
        "Union. The European Commission wants to know whether you found what you were "
        "looking for.",
        "Give your opinion to the European Commission",
    ),
)
