"""Running parser jobs in worker processes, with a wall-clock backstop.

What a build rejects is decided by deterministic caps (bytes, depth, attributes, nodes,
comments: see :class:`newscomments.options.Limits`), never by the clock. The timeout here is
only a generous backstop against a parser that hangs — a C parser cannot be interrupted from
Python, so the job runs in a worker process that is killed when its time is up. Results come
back in job order whatever the number of workers, so the output does not depend on it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import signal

_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: a worker is killed when the build that started it dies (even by SIGKILL), so a
    killed build leaves no parser processes behind."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def run_jobs(fn, jobs: list, *, workers: int = 1, timeout: float | None = None,
             on_timeout=lambda job: None) -> list:
    """``[fn(job) for job in jobs]``, in worker processes when ``workers > 1`` or a
    ``timeout`` (seconds per job) is set. A job that overruns gets ``on_timeout(job)``."""
    if timeout is None and (workers <= 1 or len(jobs) <= 1):
        return [fn(j) for j in jobs]
    ctx = multiprocessing.get_context("fork")
    results: list = [None] * len(jobs)
    done = [False] * len(jobs)
    while not all(done):
        todo = [i for i in range(len(jobs)) if not done[i]]
        pool = ctx.Pool(processes=max(1, workers), initializer=_die_with_parent)
        try:
            pending = {i: pool.apply_async(fn, (jobs[i],)) for i in todo}
            for i in todo:
                try:
                    results[i] = pending[i].get(timeout=timeout)
                    done[i] = True
                except multiprocessing.TimeoutError:
                    results[i], done[i] = on_timeout(jobs[i]), True
                    # keep what already finished; the rest is run again in a fresh pool
                    for j in todo:
                        if not done[j] and pending[j].ready() and pending[j].successful():
                            results[j], done[j] = pending[j].get(), True
                    break
        finally:
            pool.terminate()
            pool.join()
    return results
