"""A non-editable install works from another directory: patterns/ travels inside the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMMAND = (
    "import partnerex; print(partnerex.extract('CBP signed a Mutual Recognition Arrangement "
    "with Brazil on Sept. 16, 2022.', published='2022-09-16').model_dump_json(indent=1))"
)


@pytest.mark.slow
def test_install_wheel_runs_extract_from_another_directory(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("partnerex-*.whl"))
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run(
        [sys.executable, "-c", COMMAND], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert {(s["text"], s["norm"]) for s in doc["spans"]} >= {
        ("CBP", "cbp"),
        ("Mutual Recognition Arrangement", "mra"),
        ("Brazil", "BR"),
    }
    located = subprocess.run(
        [sys.executable, "-c", "import partnerex.kb as k; print(k.bundled_patterns_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert located.stdout.strip().startswith(str(target))
