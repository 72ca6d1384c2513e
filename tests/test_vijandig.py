"""Hostile content, one test per class of attack: each either becomes a located Dutch melding
(exit 1, no traceback, the previous site untouched) or reaches the site neutralised."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from loket.model.veilige_markdown import naar_html, problemen
from loket.pages.formaten import csv_cel
from lxml import etree, html

from tests.conftest import ROOT, loket_check, mkdocs_build

MELDING = re.compile(r"^  (\S+):(\d+):(\d+): (.+)$", re.MULTILINE)


def vervang(gemeente_map: Path, bestand: str, oud: str, nieuw: str) -> None:
    pad = gemeente_map / bestand
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, (bestand, oud)
    pad.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


def meldingen(gemeente_map: Path) -> list[tuple[str, str]]:
    """(file:line:col, text) of every melding `loket check` prints; it must end with exit 1."""
    uitkomst = loket_check(gemeente_map)
    assert "Traceback" not in uitkomst.stderr, uitkomst.stderr
    assert uitkomst.returncode == 1, uitkomst.stderr
    return [(f"{p}:{r}:{k}", t) for p, r, k, t in MELDING.findall(uitkomst.stderr)]


def gebouwd(gemeente_map: Path) -> Path:
    uitkomst = mkdocs_build(gemeente_map)
    assert uitkomst.returncode == 0, uitkomst.stderr
    return gemeente_map / "site"


# Attributes and HTML text ----------------------------------------------------------------


def test_a_quote_cannot_leave_the_description_attribute(klein: Path):
    aanval = 'Ophalen." http-equiv="refresh" content="0;url=https://evil.example/'
    oud = "samenvatting: Laat grote spullen, zoals een bank, gratis bij u thuis ophalen."
    vervang(klein, "producten/grofvuil.yaml", oud, f"samenvatting: {json.dumps(aanval)}")
    naam = "naam: Grofvuil laten ophalen"
    vervang(klein, "producten/grofvuil.yaml", naam, "naam: 'Grof & \"vuil\"'")
    doc = html.parse(str(gebouwd(klein) / "producten/grofvuil/index.html")).getroot()
    assert doc.xpath("//meta[@http-equiv='refresh']") == []
    [beschrijving] = doc.xpath("//meta[@name='description']/@content")
    assert beschrijving == aanval
    for kaart in ("@property='og:description'", "@name='twitter:description'"):
        assert doc.xpath(f"//meta[{kaart}]/@content") == [aanval]
    for kaart in ("@property='og:title'", "@name='twitter:title'"):
        assert doc.xpath(f"//meta[{kaart}]/@content") == ['Grof & "vuil"']
    assert doc.findtext(".//title").startswith('Grof & "vuil" - ')
    assert doc.xpath("string(//h1)") == 'Grof & "vuil"'


def test_plain_text_fields_are_never_markdown(klein: Path):
    naam = "Grofvuil *nu* [hier](https://evil.example) {: style=color:red }"
    vervang(klein, "producten/grofvuil.yaml", "naam: Grofvuil laten ophalen", f"naam: '{naam}'")
    doc = html.parse(str(gebouwd(klein) / "producten/grofvuil/index.html")).getroot()
    [h1] = doc.findall(".//h1")
    assert h1.text_content() == naam
    assert h1.findall(".//*") == [] and "style" not in h1.attrib
    assert doc.xpath("//a[contains(@href, 'evil.example')]") == []


# Markdown that reaches too far -------------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "melding"),
    [
        ('Tekst\n{: style="background:url(https://evil.example/p.png)" }', "opmaak met '{: ... }'"),
        ("Tekst {: #__config }", "opmaak met '{: ... }'"),
        ("> [a]: javascript&#58;alert(1)\n\n[klik][a]", "een link met 'javascript:'"),
        ("![x](https://evil.example/pixel.png)", "staat op een andere website"),
        ("Tekst <x_y>a</x_y>", "HTML is niet toegestaan"),
        ("Tekst <a:b>x</a:b>", "HTML is niet toegestaan"),
        ("# Een eigen kop", "een kop met # of ##"),
        ("[link](http://example.nl)", "niet beveiligd (http)"),
    ],
)
def test_markdown_beyond_the_small_language_is_a_located_error(
    klein: Path, markdown: str, melding: str
):
    oud = "beschrijving: We halen grofvuil op afspraak bij u op."
    vervang(klein, "producten/grofvuil.yaml", oud, f"beschrijving: {json.dumps(markdown)}")
    gevonden = meldingen(klein)
    assert any(p.startswith("producten/grofvuil.yaml:6:") and melding in t for p, t in gevonden), (
        gevonden
    )


def test_the_sanitiser_holds_when_the_check_is_skipped():
    assert "href" not in naar_html("> [a]: javascript&#58;alert(1)\n\n[klik][a]")
    assert "src" not in naar_html("![x](https://evil.example/pixel.png)")
    assert "src" not in naar_html("![x](//evil.example/pixel.png)")
    assert "<script" not in naar_html("<script>alert(1)</script>")
    assert naar_html("<p style='x' id='__config' class='md-button'>a</p>") == "<p>a</p>"
    assert 'src="/bestanden/kaart.png"' in naar_html("![kaart](/bestanden/kaart.png)")
    assert problemen("Gewoon **vet** en een [link](https://example.nl).") == []


def test_json_ld_holds_a_closing_script_tag_when_the_check_misses_it(
    klein: Path, monkeypatch: pytest.MonkeyPatch
):
    """The check refuses `<` in a name; if it ever let one through, the gemeente's name in the
    structured data of the home and contact pages still cannot end its script element."""
    from loket.model import typen
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    monkeypatch.setattr(typen, "tekst_probleem", lambda *_, **__: None)
    aanval = "Proefdorp</script><script>alert(1)</script><!--"
    vervang(klein, "gemeente.yml", "naam: Gemeente Proefdorp", f"naam: '{aanval}'")
    build(load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site")))
    for pad in ("index.html", "contact/index.html", "producten/paspoort/index.html"):
        tekst = (klein / "site" / pad).read_text(encoding="utf-8")
        blok = tekst.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
        assert "<" not in blok, pad  # so no `</script` and no `<!--` inside the element
        data = json.loads(blok)
        naam = data["areaServed"]["name"] if pad.startswith("producten") else data["name"]
        assert naam == aanval, pad
        assert html.fromstring(tekst).xpath("//script[contains(., 'alert(1)')][not(@type)]") == []


# Other formats ------------------------------------------------------------------------------


def test_no_open_data_cell_starts_a_formula(klein: Path):
    vervang(
        klein,
        "sociale_kaart/organisaties.csv",
        "Wijkteam Proefdorp,",
        '"=HYPERLINK(""https://evil.example"",""klik"")",',
    )
    tekst = (gebouwd(klein) / "open-data/organisaties.csv").read_text(encoding="utf-8")
    cellen = [c for rij in csv.reader(io.StringIO(tekst)) for c in rij]
    assert '\'=HYPERLINK("https://evil.example","klik")' in cellen
    assert "14 0999" in cellen  # phone numbers stay as they are
    assert not [c for c in cellen if c.startswith(("=", "@")) or re.match(r"^[+-].*[A-Za-z]", c)]


def test_csv_cells_keep_numbers_and_neutralise_formulas():
    assert csv_cel("+31 6 1234 5678") == "+31 6 1234 5678"
    assert csv_cel("-12.50") == "-12.50"
    assert csv_cel("=1+1") == "'=1+1"
    assert csv_cel("@SUM(A1)") == "'@SUM(A1)"
    assert csv_cel("-1+cmd|' /C calc'!A0") == "'-1+cmd|' /C calc'!A0"


@pytest.mark.parametrize(
    ("waarde", "melding"),
    [
        ('"We \\0 halen"', "stuurteken (U+0000)"),
        ('"We \\x01 halen"', "stuurteken (U+0001)"),
        ('"We \\uFFFE halen"', "ongeldig teken (U+FFFE)"),
        ('"We \\ud800 halen"', "ongeldig teken (U+D800)"),
        ('"We \\u202E halen"', "leesrichting"),
    ],
)
def test_characters_that_cannot_be_shown_are_refused(klein: Path, waarde: str, melding: str):
    vervang(klein, "producten/grofvuil.yaml", "naam: Grofvuil laten ophalen", f"naam: {waarde}")
    gevonden = meldingen(klein)
    assert any(p == "producten/grofvuil.yaml:1:7" and melding in t for p, t in gevonden), gevonden


def test_a_raw_nul_byte_is_located(klein: Path):
    pad = klein / "producten/grofvuil.yaml"
    pad.write_bytes(pad.read_bytes().replace(b"We halen", b"We \x00halen"))
    assert ("producten/grofvuil.yaml:6:18", "hier staat een onzichtbaar stuurteken (U+0000)") in (
        meldingen(klein)
    )


def test_a_control_character_in_a_csv_cell_is_located(klein: Path):
    vervang(klein, "sociale_kaart/organisaties.csv", "Wijkteam Proefdorp,", "Wijk\x07team,")
    assert any(
        p == "sociale_kaart/organisaties.csv:2:2" and "U+0007" in t for p, t in meldingen(klein)
    )


# Crashes become messages --------------------------------------------------------------------


@pytest.mark.parametrize("bedrag", [".nan", ".inf", "-.inf", "1.0e+30", "12.345", "-1"])
def test_amounts_must_be_finite_small_and_in_cents(klein: Path, bedrag: str):
    vervang(klein, "producten/grofvuil.yaml", "bedrag: 0", f"bedrag: {bedrag}")
    gevonden = meldingen(klein)
    assert any(
        p == "producten/grofvuil.yaml:14:13" and "geen geldig bedrag" in t for p, t in gevonden
    )


@pytest.mark.parametrize("diepte", [5_000, 200_000])
def test_deep_nesting_is_refused_before_anything_recursive_runs(klein: Path, diepte: int):
    diep = "[" * diepte + "]" * diepte
    vervang(klein, "producten/grofvuil.yaml", "herzien_voor:", f"links: {diep}\nherzien_voor:")
    gevonden = meldingen(klein)
    assert any("meer dan 40 niveaus diep genest" in t for _, t in gevonden), gevonden


def test_deep_json_in_a_data_package_is_refused(klein: Path):
    (klein / "sociale_kaart/datapackage.json").write_text(
        '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    assert ("sociale_kaart/datapackage.json:1:1", "de JSON is veel te diep genest") in meldingen(
        klein
    )


def test_a_period_outside_1900_2200_is_located(klein: Path):
    vervang(klein, "servicenormen/realisatie.csv", "2026-Q1", "0000-Q1")
    assert ("servicenormen/realisatie.csv:2:2", "'0000-Q1' is geen periode") in meldingen(klein)


def test_binary_and_other_yaml_tags_are_refused_on_every_path(klein: Path):
    vervang(
        klein,
        "producten/grofvuil.yaml",
        "naam: Grofvuil laten ophalen",
        "naam: !!binary PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    )
    gevonden = meldingen(klein)
    assert any(p == "producten/grofvuil.yaml:1:7" and "YAML-markering" in t for p, t in gevonden)


# Paths and files stay inside ----------------------------------------------------------------


def test_a_resource_outside_the_folder_is_never_read(klein: Path):
    vervang(
        klein,
        "sociale_kaart/datapackage.json",
        '"path": "organisaties.csv"',
        '"path": "../../../../etc/passwd"',
    )
    uitkomst = loket_check(klein)
    assert uitkomst.returncode == 1 and "root:" not in uitkomst.stderr
    assert (
        "sociale_kaart/datapackage.json:1:1: de tabel 'organisaties' klopt niet" in uitkomst.stderr
    )


def test_a_symlinked_csv_to_a_system_file_is_refused_without_echoing_it(klein: Path):
    csv_pad = klein / "sociale_kaart/organisaties.csv"
    csv_pad.unlink()
    csv_pad.symlink_to("/etc/passwd")
    uitkomst = loket_check(klein)
    assert uitkomst.returncode == 1 and "root:" not in uitkomst.stderr
    assert "sociale_kaart/organisaties.csv:1:1: dit bestand ligt buiten de map" in uitkomst.stderr


def test_a_schema_elsewhere_is_refused(klein: Path):
    pad = klein / "sociale_kaart/datapackage.json"
    pakket = json.loads(pad.read_text(encoding="utf-8"))
    pakket["resources"][0]["schema"] = "https://evil.example/schema.json"
    pad.write_text(json.dumps(pakket), encoding="utf-8")
    assert any("verwijst naar een schema" in t for _, t in meldingen(klein))


def test_a_symlinked_product_outside_the_repository_is_not_published(klein: Path):
    (klein / "producten/x.yaml").symlink_to("/etc/hostname")
    assert (
        "producten/x.yaml:1:1",
        "dit bestand ligt buiten de map van de gemeente (of verwijst ernaar)",
    ) in meldingen(klein)


def test_files_loket_would_skip_get_a_warning_naming_them(klein: Path):
    (klein / "producten/archief").mkdir()
    (klein / "producten/Oud.YAML").write_text("naam: x\n", encoding="utf-8")
    uitkomst = loket_check(klein)
    assert uitkomst.returncode == 0, uitkomst.stderr
    assert "producten/Oud.YAML:1:1: waarschuwing: 'Oud.YAML' wordt niet gelezen" in uitkomst.stderr
    assert (
        "producten/archief:1:1: waarschuwing: de map 'archief' wordt niet gelezen"
        in uitkomst.stderr
    )


@pytest.mark.parametrize(
    ("naam", "inhoud", "melding"),
    [
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "<script>",
        ),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "'onload'"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x"/></svg>',
            "<image>",
        ),
        ("pagina.html", b"<script>alert(1)</script>", "soort '.html'"),
        ("foto.png", b"<html>not a png</html>", "geen echt PNG-bestand"),
    ],
)
def test_uploads_are_checked_before_they_are_published(
    klein: Path, naam: str, inhoud: bytes, melding: str
):
    media = klein / "site_src/bestanden"
    media.mkdir()
    (media / naam).write_bytes(inhoud)
    assert any(p == f"site_src/bestanden/{naam}:1:1" and melding in t for p, t in meldingen(klein))
    assert mkdocs_build(klein).returncode == 1


def test_a_clean_svg_and_png_are_published(klein: Path):
    media = klein / "site_src/bestanden"
    media.mkdir()
    (media / "logo.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Logo</title>'
        b'<circle cx="5" cy="5" r="4" fill="url(#verloop)"/></svg>'
    )
    (media / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    site = gebouwd(klein)
    assert (site / "bestanden/logo.svg").is_file() and (site / "bestanden/foto.png").is_file()


def test_an_image_of_the_site_itself_may_stand_in_a_markdown_text(klein: Path):
    """The web editor inserts an upload as `![…](/bestanden/…)`: a link that is not complete,
    but the one kind of image the allowlist lets through."""
    media = klein / "site_src/bestanden"
    media.mkdir()
    (media / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    product = klein / "producten" / "paspoort.yaml"
    tekst = product.read_text(encoding="utf-8")
    product.write_text(
        tekst.replace(
            "beschrijving: |\n", "beschrijving: |\n  ![De balie](/bestanden/foto.png)\n\n", 1
        ),
        encoding="utf-8",
    )
    assert loket_check(klein).returncode == 0
    pagina = (gebouwd(klein) / "producten/paspoort/index.html").read_text(encoding="utf-8")
    assert 'src="/bestanden/foto.png"' in pagina and 'alt="De balie"' in pagina


# Clashes ------------------------------------------------------------------------------------


def test_an_id_that_is_an_overview_page_is_refused(klein: Path):
    vervang(klein, "producten/terras.yaml", "id: terrasvergunning", "id: index")
    assert ("producten/terras.yaml:1:5", "de id 'index' is gereserveerd") in meldingen(klein)


def test_an_organisation_named_index_is_refused(klein: Path):
    vervang(klein, "sociale_kaart/organisaties.csv", "wijkteam-proefdorp,", "index,")
    gevonden = meldingen(klein)
    assert ("sociale_kaart/organisaties.csv:2:1", "de id 'index' is gereserveerd") in gevonden


def test_the_owms_uri_made_from_the_gemeente_name_stays_a_uri(klein: Path):
    """Without `owms_identifier` the feed makes the gemeente's URI from its name: characters a
    URI cannot hold are percent-encoded, so the feed stays valid per the SC 4.0 XSD."""
    vervang(
        klein, "gemeente.yml", "naam: Gemeente Proefdorp", "naam: 'Gemeente \"Proef\" [dorp]]]>'"
    )
    feed = etree.parse(str(gebouwd(klein) / "open-data/samenwerkende-catalogi.xml"))
    xsd = ROOT.parent / "shared" / "standaarden" / "sc" / "4.0" / "xsd" / "sc.xsd"
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    assert schema.validate(feed), schema.error_log
    uris = set(feed.xpath("//*[local-name()='spatial']/@resourceIdentifier"))
    assert uris == {"http://standaarden.overheid.nl/owms/terms/%22Proef%22_%5Bdorp%5D%5D%5D%3E"}


def test_feeds_stay_valid_xml_and_json_parses(klein: Path):
    site = gebouwd(klein)
    etree.fromstring((site / "feed.xml").read_bytes())
    etree.fromstring((site / "open-data/samenwerkende-catalogi.xml").read_bytes())
    json.loads((site / "open-data/producten.json").read_text(encoding="utf-8"))


def test_a_symlinked_folder_in_the_site_folder_that_leads_outside_is_refused(klein: Path):
    (klein / "site_src/extra").symlink_to("/etc")
    gevonden = meldingen(klein)
    assert (
        "site_src/extra:1:1",
        "dit bestand ligt buiten de map van de gemeente (of verwijst ernaar)",
    ) in gevonden
    assert mkdocs_build(klein).returncode == 1


@pytest.mark.parametrize(
    "regel",
    ["naam: !!bool x", "naam: !!timestamp x"],
)
def test_a_tag_on_a_value_it_cannot_hold_is_a_message(klein: Path, regel: str):
    vervang(klein, "producten/grofvuil.yaml", "naam: Grofvuil laten ophalen", regel)
    assert any(p.startswith("producten/grofvuil.yaml:1:") for p, _ in meldingen(klein))


def test_invisible_characters_in_urls_are_refused_before_the_build(klein: Path):
    vervang(
        klein,
        "producten/grofvuil.yaml",
        "url: https://mijn.proefdorp.example/grofvuil",
        'url: "https://mijn.proefdorp.example/\\ud800"',
    )
    assert any("ongeldig teken (U+D800)" in t for _, t in meldingen(klein))


def test_nesting_is_bounded_whatever_the_line_breaks(klein: Path):
    pad = klein / "producten/grofvuil.yaml"
    diep = "".join(" " * i + "- \r" for i in range(3000))
    pad.write_bytes(pad.read_bytes() + f"links:\r{diep}".encode())
    assert any("niveaus diep genest" in t or "te groot" in t for _, t in meldingen(klein))


def test_odd_data_packages_and_upl_lists_are_messages(klein: Path):
    vervang(klein, "sociale_kaart/datapackage.json", '"path": "organisaties.csv"', '"path": "."')
    assert any("de tabel 'organisaties' klopt niet" in t for _, t in meldingen(klein))
    vervang(klein, "sociale_kaart/datapackage.json", '"path": "."', '"path": "organisaties.csv"')
    (klein / "sociale_kaart/organisaties.csv").write_text("id,naam\n" + '"' + "x" * 200_000 + '"\n')
    assert any(p.startswith("sociale_kaart/organisaties.csv:") for p, _ in meldingen(klein))


def test_a_very_long_markdown_field_is_refused_before_it_renders(klein: Path):
    oud = "beschrijving: We halen grofvuil op afspraak bij u op."
    lang = json.dumps("Tekst met *nadruk*. " * 600)
    vervang(klein, "producten/grofvuil.yaml", oud, f"beschrijving: {lang}")
    assert any("de grens is 10000" in t for _, t in meldingen(klein))


def test_an_svg_with_a_stylesheet_instruction_is_refused():
    from loket.model.media import media_probleem

    svg = b'<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/x.css"?><svg/>'
    assert "verwerkingsinstructie" in media_probleem("logo.svg", svg)[0]
    assert media_probleem("logo.svg", b'<svg style="fill: u\\72l(x)"/>') is not None
