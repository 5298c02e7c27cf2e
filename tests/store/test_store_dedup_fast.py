"""The direct MinHash (dedup._minhash32) equals datasketch's affine32 MinHash exactly:
stored signatures must stay comparable with those written before it."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.store import dedup


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=400))
def test_minhash32_equals_datasketch(hashes: list[int]) -> None:
    fast = dedup._minhash32(np.array(hashes, dtype=np.uint64))
    ref = dedup._signature_datasketch(hashes)
    assert fast.dtype == ref.dtype == np.uint64
    assert np.array_equal(fast, ref)


def test_signature_from_hashes_keys_unchanged() -> None:
    rng = np.random.default_rng(5)
    words = rng.integers(0, 2**32, size=300, dtype=np.uint64).tolist()
    sig = dedup.signature_from_hashes(words)
    h = np.array(words, dtype=np.uint64)
    p = np.uint64(0x01000193)
    x = ((h[:-2] * p + h[1:-1]) * p + h[2:]) & np.uint64(0xFFFFFFFF)
    ref = dedup._signature_datasketch(x.tolist())
    assert np.array_equal(sig.values, ref)
    assert sig.keys == dedup.band_keys(ref)
