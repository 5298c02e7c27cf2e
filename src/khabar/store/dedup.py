"""Duplicates: exact ones by content hash, near ones (a wire story lightly edited) by MinHash.

Exact duplicates are skipped at ingest: ``Article.content_hash()`` is unique in the store.

Near duplicates: each article gets a MinHash signature (datasketch) over word 3-shingles of
its normalised headline and body. Locality-sensitive hashing splits the signature into
``BANDS`` bands of ``ROWS`` rows (datasketch's optimiser picks them for the threshold); a
band's hash is stored in the ``lsh`` table of the database rather than in datasketch's
in-memory ``MinHashLSH``, so the index survives restarts, costs no RAM, works the same on
SQLite and PostgreSQL, and is written in the same transaction as the article (a crash cannot
leave them out of step). Candidates sharing a band are confirmed with the signatures' Jaccard
estimate; above ``THRESHOLD`` the article is linked to the candidate's canonical article.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from ..model import Article
from .analyzer import shingle_words

NUM_PERM = 64
THRESHOLD = 0.7
MIN_WORDS = 12  # shorter texts (headline-only stubs) say too little to call two of them one story
BANDS, ROWS = _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)
_SEED = 1
# Pinned: stored signatures are only comparable with signatures made the same way.
_SCHEME = "affine32"
_PERMS = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations  # computed once


@dataclass(slots=True)
class Signature:
    values: np.ndarray  # uint64[NUM_PERM]
    keys: list[int]  # one signed 64-bit hash per LSH band

    def to_bytes(self) -> bytes:
        return self.values.astype("<u8").tobytes()


_WORD_HASHES: dict[str, int] = {}


def _word_hashes(words: list[str]) -> np.ndarray:
    cache = _WORD_HASHES
    if len(cache) > 500_000:  # bounded: memory stays flat on long ingests
        cache.clear()
    for w in set(words).difference(cache):
        cache[w] = zlib.crc32(w.encode("utf-8"))
    return np.array([cache[w] for w in words], dtype=np.uint64)


def _shingle_hashes(article: Article, words: list[str] | None = None) -> list[int]:
    """32-bit hashes of the word 3-shingles, combined from cached word hashes in numpy.

    Hashing each shingle's bytes with SHA-1 (datasketch's default) was the slowest part of
    ingest; MinHash's affine32 scheme re-mixes its input with MurmurHash3's finaliser, so a
    cheap polynomial combination of CRC-32 word hashes is enough.
    """
    if words is None:
        words = []
        for text in (article.headline or "", article.deck or "", *article.paragraphs):
            words.extend(shingle_words(text))
    if len(words) < MIN_WORDS:
        return []
    h = _word_hashes(words)
    p = np.uint64(0x01000193)
    x = ((h[:-2] * p + h[1:-1]) * p + h[2:]) & np.uint64(0xFFFFFFFF)
    return x.tolist()


def signature(article: Article, words: list[str] | None = None) -> Signature | None:
    """The article's MinHash and LSH band keys; None when it is too short to compare.

    ``words``: the article's normalised, folded words when the caller already has them.
    """
    return _signature(_shingle_hashes(article, words))


def signature_from_hashes(word_hashes: list[int]) -> Signature | None:
    """:func:`signature` from the CRC-32 of each folded word (``analyzer.index_analysis``)."""
    if len(word_hashes) < MIN_WORDS:
        return None
    h = np.array(word_hashes, dtype=np.uint64)
    p = np.uint64(0x01000193)
    x = ((h[:-2] * p + h[1:-1]) * p + h[2:]) & np.uint64(0xFFFFFFFF)
    return _signature(x)


# MurmurHash3's 32-bit finaliser, as datasketch's affine32 scheme applies it to every input.
_FMIX32 = tuple(np.uint32(c) for c in (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16))
_A, _B = (_PERMS[0].astype(np.uint32), _PERMS[1].astype(np.uint32))


def _minhash32(hashes: np.ndarray) -> np.ndarray:
    """datasketch's ``MinHash(scheme='affine32').update_batch(hashes).hashvalues``, computed
    directly: building a MinHash object per article (permutation checks, Python-level
    hashing of each input) cost ~2/3 of the signature. uint32 arithmetic wraps, which is the
    scheme's intended modulo 2^32; ``tests/store/test_store_dedup_fast.py`` checks the values
    equal datasketch's."""
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hashes.astype(np.uint32)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = (hv ^ (hv >> s3)).reshape(-1, 1)
    return (hv * _A + _B).min(axis=0).astype(np.uint64)


def _signature(hashes: list[int] | np.ndarray) -> Signature | None:
    if len(hashes) == 0:
        return None
    values = _minhash32(np.asarray(hashes, dtype=np.uint64))
    return Signature(values, band_keys(values))


def _signature_datasketch(hashes: list[int]) -> np.ndarray:
    """The reference: what :func:`_minhash32` must equal (used by the tests)."""
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, permutations=_PERMS, scheme=_SCHEME, hashfunc=int)
    mh.update_batch(hashes)
    return mh.hashvalues.astype(np.uint64)


def band_keys(values: np.ndarray) -> list[int]:
    keys = []
    raw = values.astype("<u8")
    for b in range(BANDS):
        h = hashlib.blake2b(raw[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8)
        h.update(b.to_bytes(2, "little"))  # the band number is part of the key
        keys.append(int.from_bytes(h.digest(), "little", signed=True))
    return keys


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<u8")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two articles' shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM
