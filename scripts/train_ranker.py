#!/usr/bin/env python3
"""Train the summarizer's sentence ranker and write it to toolkit/_ranker.json.

Reproducible: fixed hyper-parameters, no randomness, pure NumPy gradient boosting. Train only on the
CNN/DailyMail *validation* split (never on the test file dev-cnndm.jsonl):

    python scripts/train_ranker.py --data ../shared/bench/summarization/dev-cnndm-validation.jsonl
    python scripts/train_ranker.py --data ... --folds 5      # cross-validated ROUGE, writes nothing

Each candidate sentence (toolkit.summarization.candidates) gets the toolkit's features and, as its
target, the mean of its ROUGE-1 and ROUGE-2 F1 against the reference highlight it matches best
(rouge-score with the stemmer, as in the bench protocol). Matching one highlight rather than the
whole reference rewards sentences that each carry one point, which is what a 3-sentence budget
needs. The ranker is a bag of boosted models, each fitted to a bootstrap sample of the articles
(fixed seed) and averaged: 500 articles leave a single model's scores noisy, and the average ranks
better at the same lede prior (cross-validated ROUGE-1 over Lead-3 +1.67 against +1.53 at 0.04), so
it affords the larger prior that makes summaries agree across translation. Trees are small (depth
3), so scoring an article's sentences takes a few milliseconds in pure Python.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np
from rouge_score import rouge_scorer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.document import parse  # noqa: E402
from toolkit.summarization import FEATURES, candidates, features  # noqa: E402

VERSION = "ranker-v3"
ROUNDS, DEPTH, RATE, MIN_LEAF, BINS = 100, 3, 0.1, 40, 32
BAGS, SEED = 5, 0


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def examples(rows: list[dict]) -> list[tuple[list, np.ndarray, np.ndarray, str]]:
    """Per article: candidate sentences, their feature matrix, their targets, the reference."""
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    out = []
    for row in rows:
        document = parse(row["article"], "en")
        pool = candidates(document)
        if not pool:
            continue
        x = np.array(features(document, pool, "en"), dtype=float)
        highlights = [line for line in row["summary"].splitlines() if line.strip()]
        y = [max(_f(scorer.score(h, sentence.text)) for h in highlights) for sentence in pool]
        out.append((pool, x, np.array(y), row["summary"]))
    return out


def _f(score: dict) -> float:
    return (score["rouge1"].fmeasure + score["rouge2"].fmeasure) / 2


def _tree(x: np.ndarray, residual: np.ndarray, edges: list[np.ndarray]) -> list[list]:
    """One regression tree grown greedily on binned features.

    Nodes are ``[feature, threshold, left, right, value]``; leaves have feature -1."""
    nodes: list[list] = []

    def grow(index: np.ndarray, depth: int) -> int:
        node = len(nodes)
        nodes.append([-1, 0.0, -1, -1, float(residual[index].mean())])
        if depth == DEPTH or len(index) < 2 * MIN_LEAF:
            return node
        r = residual[index]
        total, count = r.sum(), len(r)
        best = (0.0, -1, 0.0)
        for f, cuts in enumerate(edges):
            values = x[index, f]
            for threshold in cuts:
                left = values <= threshold
                n_left = int(left.sum())
                if n_left < MIN_LEAF or count - n_left < MIN_LEAF:
                    continue
                s_left = r[left].sum()
                gain = s_left**2 / n_left + (total - s_left) ** 2 / (count - n_left) - total**2 / count
                if gain > best[0]:
                    best = (gain, f, float(threshold))
        if best[1] < 0:
            return node
        _, f, threshold = best
        mask = x[index, f] <= threshold
        nodes[node][0], nodes[node][1] = f, threshold
        nodes[node][2] = grow(index[mask], depth + 1)
        nodes[node][3] = grow(index[~mask], depth + 1)
        return node

    grow(np.arange(len(residual)), 0)
    return nodes


def _predict(tree: list[list], x: np.ndarray) -> np.ndarray:
    out = np.empty(len(x))
    for i, row in enumerate(x):
        node = tree[0]
        while node[0] >= 0:
            node = tree[node[2] if row[node[0]] <= node[1] else node[3]]
        out[i] = node[4]
    return out


def _boost(x: np.ndarray, y: np.ndarray) -> tuple[float, list[list[list]]]:
    edges = [np.unique(np.quantile(x[:, f], np.linspace(0, 1, BINS + 1)[1:-1])) for f in range(x.shape[1])]
    base = float(y.mean())
    prediction = np.full(len(y), base)
    trees = []
    for _ in range(ROUNDS):
        tree = _tree(x, y - prediction, edges)
        prediction += RATE * _predict(tree, x)
        trees.append(tree)
    return base, trees


def fit(data: list) -> dict:
    """BAGS boosted models, each on a bootstrap sample of ``data``'s articles, as one model whose
    score is their mean (their trees in one list, the rate divided by BAGS)."""
    rng = np.random.default_rng(SEED)
    bases, trees = [], []
    for _ in range(BAGS):
        sample = [data[i] for i in rng.choice(len(data), len(data), replace=True)]
        base, bag = _boost(np.vstack([d[1] for d in sample]), np.concatenate([d[2] for d in sample]))
        bases.append(base)
        trees.extend(bag)
    return {
        "version": VERSION, "features": list(FEATURES), "base": statistics.fmean(bases), "rate": RATE / BAGS,
        "trees": trees,
    }


def cross_validate(data: list, folds: int) -> None:
    from toolkit.summarization.lexicon import Lexicon
    from toolkit.summarization.ranker import Ranker, lede_priors
    from toolkit.summarization.selection import select

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    lexicon = Lexicon("en")
    results: dict[str, list[float]] = {"model": [], "lead3": []}
    per_metric = {name: {m: [] for m in ("rouge1", "rouge2", "rougeLsum")} for name in results}
    for k in range(folds):
        train = [d for i, d in enumerate(data) if i % folds != k]
        test = [d for i, d in enumerate(data) if i % folds == k]
        model = fit(train)
        ranker = Ranker(model["version"], model["base"], model["rate"],
                         tuple(tuple(tuple(n) for n in t) for t in model["trees"]))
        for pool, x, _, reference in test:
            rows = x.tolist()
            scores = [ranker.score(row) + prior for row, prior in zip(rows, lede_priors(rows), strict=True)]
            stems = [lexicon.content(lexicon.tokens(s.text)) for s in pool]
            chosen = select(pool, scores, stems, count=3, words=None)
            for name, picks in (("model", chosen), ("lead3", range(min(3, len(pool))))):
                result = scorer.score(reference, "\n".join(pool[i].text for i in picks))
                for m in per_metric[name]:
                    per_metric[name][m].append(result[m].fmeasure * 100)
    for name, metrics in per_metric.items():
        print(name, " ".join(f"{m} {statistics.fmean(v):.2f}" for m, v in metrics.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the validation JSONL (never the test file)")
    parser.add_argument("--folds", type=int, default=0, help="report k-fold cross-validated ROUGE instead")
    parser.add_argument("--out", type=Path, default=ROOT / "toolkit" / "_ranker.json")
    args = parser.parse_args()
    if args.data.name == "dev-cnndm.jsonl":
        parser.error("dev-cnndm.jsonl is the test set; train on dev-cnndm-validation.jsonl")
    data = examples(load(args.data))
    if args.folds:
        cross_validate(data, args.folds)
        return
    model = fit(data)
    model["trained_on"] = f"{args.data.name} ({len(data)} articles)"
    model["hyperparameters"] = {
        "rounds": ROUNDS, "depth": DEPTH, "rate": RATE, "min_leaf": MIN_LEAF, "bins": BINS, "bags": BAGS,
        "seed": SEED,
    }
    handle, temporary = tempfile.mkstemp(dir=args.out.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(model, out, separators=(",", ":"))
        out.write("\n")
    os.chmod(temporary, 0o644)  # mkstemp makes it private; the package data must be readable by all
    os.replace(temporary, args.out)
    print(f"wrote {args.out} ({len(model['trees'])} trees, {sum(len(d[0]) for d in data)} sentences)")


if __name__ == "__main__":
    main()
