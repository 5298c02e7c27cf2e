"""kill -9 in the middle of an ingest loses no committed article, and the run resumes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from khabar.store import open_store

N = 120
DRIVER = r"""
import sys, time
from khabar.model import Article, Source
from khabar.store import open_store

n, delay = int(sys.argv[2]), float(sys.argv[3])

def articles():
    for i in range(n):
        if delay:
            time.sleep(delay)
        yield Article(
            headline=f"خبر رقم {i} عن الاقتصاد",
            source=Source(path=f"page{i}.txt"),
            paragraphs=[f"قال وزير المالية إن النمو بلغ {i} بالمئة هذا العام.", f"فقرة {i * 7}"],
        )

with open_store(sys.argv[1]) as store:
    r = store.ingest(articles(), batch_size=4)
    print(r.added, r.existing)
"""


def _run(url: str, delay: float) -> subprocess.Popen:
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, url, str(N), str(delay)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _count(url: str) -> int:
    with open_store(url) as s:
        return len(s)


def test_kill_9_loses_nothing_and_resumes(store_url: str) -> None:
    with open_store(store_url):
        pass  # create the schema before the race starts
    proc = _run(store_url, delay=0.02)
    deadline = time.monotonic() + 60
    seen = 0
    while time.monotonic() < deadline:
        seen = _count(store_url)
        if seen >= 20:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    assert 20 <= seen < N
    with open_store(store_url) as s:
        after_kill = len(s)
        assert after_kill >= seen  # nothing that was committed is lost
        for art in s:  # every stored article is whole: no half-written rows
            assert len(art.paragraphs) == 2
        assert len(s.search("وزير المالية", limit=1000)) == after_kill
    proc = _run(store_url, delay=0)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    added, existing = map(int, out.split())
    assert (added, existing) == (N - after_kill, after_kill)
    assert _count(store_url) == N
    proc = _run(store_url, delay=0)
    out, _ = proc.communicate(timeout=120)
    assert out.split() == ["0", str(N)]
    assert _count(store_url) == N
