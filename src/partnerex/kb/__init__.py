"""The knowledge base: ``patterns/*.jsonl`` validated and indexed."""

from partnerex.kb.loader import KnowledgeBase, bundled_patterns_dir, load_kb

__all__ = ["KnowledgeBase", "bundled_patterns_dir", "load_kb"]
