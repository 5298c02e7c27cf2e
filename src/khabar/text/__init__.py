"""The Arabic text layer: normalisation, tokens with offsets, clitics, sentences.

Small, pure functions that every other stage (entities, quotes, times, search) reuses:

- :func:`normalize` / :func:`normalize_map` — folding for matching, with an offset map back;
- :func:`tokenize` — :class:`Token` (text, start, end) with offsets into the original;
- :func:`segment` / :func:`candidates` — light clitic segmentation («لبوتين» → ل + بوتين);
- :func:`is_definite` — whether a written word carries the article («ألونسو» does not);
- :func:`split_sentences` — sentence spans respecting «…» quotes and abbreviations.
"""

from .clitics import Segmentation, candidates, is_definite, segment, strip_proclitics
from .normalize import Normalized, NormOptions, hamza_alef_lam, normalize, normalize_map
from .sentences import sentences, split_sentences
from .tokenize import Token, tokenize, words

__all__ = [
    "NormOptions",
    "Normalized",
    "Segmentation",
    "Token",
    "candidates",
    "hamza_alef_lam",
    "is_definite",
    "normalize",
    "normalize_map",
    "segment",
    "sentences",
    "split_sentences",
    "strip_proclitics",
    "tokenize",
    "words",
]
