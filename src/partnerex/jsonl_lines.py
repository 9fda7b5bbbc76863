"""Validate one JSONL line against a pydantic model, collecting every problem as text."""

from __future__ import annotations

import json
from typing import TypeVar

from pydantic import BaseModel, ValidationError

ModelT = TypeVar("ModelT", bound=BaseModel)


def parse_line(
    line: str,
    schema: type[ModelT],
    where: str,
    codes: tuple[str, str],
    problems: list[str],
    what: str = "record",
) -> ModelT | None:
    """The line as a ``schema`` instance, or None after appending ``where [code] message``
    problems: ``codes[0]`` for invalid JSON, ``codes[1]`` for each schema violation."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        problems.append(f"{where} [{codes[0]}] invalid JSON: {exc.msg}")
        return None
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"]) or what
            problems.append(f"{where} [{codes[1]}] {loc}: {err['msg']}")
        return None
