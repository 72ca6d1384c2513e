"""Read one YAML file into plain data, keeping the line and column of every key and value.

PyYAML's composed nodes carry marks; we turn them into a `Posities` table keyed by the
path of each value (`("aanvragen", 0, "kanaal")`), so that every later layer can point a
redacteur at the exact place of a problem without knowing YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from loket.load.yaml_fouten import vertaal_yaml_fout
from loket.melding import Ernst, Melding

MAX_GROOTTE = 1024 * 1024
_BEKENDE_TAGS = frozenset(
    f"tag:yaml.org,2002:{naam}"
    for naam in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)

Pad = tuple[str | int, ...]


@dataclass(frozen=True)
class Plek:
    regel: int
    kolom: int


@dataclass
class Posities:
    """Where each value and each key of a file starts (1-based)."""

    waarden: dict[Pad, Plek] = field(default_factory=dict)
    sleutels: dict[Pad, Plek] = field(default_factory=dict)

    def waarde(self, pad: Pad) -> Plek:
        """The place of the value at `pad`, or of its nearest parent that exists."""
        for lengte in range(len(pad), -1, -1):
            plek = self.waarden.get(pad[:lengte])
            if plek is not None:
                return plek
        return Plek(1, 1)

    def sleutel(self, pad: Pad) -> Plek:
        return self.sleutels.get(pad) or self.waarde(pad)


@dataclass
class YamlBestand:
    """A parsed file. Positions are worked out only when a message needs one: the clean
    files of a large gemeente never pay for them."""

    pad: str
    data: dict[str, Any]
    _posities: Posities | None = None
    _tekst: str = ""
    _bron: Path | None = None
    """Where to read the text again when it was not kept (files read by a worker process)."""

    @property
    def posities(self) -> Posities:
        if self._posities is None:
            tekst = self._tekst
            if not tekst and self._bron is not None:
                tekst = self._bron.read_bytes().decode("utf-8-sig", errors="replace")
            ontleed = _snel(tekst) or _langzaam(tekst, self.pad)[0]
            self._posities = Posities() if ontleed is None else _Omzetter.van(ontleed).posities
        return self._posities

    def melding(
        self,
        pad: Pad,
        tekst: str,
        hint: str = "",
        *,
        op_sleutel: bool = False,
        ernst: Ernst = Ernst.FOUT,
    ) -> Melding:
        plek = self.posities.sleutel(pad) if op_sleutel else self.posities.waarde(pad)
        return Melding(self.pad, plek.regel, plek.kolom, tekst, hint, ernst)


class _AnkerFout(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__("anker")
        self.mark = mark


class _Lezer(yaml.SafeLoader):
    """Safe loader that stops at the first anchor or alias, so an alias bomb costs nothing."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _AnkerFout(event.start_mark)
        return super().compose_node(parent, index)


def _plek(mark: yaml.Mark) -> Plek:
    return Plek(mark.line + 1, mark.column + 1)


def lees_yaml(bestand: Path, weergave: str) -> tuple[YamlBestand | None, list[Melding]]:
    """Read `bestand`; `weergave` is the path shown in messages (relative to the gemeente)."""
    ruw = lees_ruw(bestand, weergave)
    return lees_yaml_tekst(ruw, weergave) if isinstance(ruw, bytes) else ruw


def lees_ruw(bestand: Path, weergave: str) -> bytes | tuple[None, list[Melding]]:
    """The bytes of `bestand`, or why they cannot be read (unreadable, too large)."""
    try:
        grootte = bestand.stat().st_size
        ruw = bestand.read_bytes() if grootte <= MAX_GROOTTE else b""
    except OSError:
        return None, [Melding(weergave, 1, 1, "dit bestand kan niet worden gelezen")]
    if grootte > MAX_GROOTTE:
        tekst = f"het bestand is te groot ({grootte // 1024} kB); de grens is 1024 kB"
        return None, [Melding(weergave, 1, 1, tekst, "splits de inhoud over meer bestanden")]
    return ruw


def lees_yaml_tekst(ruw: bytes, weergave: str) -> tuple[YamlBestand | None, list[Melding]]:
    try:
        tekst = ruw.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        voor = ruw[: fout.start]
        regel = voor.count(b"\n") + 1
        kolom = fout.start - (voor.rfind(b"\n") + 1) + 1
        hint = "sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan als' → UTF-8)"
        return None, [Melding(weergave, regel, kolom, "dit bestand is niet in UTF-8", hint)]
    if not tekst.strip():
        hint = "vul het bestand of verwijder het"
        return None, [Melding(weergave, 1, 1, "het bestand is leeg", hint)]
    probleem = _onleesbaar(tekst, weergave) or _te_diep(tekst, weergave)
    if probleem:
        return None, [probleem]
    return _ontleed(tekst, weergave)


