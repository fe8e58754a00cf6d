#!/usr/bin/env python3
"""Learns how to weigh the facts about each target (victim) candidate, and says honestly whether
the weights help: leave-one-split-out (train on the other readable gold files, score the one
left out; eleven files since round 23: gold.toml and the ten read splits).

Input: target/victim_candidates.jsonl, written by
    VICTIM_DUMP=1 cargo test --test tagging_gold dump_victim_candidates -- --nocapture
(never from tests/gold/blind*). Pure standard library (no numpy): L2-regularised logistic
regression fitted by Adagrad over sparse features.

    python3 tools/train_victims.py            # LOSO table only
    python3 tools/train_victims.py --write    # and src/tagging/victim_model.rs from all splits

Thresholds are chosen on the training splits of each fold (never on the split scored): the keep
threshold maximises F1 among those whose precision is at least the rules' on the same training
data; the high band is the lowest score whose training precision reaches HIGH_PRECISION.
"""
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMP = ROOT / "target" / "victim_candidates.jsonl"
OUT = ROOT / "src" / "tagging" / "victim_model.rs"
SPLITS = ["gold", "fresh", "unseen", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]
L2 = 0.01
EPOCHS = 60
RATE = 0.3
SEED = 18
HIGH_PRECISION = 0.90


def load():
    lines = DUMP.read_text(encoding="utf-8").splitlines()
    names = json.loads(lines[0])["features"]
    articles = [json.loads(line) for line in lines[1:]]
    for a in articles:
        a["gold"] = set(a["gold"])
        for c in a["cands"]:
            c["x"] = [(i, v) for i, v in enumerate(c["f"]) if v != 0.0]
            c["y"] = 1 if c["key"] in a["gold"] else 0
    return names, articles


