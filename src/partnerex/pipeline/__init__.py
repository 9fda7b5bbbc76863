"""The spaCy pipeline: components, their shared state and ``load()``."""

from partnerex.pipeline.language import PIPE_NAMES, add_partnerex_pipes, load

__all__ = ["PIPE_NAMES", "add_partnerex_pipes", "load"]
