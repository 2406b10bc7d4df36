"""This process's resident memory, threads and open file descriptors (Linux ``/proc``),
for soak tests and the soak script: what must not grow with calls or with clients."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Usage:
    rss_bytes: int
    threads: int
    fds: int

    def __sub__(self, other: Usage) -> Usage:
        return Usage(self.rss_bytes - other.rss_bytes, self.threads - other.threads, self.fds - other.fds)


def usage() -> Usage:
    """The usage now; OSError where ``/proc`` is missing."""
    with open("/proc/self/statm") as statm:
        rss_pages = int(statm.read().split()[1])
    return Usage(
        rss_bytes=rss_pages * os.sysconf("SC_PAGE_SIZE"),
        threads=len(os.listdir("/proc/self/task")),
        fds=len(os.listdir("/proc/self/fd")),
    )
