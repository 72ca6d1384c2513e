"""Cards: a list of links with a short text, shown as Material's grid cards."""

from __future__ import annotations

from loket.pages.opmaak import md_tekst


def kaarten(items: list[tuple[str, str, str]]) -> str:
    """`items` are (title, Markdown link target, text)."""
    regels = [
        f"-   [{md_tekst(titel)}]({doel})\n\n    {md_tekst(tekst)}" for titel, doel, tekst in items
    ]
    return (
        '<div class="grid cards loket-kaarten" markdown>\n\n' + "\n\n".join(regels) + "\n\n</div>"
    )