def fit(articles, n):
    """Weights (bias last) of an L2 logistic regression over the articles' candidates."""
    rows = [(c["x"], c["y"]) for a in articles for c in a["cands"]]
    w = [0.0] * (n + 1)
    g2 = [1e-8] * (n + 1)
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(rows)
        for x, y in rows:
            z = w[n] + sum(w[i] * v for i, v in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - y
            for i, v in x:
                g = err * v + L2 * w[i]
                g2[i] += g * g
                w[i] -= RATE * g / math.sqrt(g2[i])
            g2[n] += err * err
            w[n] -= RATE * err / math.sqrt(g2[n])
    return w


def score(w, c):
    n = len(w) - 1
    return w[n] + sum(w[i] * v for i, v in c["x"])


def counts(articles, keep):
    """tp, fp, fn as the gold harness counts them: per article, sets of folded labels."""
    tp = fp = fn = 0
    for a in articles:
        got = {c["key"] for c in a["cands"] if keep(c)}
        tp += len(got & a["gold"])
        fp += len(got - a["gold"])
        fn += len(a["gold"] - got)
    return tp, fp, fn


def prf(t):
    tp, fp, fn = t
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def rules_keep(c):
    return c["rules"] is not None


def rules_high(c):
    return c["rules"] == "high"


def thresholds(w, train):
    """The keep threshold and the high band, chosen on training articles only."""
    for a in train:
        for c in a["cands"]:
            c["s"] = score(w, c)
    rules_p = prf(counts(train, rules_keep))[0]
    candidates = sorted({round(c["s"], 3) for a in train for c in a["cands"]})
    best = (-1.0, 0.0)
    high = None
    for t in candidates:
        p, r, f = prf(counts(train, lambda c: c["s"] >= t))
        if p >= rules_p and f > best[0]:
            best = (f, t)
        if high is None and p >= HIGH_PRECISION and counts(train, lambda c: c["s"] >= t)[0] > 0:
            high = t
    return best[1], (high if high is not None else candidates[-1] + 1)


def fmt(t):
    p, r, f = prf(t)
    return f"{p:.2f}/{r:.2f}/{f:.2f} ({t[0]}/{t[1]}/{t[2]})"


def loso(names, articles):
    print("leave-one-split-out, target facet: P/R/F1 (tp/fp/fn)")
    print(f"{'split':<8} {'n':>3}  {'rules':<24} {'model':<24} {'rules high P':>13} {'model high P':>13}  thr/high")
    sums = {"rules": [0.0] * 3, "model": [0.0] * 3}
    rows = []
    for held in SPLITS:
        train = [a for a in articles if a["split"] != held]
        test = [a for a in articles if a["split"] == held]
        w = fit(train, len(names))
        keep_t, high_t = thresholds(w, train)
        for a in test:
            for c in a["cands"]:
                c["s"] = score(w, c)
        r = counts(test, rules_keep)
        m = counts(test, lambda c: c["s"] >= keep_t)
        rh = counts(test, rules_high)
        mh = counts(test, lambda c: c["s"] >= max(high_t, keep_t))
        rows.append((held, r, m))
        for k, t in (("rules", r), ("model", m)):
            for i, v in enumerate(prf(t)):
                sums[k][i] += v / len(SPLITS)
        print(
            f"{held:<8} {len(test):>3}  {fmt(r):<24} {fmt(m):<24} "
            f"{prf(rh)[0]:>6.2f} ({rh[0]}/{rh[1]}) {prf(mh)[0]:>6.2f} ({mh[0]}/{mh[1]})  {keep_t:.2f}/{high_t:.2f}"
        )
    print(
        f"{'mean':<8} {'':>3}  {'%.2f/%.2f/%.2f' % tuple(sums['rules']):<24} "
        f"{'%.2f/%.2f/%.2f' % tuple(sums['model']):<24}"
    )
    worst = min(prf(m)[0] - prf(r)[0] for _, r, m in rows)
    improves = sums["model"][2] > sums["rules"][2]
    print(
        f"landing rule: mean F1 {'improves' if improves else 'does not improve'} "
        f"({sums['rules'][2]:.3f} -> {sums['model'][2]:.3f}); worst precision change {worst:+.3f} "
        f"({'within' if worst >= -0.03 else 'beyond'} -0.03)"
    )
    return improves and worst >= -0.03


def write(names, articles):
    w = fit(articles, len(names))
    keep_t, high_t = thresholds(w, articles)
    medium_t = keep_t + (max(high_t, keep_t) - keep_t) / 2
    dev = [a for a in articles if a["split"] == "gold" and a["dev"]]
    for a in articles:
        for c in a["cands"]:
            c["s"] = score(w, c)
    print(f"final model on all splits: keep {keep_t:.3f}, high {high_t:.3f}")
    print(f"  development (in sample): rules {fmt(counts(dev, rules_keep))}, "
          f"model {fmt(counts(dev, lambda c: c['s'] >= keep_t))}")
    for name, v in sorted(zip(names, w), key=lambda p: -abs(p[1])):
        print(f"  {name:<28} {v:+.3f}")
    body = [
        "//! GENERATED by `python3 tools/train_victims.py --write` from target/victim_candidates.jsonl",
        "//! (`VICTIM_DUMP=1 cargo test --test tagging_gold dump_victim_candidates`), trained on the",
        f"//! readable gold splits {', '.join(SPLITS)} (never blind.toml). Do not edit by hand.",
        "//! L2 logistic regression over `victim_features::FEATURE_NAMES`; thresholds chosen on the",
        "//! training data as in the leave-one-split-out runs the script prints.",
        "",
        "/// The feature names the weights were trained on, in order.",
        "#[rustfmt::skip]",
        "pub(super) const NAMES: &[&str] = &[",
    ]
    body += [f'    "{n}",' for n in names]
    body += [
        "];",
        "",
        "/// One weight per feature, in the order of [`NAMES`].",
        "#[rustfmt::skip]",
        "pub(super) const WEIGHTS: &[f64] = &[",
    ]
    body += [f"    {v:.6f}," for v in w[:-1]]
    body += [
        "];",
        "",
        "/// The score of a candidate with no feature set.",
        f"pub(super) const BIAS: f64 = {w[-1]:.6f};",
        "",
        "/// A candidate scoring below this is not suggested.",
        f"pub(super) const KEEP: f64 = {keep_t:.6f};",
        "",
        "/// At or above this, medium confidence.",
        f"pub(super) const MEDIUM: f64 = {medium_t:.6f};",
        "",
        "/// At or above this, high confidence (accepted by \"accept all\").",
        f"pub(super) const HIGH: f64 = {max(high_t, keep_t):.6f};",
        "",
    ]
    OUT.write_text("\n".join(body), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


def main():
    names, articles = load()
    print(f"{len(articles)} articles, {sum(len(a['cands']) for a in articles)} candidates, "
          f"{sum(c['y'] for a in articles for c in a['cands'])} positive")
    reach = counts(articles, lambda c: True)
    print(f"every candidate kept: {fmt(reach)} (the recall any weighing can reach)")
    loso(names, articles)
    if "--write" in sys.argv:
        write(names, articles)


if __name__ == "__main__":
    main()
