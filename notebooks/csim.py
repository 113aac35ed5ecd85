"""Helpers shared by the communitysim notebooks.

Find the repository, produce a results folder through the launcher (``./communitysim``) when the
notebook is given none, load the result files of a results folder (as docs/contract.md describes them) with pandas (failing with
a clear message when a file or column the contract promises is missing), and compute means with
95% Student-t intervals across replicates.

Only the standard library, numpy, pandas, scipy and matplotlib (Debian's python3-* packages).
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import shlex
import subprocess
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
from scipy import stats

# The key columns of every daily.csv; the metric columns after them come from the folder's
# metrics.csv (the tool's one definition of each metric: see docs/metrics.md).
KEY_COLUMNS = ["replicate", "seed", "day"]
METRICS_FILE = "metrics.csv"
METRIC_TABLE_COLUMNS = ["column", "label", "unit", "kind", "valence", "chart", "chart_title",
                        "headline", "headline_rank", "per_member_label", "tokens", "computed"]
SUMMARY_COLUMNS = ["metric", "scope", "n", "mean", "sd", "ci_low", "ci_high"]
RETENTION_COLUMNS = ["replicate", "cohort_week", "weeks_since_join"]
LORENZ_COLUMNS = ["replicate", "population_share", "balance_share"]
RUNS_COLUMNS = ["run", "replicate", "seed"]
MAIN_EFFECTS_COLUMNS = ["parameter", "level", "level_low", "level_high", "metric", "n", "mean",
                        "sd", "ci_low", "ci_high"]
SENSITIVITY_COLUMNS = {
    "morris": ["metric", "parameter", "method", "mu_star", "mu_star_ci_low", "mu_star_ci_high", "sigma"],
    "sobol": ["metric", "parameter", "method", "S1", "S1_ci_low", "S1_ci_high", "ST", "ST_ci_low", "ST_ci_high"],
}
COMPARISON_COLUMNS = ["metric", "scenario", "mean", "ci_low", "ci_high", "diff_vs_first",
                      "p_value", "effect_size"]


class ContractError(RuntimeError):
    """A results folder lacks a file or column that docs/contract.md promises."""


# --------------------------------------------------------------------------- the repository

def find_repo(start: Path | None = None) -> Path:
    """The repository root: $CSIM_REPO, else the first folder at or above `start` (default: the
    working directory, then this file's folder) holding the launcher and scenarios/."""
    env = os.environ.get("CSIM_REPO")
    if env:
        return Path(env).resolve()
    for origin in [start or Path.cwd(), Path(__file__).resolve().parent]:
        for d in [origin.resolve(), *origin.resolve().parents]:
            if (d / "communitysim").is_file() and (d / "scenarios").is_dir():
                return d
    raise FileNotFoundError("cannot find the communitysim repository (the folder holding "
                            "./communitysim and scenarios/); set CSIM_REPO")


REPO = find_repo()


def launch(*args: str) -> str:
    """Run ``./communitysim ARGS`` from the repository root; return its stdout, raise with its
    stderr on a non-zero exit."""
    cmd = [str(REPO / "communitysim"), *map(str, args)]
    env = dict(os.environ)
    env.setdefault("COMMUNITYSIM_JAVA_OPTS", "-Xmx2g")
    print("$ ./communitysim " + " ".join(shlex.quote(str(a)) for a in args), flush=True)
    p = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"./communitysim exited {p.returncode}\n{p.stderr}{p.stdout}")
    return p.stdout


def _work_dir() -> Path:
    """Where produced results folders go: $CSIM_WORK, else the repository's results/."""
    return Path(os.environ.get("CSIM_WORK") or REPO / "results").resolve()


def results_folder(given, env_names, command: str, args, name: str, marker: str) -> Path:
    """The results folder a notebook analyses.

    `given` (the notebook's RESULTS parameter) wins; else the first of `env_names` that is set;
    else a new folder is produced with ``./communitysim COMMAND ARGS --out <work>/<name>-<stamp>``
    (work: $CSIM_WORK or results/). `marker` is a file the folder must hold (daily.csv, runs.csv,
    comparison.csv), so a folder of the wrong kind fails here with a clear message."""
    source = None
    if given:
        source, path = "RESULTS", Path(given)
    else:
        for var in env_names:
            if os.environ.get(var):
                source, path = "$" + var, Path(os.environ[var])
                break
    if source is None:
        work = _work_dir()
        work.mkdir(parents=True, exist_ok=True)
        stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
        path, k = work / f"{name}-{stamp}", 1
        while path.exists() or Path(str(path) + ".partial").exists():
            k += 1
            path = work / f"{name}-{stamp}-{k}"
        out = launch(command, *args, "--quiet", "--out", str(path))
        print(out.strip())
        source = "produced now"
    if not path.is_absolute():        # relative to the notebook's folder, else to the repository
        path = path.resolve() if path.exists() else (REPO / path)
    if not path.is_dir():
        raise FileNotFoundError(f"{path} ({source}) is not a folder")
    if not (path / marker).is_file():
        raise ContractError(f"{path} ({source}) is not a {command} folder: it has no {marker}")
    print(f"results folder ({source}): {path}")
    return path


