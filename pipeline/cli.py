"""Command line: a thin click layer over the stage functions, which tests call directly."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .diff import FORMATS
from .patterns import PatternError

EXISTING_DIR = click.Path(exists=True, file_okay=False, path_type=Path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Extract money, percentages, counts, dates and places from policy bulletins into indicator tables."""


@main.command()
@click.argument("corpus_dir", type=EXISTING_DIR)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("outputs"),
              show_default=True, help="Directory for documents.csv, mentions.csv, indicators.csv, datapackage.json.")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Worker processes (default: both cores for large corpora, one for small).")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def extract(corpus_dir: Path, out_dir: Path, workers: int | None, quiet: bool) -> None:
    """Extract every bulletin in CORPUS_DIR into tables in --out."""
    from .run import run
    from .write import ValidationFailed
    try:
        summary = run(corpus_dir, out_dir, workers=workers, progress=not quiet and sys.stderr.isatty())
    except (ValidationFailed, PatternError) as exc:
        raise click.ClickException(str(exc)) from None
    if not quiet:
        click.echo("\n".join(summary.lines()), err=True)
    elif summary.warnings:
        click.echo("\n".join(f"warning: {w}" for w in summary.warnings), err=True)


@main.command()
@click.argument("out_dir", type=EXISTING_DIR)
@click.option("--corpus", type=EXISTING_DIR, default=None,
              help="Also check that every offset reproduces its text in this corpus.")
def validate(out_dir: Path, corpus: Path | None) -> None:
    """Check the tables in OUT_DIR against datapackage.json and the reviewer checks."""
    from .validate import validate_dir
    violations = validate_dir(out_dir, corpus)
    for v in violations:
        click.echo(str(v), err=True)
    if violations:
        raise click.ClickException(f"{len(violations)} violation(s) in {out_dir}")
    click.echo(f"{out_dir}: valid")


@main.command()
@click.argument("out_dir", type=EXISTING_DIR)
@click.option("--gold", "gold_dir", type=EXISTING_DIR, required=True,
              help="Directory with hand-checked mentions.csv, indicators.csv and documents.txt.")
@click.option("--details", is_flag=True, help="Also list every miss and false alarm.")
def evaluate(out_dir: Path, gold_dir: Path, details: bool) -> None:
    """Score OUT_DIR against ground truth: P/R/F1 per type, value accuracy, record accuracy."""
    from .evaluate import evaluate as score, render
    click.echo(render(score(out_dir, gold_dir), details=details))


@main.command()
@click.argument("old", default="HEAD:outputs")
@click.argument("new", default="outputs")
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path), default=Path("corpus"),
              show_default=True, help="Corpus the tables came from; evidence sentences are shown when its files are there.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Report format, written to standard output.")
@click.option("--check", is_flag=True, help="Exit 1 when anything differs.")
def diff(old: str, new: str, corpus: Path, fmt: str, check: bool) -> None:
    """Compare the tables of OLD and NEW by key (record_id, mention_id, doc_id).

    OLD and NEW are output directories; either may be REV:DIR, read from git
    (default: the committed HEAD:outputs against the working outputs).
    """
    from .diff import DiffError, compare, load_tables, render
    try:
        result = compare(load_tables(old), load_tables(new), corpus)
    except DiffError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(render(result, fmt), nl=False, color=None)
    if check and result.differs:
        sys.exit(1)


@main.command()
@click.argument("out_dir", type=EXISTING_DIR)
@click.option("--baseline", default=None,
              help="Earlier output directory (or REV:DIR in git) to mark added, changed and removed mentions against.")
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path), default=Path("corpus"),
              show_default=True, help="Corpus the tables came from, for the bulletin texts.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("review.html"),
              show_default=True, help="Where to write the page.")
def review(out_dir: Path, baseline: str | None, corpus: Path, html_path: Path) -> None:
    """Write one self-contained HTML page to review OUT_DIR: highlighted bulletins, records, charts, validation."""
    from .diff import DiffError, load_tables
    from .review import build_review
    try:
        page = build_review(out_dir, corpus, load_tables(baseline) if baseline else None)
    except DiffError as exc:
        raise click.ClickException(str(exc)) from None
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(page, encoding="utf-8")
    click.echo(f"wrote {html_path}", err=True)
