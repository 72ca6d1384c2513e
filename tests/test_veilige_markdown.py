"""The safe renderer's short way for plain fields (paragraphs and `- ` lists without any
Markdown syntax) gives exactly what Python-Markdown and nh3 give, and only for such text."""

from __future__ import annotations

import os

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from loket.model import veilige_markdown

VOORBEELDEN = 25 * int(os.environ.get("LOKET_VOORBEELDEN", "20"))
WILLEKEURIG = os.environ.get("LOKET_FUZZ") == "1"
STUKKEN = [
    "Woord", "een", " ", "  ", ".", ",", "?", "é", "€", "'", '"', ":", "\n", "\n\n", "\n\n\n",
    "- ", "\n- ", "* ", "+ ", "1. ", "2) ", "> ", "# ", "=", "---", "    ", "\t", "\r", "\xa0",
    "*", "_", "`", "\\", "[", "]", "!", "<", ">", "&", "&amp;", "|", "{:", "}", "~", "\x00",
]  # fmt: skip


def _volledig(tekst: str) -> str:
    return veilige_markdown._schoon(veilige_markdown._render(tekst))


@settings(max_examples=VOORBEELDEN, deadline=None, derandomize=not WILLEKEURIG, database=None)
@given(st.lists(st.sampled_from(STUKKEN), max_size=12).map("".join))
def test_the_short_way_gives_what_the_full_renderer_gives(tekst: str):
    kort = veilige_markdown._eenvoudig(tekst)
    event("kort" if kort is not None else "volledig")
    if kort is not None:
        assert kort == _volledig(tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        "Eén alinea.",
        "Twee regels\nin één alinea.\n",
        "Een alinea.\n\nEn nog een, met 'aanhalingstekens' en een € 12,50.",
        "Wat u meeneemt:\n\n- uw paspoort\n- een pasfoto\n\nDaarna betaalt u.",
        "\n\n- alleen een lijst\n",
    ],
)
def test_plain_paragraphs_and_lists_take_the_short_way(tekst: str):
    kort = veilige_markdown._eenvoudig(tekst)
    assert kort is not None
    assert kort == _volledig(tekst)
    assert veilige_markdown.naar_html(tekst) == kort


@pytest.mark.parametrize(
    "tekst",
    [
        "Met **vet**.",
        "Een [link](https://a.example/).",
        "- een\n\n- twee",  # one loose list in Markdown
        "Een alinea\n- met een lijst zonder lege regel",
        "Regel met  \nharde afbreking",
        "1. genummerd",
        "Kop\n---",
        "Tekst & meer",
        "harde\xa0spatie",
    ],
)
def test_anything_else_takes_the_full_renderer(tekst: str):
    assert veilige_markdown._eenvoudig(tekst) is None
