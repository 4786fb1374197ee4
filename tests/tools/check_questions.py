#!/usr/bin/env python3
"""Validate an ArticleQA question set (JSON Lines) against its article.

Usage:
    python3 tests/tools/check_questions.py corpus/questions/powering-up.jsonl
    python3 tests/tools/check_questions.py QUESTIONS.jsonl --article corpus/powering-up.txt

Checks (any failure is an error and makes the exit status non-zero):
  * every non-blank line is a JSON object with a string `id` and `question`;
  * ids are unique (and question texts are not duplicated);
  * `history`, when present, is a non-empty list of strings; every item tagged
    `follow-up` has one;
  * answerable items (`expected.unanswerable` false) have `contains` (list of
    non-empty groups of non-empty strings), 1 to 3 `support` quotes and an `answer`;
  * unanswerable items have `unanswerable: true`, no `contains`/`support`, and
    the `unanswerable` tag (and vice versa);
  * every support quote is an exact substring of the article;
  * every contains group has an alternative that occurs (case-insensitively,
    after normalising curly quotes and dashes) in at least one support quote;
  * every body paragraph of the article is covered by at least one support quote
    (disable with --allow-uncovered);
  * minimum counts (questions, follow-ups, unanswerable, adversarial) are met.

The body is the sequence of blank-line separated blocks after the standfirst (the
first block after the byline), skipping photo captions / credit lines (blocks ending
in an upper-case parenthesised credit such as "(PHOTO / XINHUA)") and a closing
e-mail address. Body paragraphs are numbered from 1.

Standard library only.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter

KNOWN_TAGS = {
    "factoid", "numeric", "person", "list", "why-how", "paraphrase",
    "follow-up", "unanswerable", "adversarial",
}

CREDIT_RE = re.compile(r"\([A-Z][A-Z .,&/'-]{3,}\)\s*$")
EMAIL_RE = re.compile(r"^\S+@\S+\.\S+$")
BYLINE_RE = re.compile(r"^By\s+\S", re.M)

_TRANS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-",
})


def norm(text):
    """NFKC, curly quotes -> straight, en/em dashes -> '-', whitespace collapsed, casefolded."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANS)
    text = re.sub(r"\s+", " ", text)
    return text.casefold().strip()


def blocks_with_offsets(article):
    """Blank-line separated blocks as (start, end, text), offsets into the article."""
    out = []
    pos = 0
    for m in re.finditer(r"\n[ \t]*\n(?:[ \t]*\n)*", article):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(article)))
    result = []
    for s, e in out:
        raw = article[s:e]
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        s2 = s + lead
        result.append((s2, s2 + len(stripped), stripped))
    return result


def is_caption(text):
    return bool(CREDIT_RE.search(text))


def is_email(text):
    return bool(EMAIL_RE.match(text.strip()))


def body_paragraphs(article):
    """Return list of (number, start, end, text) of body paragraphs, numbered from 1."""
    blocks = blocks_with_offsets(article)
    i = 0
    # header: up to and including the block that holds the byline
    # (only the first few blocks are searched: body paragraphs may also start with "By ...")
    byline_idx = next((k for k, b in enumerate(blocks[:3]) if BYLINE_RE.search(b[2])), None)
    if byline_idx is not None:
        i = byline_idx + 1
    # standfirst: first non-caption block after the header
    while i < len(blocks) and is_caption(blocks[i][2]):
        i += 1
    i += 1  # skip the standfirst
    body = []
    n = 0
    for s, e, text in blocks[i:]:
        if is_caption(text) or is_email(text):
            continue
        n += 1
        body.append((n, s, e, text))
    return body