_ONLEESBAAR = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""What YAML does not allow in a file at all (its 'printable' set)."""
MAX_DIEPTE = 40
"""Deeper nesting than any real content needs; it is refused before anything recursive runs."""
_INSPRINGING = re.compile(r"^[ ?-]*", re.MULTILINE)
_REGELEINDE = re.compile("\r\n?|[\x85\u2028\u2029]")


def _onleesbaar(tekst: str, weergave: str) -> Melding | None:
    gevonden = _ONLEESBAAR.search(tekst)
    if gevonden is None:
        return None
    voor = tekst[: gevonden.start()]
    regel, kolom = voor.count("\n") + 1, gevonden.start() - (voor.rfind("\n") + 1) + 1
    teken = f"U+{ord(gevonden.group()):04X}"
    hint = "typ de tekst opnieuw; zo'n teken komt vaak mee bij kopiëren uit een ander programma"
    return Melding(weergave, regel, kolom, f"hier staat een onzichtbaar stuurteken ({teken})", hint)


def _diepte_grens(tekst: str) -> int:
    """An upper bound of the nesting depth, without parsing: a block collection starts no
    further right than the longest run of indentation and indicators (`  - - `), and only
    every second level may keep the same indentation; each flow level needs a `[` or `{`."""
    regels = _REGELEINDE.sub("\n", tekst)  # YAML also breaks lines on \r, NEL, LS and PS
    langste = max((len(m) for m in _INSPRINGING.findall(regels)), default=0)
    return 2 * langste + 2 + tekst.count("[") + tekst.count("{")


def _te_diep(tekst: str, weergave: str) -> Melding | None:
    """Nesting deeper than MAX_DIEPTE, found on the parser's events (never recursively)."""
    if _diepte_grens(tekst) <= MAX_DIEPTE:
        return None
    lezer = (yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader)(tekst)
    diepte = 0
    try:
        while lezer.check_event():
            event = lezer.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                diepte += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                diepte -= 1
            if diepte > MAX_DIEPTE:
                plek = _plek(event.start_mark)
                tekst_ = f"de waarden zijn hier meer dan {MAX_DIEPTE} niveaus diep genest"
                hint = "controleer de inspringing en de haakjes [ ] en { }"
                return Melding(weergave, plek.regel, plek.kolom, tekst_, hint)
    except yaml.YAMLError:
        return None  # the careful reader will say what is wrong
    finally:
        lezer.dispose()
    return None


def _ontleed(tekst: str, weergave: str) -> tuple[YamlBestand | None, list[Melding]]:
    """Three ways in, fastest first; each later one is the reference for the earlier:
    libyaml straight to data (clean files), libyaml to nodes, then the pure-Python reader
    whose messages are the ones redacteuren see."""
    snel_kan = yaml.__with_libyaml__ and not _heeft_anker(tekst)
    if snel_kan:
        data = _direct(tekst)
        if data is not None:
            return YamlBestand(weergave, data, _tekst=tekst), []
    ontleed, meldingen = (_snel_zonder_anker(tekst), []) if snel_kan else (None, [])
    if ontleed is None:
        ontleed, meldingen = _langzaam(tekst, weergave)
    if ontleed is None:
        return None, meldingen
    return _zet_om(ontleed, weergave)


class _Twijfel(Exception):
    """The fast path met something the careful path must judge."""


