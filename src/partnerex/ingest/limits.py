"""Safety limits of the ingest layer: every input is bounded before it is parsed."""

from __future__ import annotations

#: Default cap on the bytes of one input (after gzip decompression): press releases, pages
#: and feeds are far smaller; a larger input becomes an E014 error record.
DEFAULT_MAX_BYTES = 10_000_000
#: Read granularity for files, stdin and gzip streams.
CHUNK = 1 << 20
#: Most documents one feed or JSONL file may yield; the rest is cut off (bounded result).
MAX_ITEMS = 100_000
