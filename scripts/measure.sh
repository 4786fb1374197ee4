#!/usr/bin/env bash
# The one source of measured figures: runs eval on the public question set (every configuration,
# --compare all) and bench on a Release build, and writes docs/measurements.md with the date, the
# machine, the commit and every figure the docs quote. The docs quote only that file or link to it;
# tests/ArticleQA.IntegrationTests/DocumentedFiguresTests.cs fails when they differ from it.
# Usage: bash scripts/measure.sh [--runs N]   (bench runs, default 5). Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
if [[ "${1:-}" == "--runs" ]]; then runs=${2:?--runs needs a number}; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== build (Release)"
dotnet build src/ArticleQA.Cli -c Release -warnaserror >"$work/build.log" 2>&1 || { tail -n 20 "$work/build.log"; exit 1; }
cli=(dotnet src/ArticleQA.Cli/bin/Release/net10.0/articleqa.dll)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== eval: corpus/questions/powering-up.jsonl, every configuration"
ArticleQA__DataPath="$work/data" "${cli[@]}" eval corpus/questions/powering-up.jsonl --out "$work/results.json" --compare all >"$work/eval.log"

echo "== bench --runs $runs"
ArticleQA__DataPath="$work/data" "${cli[@]}" bench --runs "$runs" --out "$work/bench.json" >"$work/bench.log"

echo "== eval-collection: every article of tests/data/articles (shipped ranker), beside the BM25 picker"
ArticleQA__DataPath="$work/data" "${cli[@]}" eval-collection --out "$work/collection.json" >"$work/collection.md"

commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- src corpus prompts || commit="$commit (with uncommitted changes)"
MEASURE_COMMIT="$commit" MEASURE_LOAD="$load_before" MEASURE_RUNS="$runs" python3 - "$work" corpus/questions/powering-up.jsonl >docs/measurements.md <<'PY'
import datetime, glob, json, os, platform, subprocess, sys

work, questions_path = sys.argv[1], sys.argv[2]
primary = json.load(open(f"{work}/results.json"))
others = {os.path.basename(p)[len("results."):-len(".json")]: json.load(open(p)) for p in sorted(glob.glob(f"{work}/results.*.json"))}
bench = json.load(open(f"{work}/bench.json"))
questions = [json.loads(l) for l in open(questions_path, encoding="utf-8") if l.strip()]

def cpu_model():
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"

def memory_gib():
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal:"):
            return round(int(line.split()[1]) / 1048576, 1)

COUNTS = ("questions", "answerable_questions", "unanswerable_questions")

def fmt(name, value):
    # JSON writes 1.0 as 1; a metric is always shown with its decimals, a count without.
    if name in COUNTS or isinstance(value, str):
        return str(value)
    if name.endswith("_ms") or name.endswith("_length"):
        return f"{float(value):.1f}"
    if name.endswith("_mib") or name.endswith("_samples"):
        return str(value)
    return f"{float(value):.3f}"

def rows(figures):
    out = ["| figure | value |", "|---|---|"]
    out += [f"| `{name}` | {value} |" for name, value in figures]
    return out

answerable = [q for q in questions if q.get("expected", {}).get("contains") and not q["expected"].get("unanswerable")]
unanswerable = [q for q in questions if q.get("expected", {}).get("unanswerable")]
items = {i["id"]: i for i in primary["items"]}
abstained_right = sum(1 for q in unanswerable if items[q["id"]]["abstained"])
false_abstentions = sum(1 for q in answerable if items[q["id"]]["abstained"])

name = primary.get("config_name", "primary")
lines = [
    "# Measurements",
    "",
    "Written by `bash scripts/measure.sh`; do not edit by hand. Every figure the README and `docs/` quote",
    "comes from this file (a test checks it). Run the script again after a change that moves a figure.",
    "",
    "| | |",
    "|---|---|",
    f"| date | {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC |",
    f"| commit | {os.environ['MEASURE_COMMIT']} |",
    f"| machine | {os.cpu_count()} cores, {memory_gib()} GiB, {cpu_model()} |",
    f"| system | {platform.system()} {platform.release()}, .NET {bench['dotnet']}, {bench['build']} build |",
    f"| load average before the runs | {os.environ['MEASURE_LOAD']} (the machine may be shared: latencies are upper bounds) |",
    "",
    f"## Quality: the public set, embedded defaults ({name})",
    "",
    f"`articleqa eval corpus/questions/powering-up.jsonl`: {len(questions)} questions, {len(answerable)} answerable,",
    f"{len(unanswerable)} unanswerable. Metric names as in [eval-format.md](eval-format.md).",
    "",
]
figures = [(k, fmt(k, v)) for k, v in primary["summary"].items()]
counts = [("questions", len(questions)), ("answerable_questions", len(answerable)), ("unanswerable_questions", len(unanswerable)),
          ("unanswerable_abstained", f"{abstained_right} of {len(unanswerable)}"), ("false_abstentions", f"{false_abstentions} of {len(answerable)}")]
figures += [(k, v) for k, v in counts if k not in primary["summary"]]
lines += rows(figures)
lines += ["", f"### Per tag ({name})", "", "`answer_accuracy[tag]` and so on: the same metrics over the questions with that tag.", ""]
tag_figures = []
for tag, metrics in sorted(primary.get("summary_by_tag", {}).items()):
    for metric in ("questions", "answer_accuracy", "citation_precision", "abstention_accuracy"):
        if metric in metrics:
            tag_figures.append((f"{metric}[{tag}]", fmt(metric, metrics[metric])))
lines += rows(tag_figures)

contract = ["answer_accuracy", "citation_precision", "citation_recall", "retrieval_recall_at_5", "abstention_accuracy"]
lines += ["", "## Every configuration (`eval --compare all`)", "",
          "`metric[configuration]`; score is the mean of the five contract metrics, as the report's headline uses.", ""]
config_figures = []
for config, run in [(name, primary)] + list(others.items()):
    summary = run["summary"]
    config_figures.append((f"score[{config}]", fmt("score", sum(summary[m] for m in contract) / len(contract))))
    for metric in contract + ["retrieval_recall_at_1", "retrieval_recall_at_3", "retrieval_mrr", "token_f1"]:
        if metric in summary:
            config_figures.append((f"{metric}[{config}]", fmt(metric, summary[metric])))
lines += rows(config_figures)

lines += ["", f"## Speed: `articleqa bench --runs {os.environ['MEASURE_RUNS']}` (Release)", "",
          "Milliseconds; p50 and p95 over the samples (`*_samples`).", ""]
bench_figures = [(f"bench_{k}", fmt(k, v)) for k, v in bench.items() if k not in ("build", "machine", "dotnet")]
lines += rows(bench_figures)
lines += ["", "## The development collection (`articleqa eval-collection`, shipped ranker)", "",
          "Validation articles only measure; training articles trained the ranker (`tests/data/articles/split.tsv`).", ""]
lines += [l.rstrip("\n") for l in open(f"{work}/collection.md", encoding="utf-8")]
print("\n".join(lines))
PY
echo "wrote docs/measurements.md"