class _DirecteLezer(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
        sleutels = [k.value if isinstance(k, yaml.ScalarNode) else None for k, _ in node.value]
        if None in sleutels or "<<" in sleutels or len(set(sleutels)) != len(sleutels):
            raise _Twijfel
        return super().construct_mapping(node, deep=deep)


def _direct(tekst: str) -> dict[str, Any] | None:
    """The data of a clean file, or None when anything needs the careful path."""
    try:
        data = yaml.load(tekst, Loader=_DirecteLezer)
    except Exception:  # anything odd (`!!bool x`, `!!timestamp x`): the careful path judges it
        return None
    return data if isinstance(data, dict) and _alleen_gewone_waarden(data) else None


_GEWOON = (str, int, float, bool, type(None), date)


def _alleen_gewone_waarden(waarde: Any) -> bool:
    """Only what the careful reader also accepts: text keys, no `!!binary`, `!!set` & co."""
    if isinstance(waarde, dict):
        return all(type(k) is str and _alleen_gewone_waarden(v) for k, v in waarde.items())
    if isinstance(waarde, list):
        return all(_alleen_gewone_waarden(v) for v in waarde)
    return isinstance(waarde, _GEWOON)


_Ontleed = tuple[Any, yaml.Node | None]


def _snel(tekst: str) -> _Ontleed | None:
    """The composed document via libyaml, or None if the slow reader should look at it."""
    if not yaml.__with_libyaml__ or _heeft_anker(tekst):
        return None
    return _snel_zonder_anker(tekst)


def _snel_zonder_anker(tekst: str) -> _Ontleed | None:
    """As `_snel`, for a text already known to have no anchors."""
    lezer = yaml.CSafeLoader(tekst)
    try:
        return lezer, lezer.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        lezer.dispose()


def _langzaam(tekst: str, weergave: str) -> tuple[_Ontleed | None, list[Melding]]:
    lezer = _Lezer(tekst)
    try:
        return (lezer, lezer.get_single_node()), []
    except _AnkerFout as fout:
        plek = _plek(fout.mark)
        hint = "schrijf de waarde voluit op elke plek waar u haar nodig heeft"
        melding = "ankers (&) en verwijzingen (*) zijn niet toegestaan"
        return None, [Melding(weergave, plek.regel, plek.kolom, melding, hint)]
    except yaml.YAMLError as fout:
        return None, [vertaal_yaml_fout(fout, weergave)]
    finally:
        lezer.dispose()


def _heeft_anker(tekst: str) -> bool:
    """True when an anchor or alias may be present (checked on libyaml's events)."""
    if "&" not in tekst and "*" not in tekst:
        return False
    if not yaml.__with_libyaml__:
        return True
    lezer = yaml.CSafeLoader(tekst)
    try:
        while lezer.check_event():
            event = lezer.get_event()
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return True
    except yaml.YAMLError:
        return True
    finally:
        lezer.dispose()
    return False


def _zet_om(ontleed: _Ontleed, weergave: str) -> tuple[YamlBestand | None, list[Melding]]:
    wortel = ontleed[1]
    if wortel is None:
        return None, [Melding(weergave, 1, 1, "het bestand is leeg", "vul het bestand")]
    if not isinstance(wortel, yaml.MappingNode):
        plek = _plek(wortel.start_mark)
        hint = "begin elke regel op het hoogste niveau met een sleutel, zoals 'naam: ...'"
        melding = "het bestand moet uit sleutels met waarden bestaan"
        return None, [Melding(weergave, plek.regel, plek.kolom, melding, hint)]
    omzetter = _Omzetter.van(ontleed, weergave)
    return YamlBestand(weergave, omzetter.data, omzetter.posities), omzetter.meldingen


class _Omzetter:
    """Turns composed nodes into dicts, lists and scalars while recording positions."""

    def __init__(self, weergave: str, lezer: Any) -> None:
        self.weergave = weergave
        self.lezer = lezer
        self.posities = Posities()
        self.meldingen: list[Melding] = []
        self.data: Any = None

    @classmethod
    def van(cls, ontleed: _Ontleed, weergave: str = "") -> _Omzetter:
        lezer, wortel = ontleed
        omzetter = cls(weergave, lezer)
        if wortel is not None:
            omzetter.data = omzetter.waarde(wortel, ())
        return omzetter

    def waarde(self, node: yaml.Node, pad: Pad) -> Any:
        self.posities.waarden[pad] = _plek(node.start_mark)
        if node.tag not in _BEKENDE_TAGS:
            self._meld(
                _plek(node.start_mark),
                f"onbekende YAML-markering '{node.tag}'",
                "haal de markering (het woord met !) weg",
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, pad)
        if isinstance(node, yaml.SequenceNode):
            return [self.waarde(kind, (*pad, i)) for i, kind in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, pad: Pad) -> dict[str, Any]:
        uitkomst: dict[str, Any] = {}
        for sleutel_node, waarde_node in node.value:
            plek = _plek(sleutel_node.start_mark)
            if not isinstance(sleutel_node, yaml.ScalarNode):
                self._meld(plek, "een sleutel moet een woord zijn, geen lijst of groep")
                continue
            sleutel = str(sleutel_node.value)
            if sleutel in uitkomst:
                tekst = f"de sleutel '{sleutel}' staat hier twee keer"
                self._meld(plek, tekst, "houd er één over en voeg de waarden samen")
                continue
            self.posities.sleutels[(*pad, sleutel)] = plek
            uitkomst[sleutel] = self.waarde(waarde_node, (*pad, sleutel))
        return uitkomst

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            return self.lezer.construct_object(node, deep=True)
        except (ValueError, OverflowError):
            # e.g. 2027-02-30 looks like a date but is none: keep the text, the model says why.
            return str(node.value)
        except (yaml.constructor.ConstructorError, KeyError, AttributeError, TypeError):
            # an explicit tag on a value it cannot hold (`!!bool x`, `!!timestamp x`)
            self._meld(
                _plek(node.start_mark),
                f"onbekende YAML-markering '{node.tag}'",
                "haal de markering (het woord met !) weg",
            )
            return None

    def _meld(self, plek: Plek, tekst: str, hint: str = "") -> None:
        self.meldingen.append(Melding(self.weergave, plek.regel, plek.kolom, tekst, hint))