# --------------------------------------------------------------------------- loading

def _csv(path: Path, required) -> pd.DataFrame:
    if not path.is_file():
        raise ContractError(f"missing {path.name} in {path.parent}")
    df = pd.read_csv(path)
    missing = [c for c in required if c not in df.columns]
    if missing:
        raise ContractError(f"{path} lacks the contract's columns {missing}")
    return df


def _json(path: Path) -> dict:
    if not path.is_file():
        raise ContractError(f"missing {path.name} in {path.parent}")
    return json.loads(path.read_text(encoding="utf-8"))


def load_metrics(path) -> pd.DataFrame:
    """The metric table of a results folder (``metrics.csv``: column, label, unit, kind, valence,
    chart, chart_title, headline, headline_rank, per_member_label, tokens, computed), one row per
    metric in daily.csv's column order, indexed by nothing; ``tokens`` is a bool.

    A folder written before the tool wrote the table gets the current build's table
    (``./communitysim metrics --csv``) for the metrics its daily.csv or runs.csv holds, with a note;
    failing that, a bare table naming the columns only."""
    path = Path(path)
    file = path / METRICS_FILE
    if file.is_file():
        table = _csv(file, METRIC_TABLE_COLUMNS)
    else:
        columns = _metric_columns_of(path)
        try:
            from io import StringIO
            table = pd.read_csv(StringIO(launch("metrics", "--csv")))
            table = table[table["column"].isin(columns)].reset_index(drop=True)
            print(f"note: {path} has no {METRICS_FILE} (an older folder); using the current build's metric table")
        except (RuntimeError, OSError) as e:
            print(f"note: {path} has no {METRICS_FILE} and the launcher gave none ({str(e).strip()[:200]}); "
                  "labels are the column names")
            table = pd.DataFrame({"column": columns, "label": columns})
            for c in METRIC_TABLE_COLUMNS[2:]:
                table[c] = ""
            table["tokens"] = False
    for c in ["unit", "chart", "chart_title", "headline", "per_member_label", "computed"]:
        table[c] = table[c].fillna("")
    table["tokens"] = table["tokens"].astype(str).str.lower() == "true"
    return table


def _metric_columns_of(path: Path) -> list:
    """The metric columns an older folder's daily.csv (or runs.csv) header names."""
    for name, skip in [("daily.csv", KEY_COLUMNS + ["scenario"]), ("runs.csv", None)]:
        f = path / name
        if f.is_file():
            header = list(pd.read_csv(f, nrows=0).columns)
            if skip is None:
                return header
            return [c for c in header if c not in skip]
    return []


def key_headline_columns(metrics: pd.DataFrame) -> list:
    """The runs.csv columns of the key headlines, in rank order: a flow as its horizon mean
    (``<column>_mean``), anything else on the final day (what ``sweep`` charts by default)."""
    key = metrics[metrics["headline"] == "key"].sort_values("headline_rank")
    return [c + "_mean" if k == "flow" else c for c, k in zip(key["column"], key["kind"])]


def labels(metrics: pd.DataFrame) -> dict:
    """column -> label, from a folder's metric table."""
    return dict(zip(metrics["column"], metrics["label"]))


def load_run(path) -> SimpleNamespace:
    """A `run` results folder: manifest, metrics (the metric table), daily, summary, retention,
    lorenz, and token_columns (the metrics that are 0 throughout without a token economy)."""
    path = Path(path)
    r = SimpleNamespace(path=path, manifest=_json(path / "manifest.json"))
    r.metrics = load_metrics(path)
    r.daily = _csv(path / "daily.csv", KEY_COLUMNS + list(r.metrics["column"]))
    r.token_columns = list(r.metrics.loc[r.metrics["tokens"], "column"])
    r.summary = _csv(path / "summary.csv", SUMMARY_COLUMNS)
    r.retention = _csv(path / "retention.csv", RETENTION_COLUMNS)
    r.lorenz = _csv(path / "lorenz.csv", LORENZ_COLUMNS)
    _json(path / "summary.json")
    return r


