"""Coded error messages (spaCy ``Errors.E097`` style): each says what went wrong and how to fix it."""

from __future__ import annotations


class Errors:
    """Message templates; format them with ``.format(**values)``."""

    E001 = "Knowledge base is invalid: {count} problem(s).\n{problems}"
    E002 = "meta.published must be an ISO date YYYY-MM-DD (or a datetime.date), got {value!r}."
    E003 = "Patterns directory {path} does not exist or holds no *.jsonl files."
    E010 = "Cannot read {path}: {reason}"
    E011 = "XML refused: {reason}. partnerex never expands entities or fetches external resources."
    E012 = "Input is empty: {path}"
    E013 = "Input looks binary (not text): {path}"
    E014 = "Input exceeds the size limit of {limit} bytes: {path}. Raise --max-bytes to read it."
    E015 = "Unsupported input {path}: expected .txt, .html, .htm, .xml, .rss, .atom, .jsonl, .json, a folder or '-'."
    E016 = "JSONL line {line} of {path} is not a document: {reason}"
    E017 = "No documents in {path}: {reason}"
    E020 = "Extraction failed for document {id}: {reason}"
    E030 = "Gold and predicted corpora do not share document ids: {missing} gold id(s) have no prediction."
    E031 = "Corpus is invalid: {count} problem(s).\n{problems}"
    E032 = "Duplicate document id {id!r} in the {side} documents: ids must be unique."
    E033 = "Floors file {path} is invalid: {reason}"
    E034 = (
        "Cannot tell the format of {path}: use a .spacy or .jsonl file, or name it with "
        "--to docbin|prodigy|documents."
    )
    E035 = "Line {line} of {path} is not a Prodigy task: {reason}"
    E040 = "Unknown engine {engine!r}: use 'local' or 'dask'."
    E041 = "Dask is not installed: pip install 'partnerex[dask]'."


class PartnerexError(Exception):
    """Base class of every error partnerex raises on purpose; ``code`` is the Errors key."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


class KnowledgeBaseError(PartnerexError):
    """The patterns/ data failed validation; ``problems`` lists every one."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            "E001", Errors.E001.format(count=len(problems), problems="\n".join(problems))
        )
        self.problems = problems


class InputError(PartnerexError):
    """An input could not be read; batch runs turn it into an error record."""
