"""The report's figures (matplotlib, headless)."""

from __future__ import annotations

from pathlib import Path

from mindhaven.evaluation.metrics import pr_curve

CURVES = ("lexicon", "classifier", "combined", "fused")
POINTS = ("keyword",)
COLOURS = {"keyword": "tab:gray", "lexicon": "tab:blue", "classifier": "tab:orange", "combined": "tab:green",
           "fused": "tab:purple", "llm": "tab:red"}


def draw(results, folder: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from mindhaven.evaluation.report import NAMES

    folder.mkdir(parents=True, exist_ok=True)
    sets = [n for n, r in results.items() if next(iter(r.scores.values())).positives]
    cols = 3
    rows = (len(sets) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(4.2 * cols, 3.6 * rows), squeeze=False)
    for ax, name in zip(axes.flat, sets, strict=False):
        r = results[name]
        known = [n for n, i in enumerate(r.items) if i.crisis is not None]
        y = [r.items[n].crisis for n in known]
        for system in CURVES:
            scores = [r.runs[system].judgements[n].score for n in known]
            precision, recall, _ = pr_curve(y, scores)
            ax.step(recall, precision, where="pre", color=COLOURS[system], label=NAMES[system])
        for system in POINTS:
            d = r.scores[system].decision
            ax.plot(d.recall, d.precision, "o", color=COLOURS[system], label=NAMES[system])
        if "llm" in r.subset_scores and r.subset_scores["llm"].decision:
            d = r.subset_scores["llm"].decision
            ax.plot(d.recall, d.precision, "s", mfc="none", color=COLOURS["llm"], label=NAMES["llm"] + " (sample)")
        ax.axhline(0.8, color="black", lw=0.6, ls=":")
        ax.axhline(0.9, color="black", lw=0.6, ls="--")
        ax.axvline(0.9, color="black", lw=0.6, ls=":")
        s = r.scores["classifier"]
        ax.set(title=f"{name} ({s.positives} pos / {s.negatives} neg)", xlabel="recall", ylabel="precision",
               xlim=(0, 1.02), ylim=(0, 1.02))
    for ax in list(axes.flat)[len(sets):]:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=4, fontsize=8)
    fig.suptitle("Suicidal or self-harm: precision-recall on held-out sets (dotted: P=0.80, R=0.90)")
    fig.tight_layout(rect=(0, 0.07, 1, 0.97))
    curves = folder / "crisis-pr-curves.png"
    fig.savefig(curves, dpi=110)
    plt.close(fig)

    systems = ["keyword", "lexicon", "classifier", "combined", "fused"]
    fig, ax = plt.subplots(figsize=(10, 4))
    width = 0.8 / (len(systems) + 1)
    for k, system in enumerate(systems + ["llm"]):
        values = []
        for name in sets:
            r = results[name]
            s = r.subset_scores.get("llm") if system == "llm" else r.scores.get(system)
            values.append(s.recall_at_80 or 0.0 if s else 0.0)
        xs = [i + (k - len(systems) / 2) * width for i in range(len(sets))]
        label = NAMES[system] + (" (sample)" if system == "llm" else "")
        ax.bar(xs, values, width, color=COLOURS[system], label=label, hatch="//" if system == "llm" else None)
    ax.axhline(0.9, color="black", lw=0.8, ls="--")
    ax.set_xticks(range(len(sets)), sets)
    ax.set(ylabel="recall at precision >= 0.80", ylim=(0, 1.05),
           title="Suicidal or self-harm: recall at precision >= 0.80 (dashed: target 0.90)")
    ax.legend(fontsize=7, ncol=3, loc="upper left")
    fig.tight_layout()
    bars = folder / "crisis-recall-at-precision.png"
    fig.savefig(bars, dpi=110)
    plt.close(fig)
    return [curves, bars]
