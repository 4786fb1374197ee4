#!/usr/bin/env python3
"""Score an ArticleQA results document with the five summary metrics of
docs/eval-format.md, written independently of the C# implementation, and
compare them with the document's own `summary`.

Usage:
    python3 tests/tools/score_results.py QUESTIONS.jsonl RESULTS.json [--tolerance 0.01]

Exit status 1 when a metric differs from the document's summary by more than the tolerance.
Standard library only.
"""

import argparse
import json
import re
import sys
import unicodedata

_TRANS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-",
})


def norm(text):
    text = unicodedata.normalize("NFKC", text).translate(_TRANS)
    return re.sub(r"\s+", " ", text).casefold().strip()


def lcs(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def overlap(cited, support):
    a, b = norm(cited), norm(support)
    if a in b or b in a:
        return True
    return lcs(a, b) >= min(40, 0.6 * len(a))


def supported(text, expected):
    return any(overlap(text, s) for s in expected.get("support") or [])


def share(flags):
    return sum(flags) / len(flags) if flags else 0.0


def score(questions, items):
    by_id = {i["id"]: i for i in items}
    answerable, unanswerable = [], []
    for q in questions:
        e = q.get("expected")
        if not e or q["id"] not in by_id:
            continue
        if e.get("unanswerable"):
            unanswerable.append((e, by_id[q["id"]]))
        elif e.get("contains") is not None:
            answerable.append((e, by_id[q["id"]]))

    def correct(e, item):
        answer = norm(item["answer"])
        return (not item["abstained"] and len(item["answer"]) <= 600
                and all(any(norm(alt) in answer for alt in group) for group in e["contains"]))

    cites = [supported(c["quote"], e) for e, item in answerable for c in item.get("citations", [])]
    return {
        "answer_accuracy": share([correct(e, i) for e, i in answerable]),
        "citation_precision": share(cites),
        "citation_recall": share([any(supported(c["quote"], e) for c in i.get("citations", [])) for e, i in answerable]),
        "retrieval_recall_at_5": share([any(supported(p["text"], e) for p in i.get("retrieved", [])[:5]) for e, i in answerable]),
        "abstention_accuracy": share([bool(i["abstained"]) for e, i in unanswerable]),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("questions")
    parser.add_argument("results")
    parser.add_argument("--tolerance", type=float, default=0.01)
    args = parser.parse_args()
    with open(args.questions, encoding="utf-8") as f:
        questions = [json.loads(line) for line in f if line.strip()]
    with open(args.results, encoding="utf-8") as f:
        results = json.load(f)
    ours = score(questions, results["items"])
    theirs = results.get("summary") or {}
    worst = 0.0
    for name, value in ours.items():
        diff = abs(value - theirs.get(name, float("nan")))
        worst = max(worst, diff) if diff == diff else float("inf")
        print(f"{name:24} independent {value:.4f}  document {theirs.get(name, float('nan')):.4f}  diff {diff:.4f}")
    if worst > args.tolerance:
        print(f"DISAGREE: largest difference {worst:.4f} > {args.tolerance}")
        return 1
    print(f"agree within {args.tolerance}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
