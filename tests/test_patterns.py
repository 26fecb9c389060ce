"""Rule files: every rule's examples match it whole and hold its required words, its
counterexamples do not match, and a broken file fails at load with every bad line named.

An example may carry context around the span in brackets: ``on [the 21st],`` means the
rule must match exactly ``the 21st`` in that text.
"""
from __future__ import annotations

import json
import pickle

import pytest
import regex

from pipeline.annotate.ruler import RegexRuler
from pipeline.annotate.vocab import vocabulary
from pipeline.patterns import (PATTERNS_DIR, PatternError, compile_cached, compile_rules, expand_atoms, load_csv,
                               load_jsonl_rules)

RULE_FILES = ("quantities.jsonl", "dates.jsonl", "places.jsonl")


def examples():
    atoms = vocabulary().atoms
    for name in RULE_FILES:
        ruler = RegexRuler(PATTERNS_DIR, name)
        for rule, rx in ruler.rules:
            left = ruler.left.get(rule["id"])
            for kind in ("examples", "counterexamples"):
                for i, text in enumerate(rule.get(kind, [])):
                    yield pytest.param(rule, rx, left, text, kind == "examples",
                                       id=f"{rule['id']}-{kind}-{i}")
    for rule in load_jsonl_rules(PATTERNS_DIR / "place_context.jsonl", required=("id", "where", "pattern"),
                                 allowed=("id", "where", "pattern", "comment", "examples", "counterexamples")):
        rx = regex.compile(expand_atoms(rule["pattern"], atoms), regex.X | regex.I)
        for kind in ("examples", "counterexamples"):
            for i, text in enumerate(rule.get(kind, [])):
                yield pytest.param(rule, rx, text, kind == "examples", id=f"{rule['id']}-{kind}-{i}")


def whole_match(rule, rx, left, example: str) -> bool:
    """The rule, with its left context, matches exactly the example's span."""
    if "[" in example:
        start, end = example.index("["), example.index("]") - 1
        text = example.replace("[", "").replace("]", "")
    else:
        text, start, end = example, 0, len(example)
    for pos in range(len(text)):
        m = rx.match(text, pos)
        if not m or m.end() != end:
            continue
        before = left.search(text, max(0, pos - 40), pos) if left is not None else None
        if before is not None and before.end() == pos:
            if before.start() == start:
                return True
        elif pos == start and not rule.get("left_required"):
            return True
    return False


@pytest.mark.parametrize("rule,rx,left,text,should", [p for p in examples() if len(p.values) == 5])
def test_patterns_rule_examples(rule, rx, left, text, should):
    assert whole_match(rule, rx, left, text) == should


@pytest.mark.parametrize("rule,rx,left,text,should", [p for p in examples() if len(p.values) == 5
                                                        and p.values[4] and "requires" in p.values[0]])
def test_patterns_required_words_are_in_every_example(rule, rx, left, text, should):
    """A rule is skipped in a document without its ``requires`` words: each example has them."""
    assert regex.search(rule["requires"], text.replace("[", "").replace("]", ""), regex.I)


@pytest.mark.parametrize("rule,rx,text,should", [p for p in examples() if len(p.values) == 4])
def test_patterns_place_context_examples(rule, rx, text, should):
    # "after" rules read what follows the place name; "before" rules what precedes it.
    words = text.split()
    if rule["where"] == "after":
        found = any(rx.match(text, len(" ".join(words[:i]))) for i in range(1, len(words)))
    else:
        found = any(rx.search(text[:len(" ".join(words[:i])) + 1]) for i in range(1, len(words)))
    assert found == should


BAD_RULES = [
    ('{"label": "MONEY", "id": "x"}', "missing pattern"),
    ('{"label": "MONEY", "id": "x", "pattern": "\\\\d+", "colour": "red"}', "unknown key colour"),
    ('not json', "not JSON"),
    ('["a list"]', "expected an object"),
]


@pytest.mark.parametrize("line,message", BAD_RULES, ids=[m for _, m in BAD_RULES])
def test_patterns_bad_rule_line_is_named(tmp_path, line, message):
    path = tmp_path / "rules.jsonl"
    path.write_text('{"label": "COUNT", "id": "ok", "pattern": "\\\\d+"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        load_jsonl_rules(path)
    assert f"rules.jsonl:2: {message}" in str(err.value)


def test_patterns_every_bad_line_listed_at_once(tmp_path):
    path = tmp_path / "rules.jsonl"
    path.write_text("nope\n{}\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        load_jsonl_rules(path)
    assert "rules.jsonl:1" in str(err.value) and "rules.jsonl:2" in str(err.value)


def test_patterns_unknown_atom_and_bad_regex_reported():
    rules = [{"label": "X", "id": "a", "pattern": "{NO_SUCH_ATOM}", "_line": 1},
             {"label": "X", "id": "b", "pattern": "(unclosed", "_line": 2}]
    with pytest.raises(PatternError) as err:
        compile_rules(rules, {}, "t.jsonl")
    assert "t.jsonl:1 (a)" in str(err.value) and "unknown atom NO_SUCH_ATOM" in str(err.value)
    assert "t.jsonl:2 (b)" in str(err.value)


def test_patterns_compiled_pattern_is_read_back_from_the_cache(tmp_path):
    first = compile_cached(r"(?P<n>\d+)\s+years?", regex.I, cache=tmp_path)
    assert first.search("over 5 YEARS").group("n") == "5"
    (stored,) = tmp_path.iterdir()
    stored.write_bytes(pickle.dumps(regex.compile("stored")))
    assert compile_cached(r"(?P<n>\d+)\s+years?", regex.I, cache=tmp_path).pattern == "stored"
    # Another pattern or other flags are another file, compiled afresh.
    assert compile_cached(r"(?P<n>\d+)\s+years?", cache=tmp_path).pattern != "stored"
    assert len(list(tmp_path.iterdir())) == 2


def test_patterns_unreadable_cache_file_is_compiled_again(tmp_path):
    compile_cached(r"\bpoor\b", cache=tmp_path)
    (stored,) = tmp_path.iterdir()
    stored.write_bytes(b"not a pickle")
    assert compile_cached(r"\bpoor\b", cache=tmp_path).search("the poor").span() == (4, 8)


def test_patterns_csv_missing_column(tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("word\nx\n", encoding="utf-8")
    with pytest.raises(PatternError, match="missing column"):
        load_csv(path, ("word", "name"))


def test_patterns_csv_names_empty_and_repeated_rows(tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("word,name\nx,X\n\n,Y\ny,Y\nx,X\nz,a, b\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        load_csv(path, ("word", "name"))
    assert str(err.value).splitlines() == [
        "v.csv:4: empty word", "v.csv:7: more fields than the header (quote a note that holds a comma)",
        "v.csv:6: repeats line 2"]


@pytest.mark.parametrize("name", sorted(p.name for p in PATTERNS_DIR.glob("*.jsonl")))
def test_patterns_files_are_one_json_object_per_line(name):
    for line in (PATTERNS_DIR / name).read_text(encoding="utf-8").splitlines():
        assert isinstance(json.loads(line), dict)


def test_patterns_named_regions_lie_in_listed_provinces():
    """Every named region's province is a province of the gazetteer, by its canonical name."""
    from pipeline.places import load_places
    provinces = {p.name for p in load_places(PATTERNS_DIR / "places.csv") if p.level == "province"}
    rows = load_csv(PATTERNS_DIR / "named_regions.csv", ("name", "province"))
    assert rows and all(r["province"] in provinces for r in rows)
