"""Dutch explanations for PyYAML's syntax errors, so a redacteur never sees its English."""

from __future__ import annotations

import yaml

from loket.melding import Melding

# (fragment of PyYAML's problem text, melding, hint); the first match wins.
_VERTALINGEN: tuple[tuple[str, str, str], ...] = (
    (
        "mapping values are not allowed",
        "hier staat een dubbele punt die YAML niet begrijpt",
        'zet tekst met een dubbele punt tussen aanhalingstekens: "tekst: met dubbele punt"',
    ),
    (
        "found character '\\t'",
        "hier staat een tab",
        "gebruik spaties om in te springen, geen tabs",
    ),
    (
        "found unexpected end of stream",
        "een aanhalingsteken wordt niet gesloten",
        "zet aan het eind van de tekst hetzelfde aanhalingsteken als aan het begin",
    ),
    (
        "could not find expected ':'",
        "na deze sleutel ontbreekt een dubbele punt",
        "schrijf 'sleutel: waarde', met een dubbele punt en een spatie",
    ),
    (
        "expected <block end>",
        "de inspringing klopt hier niet",
        "laat sleutels die bij elkaar horen precies even ver inspringen, met spaties",
    ),
    (
        "did not find expected '-' indicator",
        "de inspringing van deze lijst klopt niet",
        "laat elk item van de lijst met '- ' beginnen, even ver ingesprongen",
    ),
    (
        "did not find expected key",
        "de inspringing klopt hier niet",
        "laat sleutels die bij elkaar horen precies even ver inspringen, met spaties",
    ),
    (
        "expected a single document",
        "het bestand bevat meer dan één document (---)",
        "haal de regel met '---' weg of zet elk document in een eigen bestand",
    ),
    (
        "found character",
        "hier staat een teken waarmee een waarde niet mag beginnen",
        "zet de tekst tussen aanhalingstekens",
    ),
    (
        "found unknown escape character",
        "hier staat een backslash (\\) die YAML niet kent",
        "gebruik enkele aanhalingstekens ('...') of schrijf een dubbele backslash (\\\\)",
    ),
)


def vertaal_yaml_fout(fout: yaml.YAMLError, weergave: str) -> Melding:
    mark = getattr(fout, "problem_mark", None) or getattr(fout, "context_mark", None)
    regel, kolom = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    probleem = f"{getattr(fout, 'problem', '')} {getattr(fout, 'context', '')}"
    for fragment, tekst, hint in _VERTALINGEN:
        if fragment in probleem:
            return Melding(weergave, regel, kolom, tekst, hint)
    hint = "controleer de inspringing, de dubbele punten en de aanhalingstekens rond deze plek"
    return Melding(weergave, regel, kolom, "dit is geen geldige YAML", hint)
