"""The normalisation time expressions are matched on: the shared text layer's, with hamza
forms and punctuation folded too.

Matching needs أبريل = ابريل = إبريل, «غداً» = «غدا», «٢٠٢٤» = «2024», «١٠–١٢» = «10-12», but
every annotation must point into the text exactly as printed, so the offset map of
:func:`khabar.text.normalize_map` carries each match back (marks dropped after a word's last
letter stay inside its span).
"""

from __future__ import annotations

from ...text.normalize import Normalized, NormOptions, normalize, normalize_map

# Hamza on waw/ya folded as well: month and number words are spelt both ways («مئة» / «ميه»).
OPTIONS = NormOptions(hamza=True, punctuation=True)

Normalised = Normalized


def fold(text: str) -> str:
    """Normalised form of a word or phrase (for lexicon keys)."""
    return normalize(text, OPTIONS)


def normalise(text: str) -> Normalized:
    return normalize_map(text, OPTIONS)
