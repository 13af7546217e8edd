"""A worker's peak memory is its own, not that of the large process that started it."""

from __future__ import annotations

import multiprocessing as mp
import sys

import pytest

from eventcoder.scale.dask import peak_rss_mb


def _child_peak(queue) -> None:  # run in a spawned process
    from eventcoder.scale.dask import peak_rss_mb

    queue.put(peak_rss_mb())


@pytest.mark.skipif(sys.platform != "linux", reason="the carried-over ru_maxrss is Linux's")
def test_a_spawned_process_reports_its_own_peak():
    big = bytearray(300 * 2**20)
    big[::4096] = b"\1" * len(big[::4096])  # touch every page: 300 MB resident
    assert peak_rss_mb() > 300
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_child_peak, args=(queue,))
    child.start()
    peak = queue.get(timeout=120)
    child.join()
    del big
    assert 0 < peak < 150  # a small interpreter, not the 300 MB of its parent
