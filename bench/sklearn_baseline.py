#!/usr/bin/env python3
"""scikit-learn baselines for lurewatch's layer-3 linear model (issue 3).

Two baselines on the same conversation-disjoint train/test split as
`cargo run --release -p lurewatch-model --example model_bench`:

* ``char_svc``: TF-IDF character 2-5-grams (analyzer='char_wb') + LinearSVC
* ``word_lr``:  TF-IDF word 1-2-grams + LogisticRegression

Both are trained on conversation-level text (all messages of a conversation
joined with newlines, lowercased -- the same normalisation the Rust example
uses). A message-level variant of ``word_lr`` (per-message labels: coded
messages of positive conversations are positive; conversation label when a
positive conversation carries no per-message codes) is reported too.

Reports F0.5, precision, recall (at the model's default decision rule:
SVM margin > 0, LR probability > 0.5), PR-AUC (average precision), ROC-AUC,
training seconds (vectoriser fit + model fit), scoring seconds (vectoriser
transform + decision function on the test set) and test messages/s.

Usage:
    bench/.venv/bin/python bench/sklearn_baseline.py \
        --train data/corpus/train.jsonl --test data/corpus/dev.jsonl --out /tmp/sk.json
"""

import argparse
import json
import platform
import time

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_fscore_support, roc_auc_score
from sklearn.svm import LinearSVC


def load(path):
    convs = []
    with open(path, "rb") as f:
        for raw in f:
            raw = raw.strip()
            if not raw:
                continue
            c = json.loads(raw)
            label = c.get("label")
            if label not in (0, 1):
                continue
            msgs = c.get("messages") or []
            convs.append((int(label), msgs))
    return convs


def conv_text(msgs):
    return "\n".join(str(m.get("text", "")).lower() for m in msgs)


def message_rows(convs):
    texts, labels = [], []
    for label, msgs in convs:
        has_codes = any(m.get("codes") for m in msgs)
        for m in msgs:
            texts.append(str(m.get("text", "")).lower())
            if label == 1 and has_codes:
                labels.append(1 if m.get("codes") else 0)
            else:
                labels.append(label)
    return texts, np.array(labels)


def metrics(y, scores, pred):
    p, r, f05, _ = precision_recall_fscore_support(
        y, pred, beta=0.5, average="binary", zero_division=0
    )
    _, _, f1, _ = precision_recall_fscore_support(y, pred, beta=1.0, average="binary", zero_division=0)
    return {
        "precision": float(p),
        "recall": float(r),
        "f1": float(f1),
        "f05": float(f05),
        "pr_auc": float(average_precision_score(y, scores)),
        "roc_auc": float(roc_auc_score(y, scores)),
    }


def run(name, vec, clf, train_x, train_y, test_x, test_y, n_test_messages, prob):
    t0 = time.perf_counter()
    xtr = vec.fit_transform(train_x)
    clf.fit(xtr, train_y)
    t1 = time.perf_counter()
    xte = vec.transform(test_x)
    scores = clf.decision_function(xte)
    t2 = time.perf_counter()
    if prob:
        pred = (clf.predict_proba(xte)[:, 1] > 0.5).astype(int)
    else:
        pred = (scores > 0).astype(int)
    out = metrics(test_y, scores, pred)
    out.update(
        {
            "name": name,
            "train_seconds": t1 - t0,
            "score_seconds": t2 - t1,
            "n_features": int(xtr.shape[1]),
            "test_messages_per_second": n_test_messages / (t2 - t1),
        }
    )
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-message-level", action="store_true")
    args = ap.parse_args()

    train, test = load(args.train), load(args.test)
    tr_x = [conv_text(m) for _, m in train]
    tr_y = np.array([l for l, _ in train])
    te_x = [conv_text(m) for _, m in test]
    te_y = np.array([l for l, _ in test])
    n_test_msgs = sum(len(m) for _, m in test)

    results = []
    results.append(
        run(
            "char_wb_2_5_tfidf_linearsvc",
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, lowercase=False),
            LinearSVC(C=1.0, random_state=0),
            tr_x, tr_y, te_x, te_y, n_test_msgs, prob=False,
        )
    )
    results.append(
        run(
            "word_1_2_tfidf_logreg",
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, lowercase=False),
            LogisticRegression(C=10.0, max_iter=1000),
            tr_x, tr_y, te_x, te_y, n_test_msgs, prob=True,
        )
    )
    report = {
        "tool": "scikit-learn",
        "sklearn_version": sklearn.__version__,
        "python": platform.python_version(),
        "train_file": args.train,
        "test_file": args.test,
        "train_conversations": len(train),
        "test_conversations": len(test),
        "test_messages": n_test_msgs,
        "level": "conversation",
        "results": results,
    }
    if not args.no_message_level:
        mtr_x, mtr_y = message_rows(train)
        mte_x, mte_y = message_rows(test)
        report["message_level"] = [
            run(
                "word_1_2_tfidf_logreg_messages",
                TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, lowercase=False),
                LogisticRegression(C=10.0, max_iter=1000),
                mtr_x, mtr_y, mte_x, mte_y, len(mte_x), prob=True,
            )
        ]
    with open(args.out, "w") as f:
        json.dump(report, f, indent=2)
    for r in results + report.get("message_level", []):
        print(
            f"{r['name']:34s} F0.5 {r['f05']:.4f} P {r['precision']:.4f} R {r['recall']:.4f} "
            f"PR-AUC {r['pr_auc']:.4f} train {r['train_seconds']:.3f}s score {r['score_seconds']:.3f}s"
        )


if __name__ == "__main__":
    main()
