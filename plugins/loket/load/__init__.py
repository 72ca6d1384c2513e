"""Load: files on disk to plain data with positions. Knows nothing of the content model."""

from loket.load.yaml_bron import Pad, Plek, Posities, YamlBestand, lees_yaml, lees_yaml_tekst

__all__ = [
    "Pad",
    "Plek",
    "Posities",
    "YamlBestand",
    "lees_yaml",
    "lees_yaml_tekst",
]
