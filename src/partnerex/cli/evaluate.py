"""``partnerex evaluate GOLD [--pred PRED]``: score the pipeline (or given predictions)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from partnerex.cli.app import app
from partnerex.errors import PartnerexError
from partnerex.evaluate.report import PRF, Accuracy, Report


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _prf_cells(prf: PRF) -> list[str]:
    return [_num(prf.precision), _num(prf.recall), _num(prf.f1)]


def _acc_cell(acc: Accuracy) -> str:
    return "—" if not acc.total else f"{acc.accuracy:.3f} ({acc.correct}/{acc.total})"


def _table(title: str) -> Table:
    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)


def span_table(report: Report) -> Table:
    """Per-label strict and partial P/R/F1 with normalization accuracy, and the micro row."""
    table = _table("Spans (strict: same offsets and label; partial: overlap and same label)")
    for name in ("label", "gold", "pred", "strict\nP", "strict\nR", "strict\nF1",
                 "partial\nP", "partial\nR", "partial\nF1", "norm\naccuracy"):
        table.add_column(name, justify="left" if name == "label" else "right", no_wrap=True)
    scores = report.spans
    for label, strict in scores.strict.items():
        partial = scores.partial[label]
        table.add_row(label, str(strict.tp + strict.fn), str(strict.tp + strict.fp),
                      *_prf_cells(strict), *_prf_cells(partial), _acc_cell(scores.norm[label]))
    micro = scores.strict_micro
    table.add_section()
    table.add_row("micro", str(micro.tp + micro.fn), str(micro.tp + micro.fp),
                  *_prf_cells(micro), *_prf_cells(scores.partial_micro),
                  _acc_cell(scores.norm_micro), style="bold")
    return table


def record_table(report: Report) -> Table:
    """Record P/R/F1 and, for matched records, attribute accuracies."""
    table = _table("Records (ANNOTATION.md section 5)")
    for name in ("record", "tp", "fp", "fn", "P", "R", "F1", "matched pairs: accuracy"):
        table.add_column(name, justify="left" if name in ("record", "matched pairs: accuracy")
                         else "right")
    r = report.records
    rows = [
        ("agreements", r.agreements,
         f"date {_acc_cell(r.agreement_date)}, status {_acc_cell(r.agreement_status)}"),
        ("  signatory names", r.agreement_signatories, ""),
        ("programs", r.programs, f"established {_acc_cell(r.program_established)}"),
        ("figures", r.figures,
         f"kind {_acc_cell(r.figure_kind)}, qualifier {_acc_cell(r.figure_qualifier)}"),
        ("countries", r.countries, ""),
    ]
    for name, prf, extra in rows:
        table.add_row(name, str(prf.tp), str(prf.fp), str(prf.fn), *_prf_cells(prf), extra)
    return table


def document_table(report: Report) -> Table:
    """One row per document: the headline scores, to find where errors are."""
    table = _table("Per document (spans: gold/predicted)")
    for name in ("id", "spans", "strict\nF1", "partial\nF1", "norm\naccuracy",
                 "agreement\nF1", "figure\nF1", "program\nF1", "country\nF1"):
        table.add_column(name, justify="left" if name == "id" else "right", no_wrap=True)
    for doc in report.documents:
        micro = doc.spans.strict_micro
        table.add_row(
            escape(doc.id), f"{micro.tp + micro.fn}/{micro.tp + micro.fp}", _num(micro.f1),
            _num(doc.spans.partial_micro.f1), _num(doc.spans.norm_micro.accuracy),
            _num(doc.records.agreements.f1), _num(doc.records.figures.f1),
            _num(doc.records.programs.f1), _num(doc.records.countries.f1),
        )
    return table


def print_errors(console: Console, report: Report) -> None:
    """Every false positive, false negative and mismatch, grouped by document."""
    current = None
    styles = {"fp": "red", "fn": "yellow", "mismatch": "magenta"}
    for e in report.errors:
        if e.doc_id != current:
            current = e.doc_id
            console.print(f"\n[bold]{escape(e.doc_id)}[/bold]")
        head = f"[{styles[e.type]}]{e.type.upper():8}[/] {e.category:9} {e.label or '':9}"
        where = f" {e.start}:{e.end}" if e.start is not None else ""
        line = f"{head}{where}"
        if e.start is None:
            line += f" [bold]{escape(e.text or '')}[/bold]"
        else:
            text = escape(f"[[{e.text or ''}]]")
            line += f"  …{escape(e.left)}[reverse]{text}[/reverse]{escape(e.right)}…"
        if e.pattern:
            line += f"  [dim]pattern={escape(e.pattern)}[/dim]"
        if e.detail:
            line += f"  [cyan]{escape(e.detail)}[/cyan]"
        console.print(line, soft_wrap=True, highlight=False)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file or a folder of *.jsonl files.")],
    pred: Annotated[
        Path | None,
        typer.Option(help="Predicted documents (JSONL file or folder); default: run the pipeline."),
    ] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every FP, FN, mismatch.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON only.")] = False,
    min_f1: Annotated[
        float | None, typer.Option(help="Exit 1 when the strict span micro F1 is below this.")
    ] = None,
    floors: Annotated[
        Path | None,
        typer.Option(help="Floors file (e.g. corpora/floors.json): exit 1 below any floor."),
    ] = None,
    patterns: Annotated[
        Path | None, typer.Option(help="Patterns directory for the pipeline (default: bundled).")
    ] = None,
    n_process: Annotated[int, typer.Option(help="Processes for the pipeline.")] = 1,
) -> None:
    """Score predictions (or the pipeline) against gold: spans, norms, records, per document.

    Exit codes: 0 ok, 1 a score is below --min-f1 or a floor, 2 unreadable input.
    """
    import partnerex
    from partnerex.evaluate import check_floors, load_floors, read_documents, read_gold

    err = Console(stderr=True, emoji=False)
    try:
        floor_config = load_floors(floors) if floors is not None else None
        gold_docs = read_gold(gold)
        if pred is not None:
            pred_docs = read_documents(pred)
        else:
            nlp = partnerex.load(str(patterns) if patterns else None)
            pred_docs = list(partnerex.extract_documents(gold_docs, nlp=nlp, n_process=n_process))
        report = partnerex.evaluate(gold_docs, pred_docs)
    except PartnerexError as exc:
        err.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from exc

    if as_json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        console = Console(emoji=False)
        if not console.is_terminal:  # a file or pipe: do not squeeze the tables to 80 columns
            console.width = max(console.width, 132)
        console.print(span_table(report))
        console.print(record_table(report))
        console.print(document_table(report))
        for name, ids in (("missing predictions", report.missing), ("failed", report.failed),
                          ("text differs", report.text_mismatch)):
            if ids:
                console.print(f"[yellow]{name}:[/yellow] {escape(', '.join(ids))}")
        if errors:
            print_errors(console, report)
        console.print(
            f"{report.n_documents} documents | "
            + " | ".join(f"{k} {_num(v)}" for k, v in report.summary().items()),
            highlight=False,
        )

    failures: list[str] = []
    micro_f1 = report.spans.strict_micro.f1
    if min_f1 is not None and (micro_f1 or 0.0) < min_f1:
        failures.append(f"span_strict_micro_f1 {micro_f1 or 0.0:.4f} < --min-f1 {min_f1:.4f}")
    if floor_config is not None:
        failures.extend(check_floors(report, floor_config))
    if failures:
        for line in failures:
            err.print(f"[red]below floor:[/red] {escape(line)}")
        raise typer.Exit(1)
