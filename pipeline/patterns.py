"""Load the rule and vocabulary files of ``patterns/`` with validation.

Every bad line of a file is collected and reported at once, naming the file and line,
so a broken rule fails at load time and not as a silent miss in the tables.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import json
import os
import pickle
from pathlib import Path

import regex

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"
ATOM_REF = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")
# Compiled patterns kept between processes (see ``compile_cached``).
REGEX_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")) / "policy-indicators" / "regex"


class PatternError(ValueError):
    """A rule or vocabulary file that cannot be used; lists every offending line."""


def load_jsonl_rules(path: Path, required: tuple[str, ...] = ("label", "id", "pattern"),
                     allowed: tuple[str, ...] = ("label", "id", "pattern", "comment", "examples",
                                                 "counterexamples", "priority")) -> list[dict]:
    """Read a JSONL rule file; unknown keys and missing keys are errors, not ignored."""
    rules, problems = [], []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rule = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path.name}:{lineno}: not JSON ({exc.msg})")
                continue
            if not isinstance(rule, dict):
                problems.append(f"{path.name}:{lineno}: expected an object")
                continue
            missing = [k for k in required if k not in rule]
            unknown = sorted(set(rule) - set(allowed))
            if missing:
                problems.append(f"{path.name}:{lineno}: missing {', '.join(missing)}")
            if unknown:
                problems.append(f"{path.name}:{lineno}: unknown key {', '.join(unknown)}")
            if not missing and not unknown:
                rule["_line"] = lineno
                rules.append(rule)
    if problems:
        raise PatternError("\n".join(problems))
    return rules


def load_csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Read a vocabulary CSV whose header must contain ``columns``."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise PatternError(f"{path.name}: missing column(s) {', '.join(missing)}")
        numbered = [(reader.line_num, row) for row in reader if any((v or "").strip() for v in row.values())]
    problems = [f"{path.name}:{line}: empty {columns[0]}" for line, row in numbered
                if not (row[columns[0]] or "").strip()]
    problems += [f"{path.name}:{line}: more fields than the header (quote a note that holds a comma)"
                 for line, row in numbered if None in row]
    # A row written twice is an edit gone astray; whichever copy one corrects, the other stays.
    first: dict[tuple, int] = {}
    for line, row in numbered:
        seen = first.setdefault(tuple(str(v or "").strip() for v in row.values()), line)
        if seen != line:
            problems.append(f"{path.name}:{line}: repeats line {seen}")
    rows = [row for _, row in numbered]
    if problems:
        raise PatternError("\n".join(problems))
    return rows


def load_lines(path: Path) -> list[str]:
    """A one-item-per-line list; ``#`` starts a comment."""
    with path.open(encoding="utf-8") as f:
        return [s for s in (line.split("#", 1)[0].strip() for line in f) if s]


def alternation(words) -> str:
    """A regex alternation, longest first so that the longest form wins; a space may be any
    run of white space, and a period inside a form may be followed by one (``U. S. dollars``)."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+").replace(r"\.", r"\.\s?")
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))


def expand_atoms(pattern: str, atoms: dict[str, str], where: str = "") -> str:
    """Replace ``{ATOM}`` references (recursively) by non-capturing groups."""
    for _ in range(10):
        names = ATOM_REF.findall(pattern)
        if not names:
            return pattern
        unknown = [n for n in names if n not in atoms]
        if unknown:
            raise PatternError(f"{where}: unknown atom {', '.join(sorted(set(unknown)))}")
        pattern = ATOM_REF.sub(lambda m: f"(?:{atoms[m.group(1)]})", pattern)
    raise PatternError(f"{where}: atoms nest too deeply")


def compile_rules(rules: list[dict], atoms: dict[str, str], source: str, field: str = "pattern",
                  flags: int = regex.X | regex.I) -> list[tuple[dict, regex.Pattern | None]]:
    """Compile every rule's ``field``, listing all that fail instead of stopping at the
    first. An empty field gives ``None``; ``"ignore_case": false`` drops the I flag."""
    compiled, problems = [], []
    for rule in rules:
        where = f"{source}:{rule.get('_line', '?')} ({rule.get('id', rule.get('key'))})"
        if not rule[field]:
            compiled.append((rule, None))
            continue
        rule_flags = flags if rule.get("ignore_case", True) else flags & ~regex.I
        try:
            compiled.append((rule, compile_cached(expand_atoms(rule[field], atoms, where), rule_flags)))
        except (regex.error, PatternError) as exc:
            problems.append(f"{where}: {exc}")
    if problems:
        raise PatternError("\n".join(problems))
    return compiled


@functools.cache
def load_cues(path: Path = PATTERNS_DIR / "resolve_cues.jsonl") -> dict[str, regex.Pattern]:
    """The linguistic cues of resolution, one regex a line of ``patterns/resolve_cues.jsonl``,
    named by their ``id``; read once, shared by the stages that weigh a date's role."""
    rules = load_jsonl_rules(path, required=("id", "pattern"), allowed=("id", "pattern", "ignore_case", "comment"))
    return {rule["id"]: rx for rule, rx in compile_rules(rules, {}, path.name, flags=regex.I)}


def compile_cached(pattern: str, flags: int = 0, cache: Path = REGEX_CACHE) -> regex.Pattern:
    """``regex.compile``, with the compiled code kept on disk like Python's ``__pycache__``.

    The regex module parses a pattern in Python: the rule files, atoms expanded, take
    over a second per process, while a pickled pattern carries its compiled code and
    loads in a fraction of a millisecond. A file is named by a hash of the pattern, the
    flags and the regex version, so an edited rule or another regex release compiles
    afresh; a cache that cannot be read or written costs only the compile time.
    """
    key = hashlib.sha256(f"{regex.__version__}\0{int(flags)}\0{pattern}".encode()).hexdigest()
    path = cache / f"{key}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, EOFError, pickle.UnpicklingError):
        pass
    compiled = regex.compile(pattern, flags)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_bytes(pickle.dumps(compiled))
        partial.replace(path)  # atomic: a process reading meanwhile never sees half a file
    except OSError:
        pass
    return compiled
