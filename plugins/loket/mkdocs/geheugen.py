"""Memory the catalogue held, handed back to the system once MkDocs has the pages.

Python frees the catalogue's objects when `on_files` lets go of it, but the C library keeps
most of the freed pages for later use: the build's resident memory stays at its peak through
the whole rendering. A collection and glibc's `malloc_trim` give them back (about 100 MB at
10,000 products). Elsewhere (another C library, another system) this does only the collection.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys


def geef_terug() -> None:
    gc.collect()
    if sys.platform != "linux":
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):  # no glibc (musl has no malloc_trim)
        pass