def load_sweep(path) -> SimpleNamespace:
    """A `sweep` folder: runs (one row per run x replicate), design, main_effects, manifest,
    `knobs`, the varied knobs (design.csv's columns after `run`, in --vary order), `metrics` (the
    metric columns of runs.csv) and `metric_table` (the folder's metrics.csv)."""
    path = Path(path)
    s = SimpleNamespace(path=path, manifest=_json(path / "manifest.json"))
    s.design = _csv(path / "design.csv", ["run"])
    s.knobs = [c for c in s.design.columns if c != "run"]
    s.runs = _csv(path / "runs.csv", RUNS_COLUMNS + s.knobs)
    s.main_effects = _csv(path / "main_effects.csv", MAIN_EFFECTS_COLUMNS)
    s.metrics = [c for c in s.runs.columns if c not in RUNS_COLUMNS + s.knobs]
    s.metric_table = load_metrics(path)
    missing = [c for c in s.metric_table["column"] if c not in s.metrics]
    if missing:
        raise ContractError(f"{path / 'runs.csv'} lacks final-day metrics {missing}")
    return s


def load_sensitivity(path) -> SimpleNamespace:
    """A `sensitivity` folder: indices, design, runs (one row per design point x replicate),
    manifest, the method (`morris` or `sobol`) and `knobs` (design.csv's columns after `run`)."""
    path = Path(path)
    s = SimpleNamespace(path=path, manifest=_json(path / "manifest.json"))
    s.method = (s.manifest.get("sensitivity") or {}).get("method")
    if s.method not in SENSITIVITY_COLUMNS:
        raise ContractError(f"{path / 'manifest.json'} names no sensitivity method (morris or sobol)")
    s.n = s.manifest["sensitivity"]["n"]
    s.indices = _csv(path / "indices.csv", SENSITIVITY_COLUMNS[s.method])
    s.design = _csv(path / "design.csv", ["run"])
    s.knobs = [c for c in s.design.columns if c != "run"]
    s.runs = _csv(path / "runs.csv", RUNS_COLUMNS + s.knobs)
    return s


def load_compare(path) -> SimpleNamespace:
    """A `compare` folder: comparison, metrics (the metric table), daily (with a `scenario`
    column), manifest, the scenario labels in order and the reference (the first)."""
    path = Path(path)
    c = SimpleNamespace(path=path, manifest=_json(path / "manifest.json"))
    c.comparison = _csv(path / "comparison.csv", COMPARISON_COLUMNS)
    c.metrics = load_metrics(path)
    c.daily = _csv(path / "daily.csv", ["scenario"] + KEY_COLUMNS + list(c.metrics["column"]))
    labels = [s.get("label") for s in c.manifest.get("scenarios", [])]
    if not labels or None in labels:   # fall back to the order of first appearance
        labels = list(pd.unique(c.comparison["scenario"]))
    c.scenarios = labels
    c.reference = labels[0]
    return c


# --------------------------------------------------------------------------- statistics

def t_interval(values, level: float = 0.95):
    """(n, mean, sd, low, high) of a sample with a Student-t interval; NaN bounds for n < 2."""
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    n = len(x)
    if n == 0:
        return 0, np.nan, np.nan, np.nan, np.nan
    m = x.mean()
    if n < 2:
        return n, m, np.nan, np.nan, np.nan
    sd = x.std(ddof=1)
    h = stats.t.ppf(0.5 + level / 2, n - 1) * sd / np.sqrt(n)
    return n, m, sd, m - h, m + h


def mean_ci(df: pd.DataFrame, by, column: str, level: float = 0.95) -> pd.DataFrame:
    """Per group of `by`: n, mean, sd and the 95% t-interval of `column` (groups are usually days,
    observations replicates)."""
    rows = []
    for key, g in df.groupby(by, sort=True):
        n, m, sd, lo, hi = t_interval(g[column], level)
        rows.append((*(key if isinstance(key, tuple) else (key,)), n, m, sd, lo, hi))
    by = [by] if isinstance(by, str) else list(by)
    return pd.DataFrame(rows, columns=[*by, "n", "mean", "sd", "ci_low", "ci_high"])


def plot_band(ax, df: pd.DataFrame, column: str, label=None, color=None, by="day", smooth: int = 1):
    """Mean across replicates with its 95% band, per `by` (a day by default). `smooth` > 1 first
    takes a centred rolling mean of that many days within each replicate (for noisy flows)."""
    d = df
    if smooth > 1:
        d = df.sort_values(by).copy()
        key = "scenario" if "scenario" in d.columns else None
        groups = [key, "replicate"] if key else ["replicate"]
        d[column] = d.groupby(groups)[column].transform(
            lambda s: s.rolling(smooth, center=True, min_periods=1).mean())
    s = mean_ci(d, by, column)
    line, = ax.plot(s[by], s["mean"], label=label or column, color=color, lw=1.6)
    ax.fill_between(s[by], s["ci_low"], s["ci_high"], color=line.get_color(), alpha=0.2, lw=0)
    return s


def is_all_zero(df: pd.DataFrame, columns) -> bool:
    """True when every value of `columns` is 0 (or missing): the scenario switches them off."""
    v = df[list(columns)].to_numpy(dtype=float)
    return bool(np.all(np.nan_to_num(v) == 0))