def find_all(haystack, needle):
    starts = []
    k = haystack.find(needle)
    while k != -1:
        starts.append(k)
        k = haystack.find(needle, k + 1)
    return starts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("questions", help="question set (.jsonl)")
    ap.add_argument("--article", help="article text; default: ../<name>.txt next to the questions directory")
    ap.add_argument("--min-questions", type=int, default=90)
    ap.add_argument("--min-follow-up", type=int, default=8)
    ap.add_argument("--min-unanswerable", type=int, default=12)
    ap.add_argument("--min-adversarial", type=int, default=6)
    ap.add_argument("--allow-uncovered", action="store_true",
                    help="report uncovered body paragraphs without failing")
    args = ap.parse_args()

    qpath = args.questions
    apath = args.article
    if not apath:
        base = os.path.splitext(os.path.basename(qpath))[0]
        apath = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(qpath))), base + ".txt")

    errors = []
    warnings = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    def warn(where, msg):
        warnings.append(f"{where}: {msg}")

    try:
        with open(apath, encoding="utf-8", newline="") as f:
            article = f.read()
    except OSError as e:
        print(f"ERROR: cannot read article {apath}: {e}")
        return 2
    article_lines = set(line.strip() for line in article.splitlines())
    norm_article = norm(article)

    items = []
    try:
        with open(qpath, encoding="utf-8") as f:
            raw_lines = f.read().split("\n")
    except OSError as e:
        print(f"ERROR: cannot read questions {qpath}: {e}")
        return 2
    for lineno, line in enumerate(raw_lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {lineno}", f"invalid JSON: {e}")
            continue
        if not isinstance(obj, dict):
            err(f"line {lineno}", "not a JSON object")
            continue
        items.append((lineno, obj))

    ids = Counter()
    questions_seen = Counter()
    tag_counts = Counter()
    n_answerable = n_unanswerable = n_followup = 0
    covered_spans = []  # (start, end, id)

    for lineno, obj in items:
        qid = obj.get("id")
        where = f"line {lineno} ({qid})"
        if not isinstance(qid, str) or not qid:
            err(where, "missing or non-string id")
        else:
            ids[qid] += 1
            if not re.fullmatch(r"q\d{3,}", qid):
                warn(where, "id does not look like qNNN")
        q = obj.get("question")
        if not isinstance(q, str) or not q.strip():
            err(where, "missing or empty question")
        else:
            questions_seen[(tuple(obj.get("history") or []), q.strip().casefold())] += 1

        tags = obj.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            err(where, "tags must be a list of strings")
            tags = []
        for t in tags:
            tag_counts[t] += 1
            if t not in KNOWN_TAGS:
                warn(where, f"unknown tag {t!r}")
        if len(set(tags)) != len(tags):
            err(where, "duplicate tags")

        hist = obj.get("history")
        if hist is not None:
            if (not isinstance(hist, list) or not hist
                    or not all(isinstance(h, str) and h.strip() for h in hist)):
                err(where, "history must be a non-empty list of non-empty strings")
        if "follow-up" in tags:
            n_followup += 1
            if not hist:
                err(where, "tagged follow-up but has no history")
        elif hist:
            warn(where, "has history but is not tagged follow-up")

        exp = obj.get("expected")
        if exp is None:
            err(where, "missing expected (every item in this set is meant to be scored)")
            continue
        if not isinstance(exp, dict):
            err(where, "expected must be an object")
            continue
        unans = exp.get("unanswerable")
        if not isinstance(unans, bool):
            err(where, "expected.unanswerable must be true or false")
            continue

        if unans:
            n_unanswerable += 1
            if "unanswerable" not in tags:
                err(where, "expected.unanswerable is true but tag 'unanswerable' missing")
            for k in ("contains", "support"):
                if exp.get(k):
                    err(where, f"unanswerable item must not have expected.{k}")
            continue

        n_answerable += 1
        if "unanswerable" in tags:
            err(where, "tagged unanswerable but expected.unanswerable is false")
        answer = exp.get("answer")
        if not isinstance(answer, str) or not answer.strip():
            err(where, "missing expected.answer")

        support = exp.get("support")
        if (not isinstance(support, list) or not support
                or not all(isinstance(s, str) and s for s in support)):
            err(where, "expected.support must be a non-empty list of strings")
            support = []
        elif len(support) > 3:
            err(where, f"{len(support)} support quotes; the answer must lie in 1-3 sentences")
        good_support = []
        for s in support:
            starts = find_all(article, s)
            if not starts:
                hint = " (matches only after normalisation: check quotes/dashes/spaces)" \
                    if norm(s) in norm_article else ""
                err(where, f"support quote not an exact substring of the article{hint}: {s[:80]!r}")
                continue
            good_support.append(s)
            if len(s) < 20 and s.strip() not in article_lines:
                warn(where, f"very short support quote: {s!r}")
            for st in starts:
                covered_spans.append((st, st + len(s), qid))

        contains = exp.get("contains")
        if (not isinstance(contains, list) or not contains
                or not all(isinstance(g, list) and g and all(isinstance(a, str) and a.strip() for a in g)
                           for g in contains)):
            err(where, "expected.contains must be a non-empty list of non-empty lists of strings")
            continue
        norm_support = [norm(s) for s in good_support]
        for g in contains:
            for a in g:
                if len(a) > 40:
                    warn(where, f"long contains string (keep them short): {a!r}")
            if support and not any(norm(a) in ns for a in g for ns in norm_support):
                err(where, f"no alternative of contains group {g} occurs in any support quote")

    for qid, c in ids.items():
        if c > 1:
            err(qid, f"duplicate id ({c} times)")
    for (h, q), c in questions_seen.items():
        if c > 1:
            err(q[:60], f"duplicate question ({c} times)")

    total = len(items)
    if total < args.min_questions:
        err("set", f"{total} questions, need at least {args.min_questions}")
    if n_followup < args.min_follow_up:
        err("set", f"{n_followup} follow-up questions, need at least {args.min_follow_up}")
    if n_unanswerable < args.min_unanswerable:
        err("set", f"{n_unanswerable} unanswerable questions, need at least {args.min_unanswerable}")
    if tag_counts["adversarial"] < args.min_adversarial:
        err("set", f"{tag_counts['adversarial']} adversarial questions, need at least {args.min_adversarial}")

    # paragraph coverage
    body = body_paragraphs(article)
    uncovered = []
    cover_count = {}
    for n, s, e, text in body:
        hits = {qid for (cs, ce, qid) in covered_spans if cs < e and ce > s}
        cover_count[n] = len(hits)
        if not hits:
            uncovered.append((n, text))

    print(f"article:   {apath}")
    print(f"questions: {qpath}")
    print(f"items: {total}  answerable: {n_answerable}  unanswerable: {n_unanswerable}  "
          f"follow-up (tagged): {n_followup}")
    print("tag counts:")
    for t in sorted(tag_counts, key=lambda t: (-tag_counts[t], t)):
        print(f"  {t:<13} {tag_counts[t]}")
    print(f"body paragraphs: {len(body)}  covered: {len(body) - len(uncovered)}  "
          f"uncovered: {len(uncovered)}")
    if uncovered:
        print("uncovered body paragraphs:")
        for n, text in uncovered:
            print(f"  [{n}] {text[:90]}")
        if not args.allow_uncovered:
            err("coverage", f"{len(uncovered)} body paragraph(s) not covered by any support quote")
    thin = [n for n, c in cover_count.items() if c == 1]
    if thin:
        print(f"paragraphs covered by only one question: {', '.join(map(str, thin))}")

    for w in warnings:
        print(f"WARNING {w}")
    for e in errors:
        print(f"ERROR {e}")
    if errors:
        print(f"FAILED: {len(errors)} error(s), {len(warnings)} warning(s)")
        return 1
    print(f"OK: 0 errors, {len(warnings)} warning(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
