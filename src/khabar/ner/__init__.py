"""Named-entity recognition: a CRF tagger shipped with khabar (PERS, LOC, ORG, MISC)."""

from .features import entity_spans
from .tagger import Tagger, get_tagger

__all__ = ["Tagger", "entity_spans", "get_tagger"]
