#!/usr/bin/env python3
"""Turns newsroom-bench --compare's JSON into a table of ratios (printed), a Markdown report
and a bar chart drawn by gnuplot. Usage: compare-report.py COMPARE.json RESULTS.md CHART.png

Every ratio is a time (or memory) ratio: Newsroom's figure divided by the peer's, so below 1
means Newsroom took less. A rate (articles a second) is turned into a time first."""

import datetime
import json
import os
import subprocess
import sys
import tempfile

# Query class (bench/QueryClasses.h) and how the table names it.
SEARCH_CLASSES = [("rare", "a rare word"), ("mid", "a mid-frequency word"),
                  ("common", "a common word"), ("phrase", "a two-word phrase"),
                  ("prefix", "a prefix")]


def number(value):
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def rows_from(report):
    """(what, ours, peer's, peer, unit, ratio, chart label); a figure missing is None."""
    archive = report.get("archive", {})
    markdown = report.get("markdown", {})
    desktop = report.get("desktop", {})
    render = report.get("render", {})
    shell = archive.get("peer_sqlite3", {})
    shell = shell if isinstance(shell, dict) else {}
    articles = archive.get("articles")
    articles = f"{articles:,}" if isinstance(articles, int) else "?"
    rows = []

    def add(what, ours, theirs, peer, unit, label="", rate=False):
        ours, theirs = number(ours), number(theirs)
        ratio = None
        if ours and theirs:
            ratio = theirs / ours if rate else ours / theirs
        rows.append((what, ours, theirs, peer, unit, ratio, label))

    add(f"Import {articles} articles", archive.get("import_per_s"), shell.get("import_per_s"),
        "sqlite3 shell (.import into FTS5)", "articles/s", "import vs sqlite3", rate=True)
    classes = archive.get("search_by_class", {})
    for name, words in SEARCH_CLASSES:
        add(f"Search p95, {words}", classes.get(name, {}).get("p95_ms"),
            shell.get(f"{name}_p95_ms"), "sqlite3 shell (FTS5 MATCH, rank)", "ms",
            f"search {name} vs sqlite3")
    exported = archive.get("export_articles")
    exported = f"{exported:,}" if isinstance(exported, int) else "?"
    add(f"Site export, {exported} articles with a lead image",
        archive.get("export_s"), archive.get("hugo_s"), "Hugo", "s", "export vs Hugo")
    bodies = markdown.get("bodies")
    bodies = f"{bodies:,}" if isinstance(bodies, int) else "?"
    add(f"Markdown to HTML, {bodies} bodies", markdown.get("newsroom_ms"),
        markdown.get("cmark_gfm_ms"), "cmark-gfm", "ms", "Markdown vs cmark-gfm")
    add(f"Markdown to HTML, {bodies} bodies", markdown.get("newsroom_ms"),
        markdown.get("pandoc_ms"), "pandoc", "ms", "Markdown vs pandoc")
    add("Start-up, 5,000-word article", desktop.get("startup_ms"),
        desktop.get("ghostwriter_startup_ms"), "Ghostwriter", "ms", "start-up vs Ghostwriter")
    add("Memory (PSS, all processes)", desktop.get("pss_mb"), desktop.get("ghostwriter_pss_mb"),
        "Ghostwriter", "MB", "memory vs Ghostwriter")
    add("Keystroke to preview p95", desktop.get("preview_p95_ms"), None,
        "none (target ≤ 30 ms)", "ms")
    add("Page render p95, 5,000 words", render.get("render_p95_ms"), None, "none", "ms")
    return rows


def shown(value):
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if value < 10 else f"{value:.1f}"


def table(rows):
    lines = ["| Measure | Newsroom | Peer | Peer's figure | Unit | Ratio (ours ÷ peer's time) |",
             "|---|---:|---|---:|---|---:|"]
    for what, ours, theirs, peer, unit, ratio, _ in rows:
        lines.append(f"| {what} | {shown(ours)} | {peer} | {shown(theirs)} | {unit} | "
                     f"{'—' if ratio is None else f'{ratio:.2f}×'} |")
    return "\n".join(lines)


def chart(rows, png):
    """A bar a peer: the time ratio on a log scale, 1 drawn across."""
    bars = [(row[6], row[5]) for row in rows if row[5] is not None]
    if not bars:
        return False
    with tempfile.TemporaryDirectory() as folder:
        data = os.path.join(folder, "ratios.dat")
        with open(data, "w", encoding="utf-8") as out:
            for label, ratio in bars:
                out.write('"%s" %g\n' % (label.replace('"', "'"), ratio))
        script = f"""
set terminal pngcairo size 1100,620 font "DejaVu Sans,10"
set output "{png}"
set title "Newsroom's time ÷ the peer's (below 1: Newsroom is faster)"
set style data histograms
set style fill solid 0.8 border -1
set boxwidth 0.7
set logscale y 10
set yrange [0.01:100]
set grid ytics
set xtics rotate by -35 left
set bmargin 9
set rmargin 12
unset key
set arrow from graph 0, first 1 to graph 1, first 1 nohead lw 2 dt 2
plot "{data}" using 2:xtic(1) linecolor rgb "#3465a4", \\
     "{data}" using 0:2:(sprintf("%.2f", $2)) with labels offset 0,0.8 notitle
"""
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
    return True


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, results, png = sys.argv[1:]
    with open(source, encoding="utf-8") as handle:
        report = json.load(handle)
    rows = rows_from(report)
    text = table(rows)
    print(text)
    drawn = chart(rows, os.path.abspath(png))
    markdown = report.get("markdown", {})
    archive = report.get("archive", {})
    lines = [
        "# Newsroom beside its peers",
        "",
        f"Made by `bench/compare.sh` on {datetime.date.today().isoformat()}, "
        f"{report.get('machine', 'an unnamed machine')}. Each side ran in the same run, in turn; "
        f"import, the site export and Markdown are medians of {archive.get('rounds', '?')}, "
        f"{archive.get('export_rounds', '?')} and {markdown.get('rounds', '?')} rounds, search "
        "is each query class's p95, start-up the median of several launches.",
        "",
        text,
        "",
    ]
    if drawn:
        lines += [f"![Time ratios]({os.path.basename(png)})", ""]
    lines += [
        "How each is measured (bench/README.md says more):",
        "",
        "- Import: our importer on the synthetic articles (duplicate check off) against the "
        "sqlite3 shell's `.import` of the same articles into a bare FTS5 table.",
        "- Search: the same query classes against our archive and the shell's table. The "
        "shell's timer counts whole milliseconds, so below a few milliseconds its figure, and "
        "the ratio, are rough.",
        "- Site export: `newsroom-bench`'s export of every article with its lead image, against "
        "Hugo building the same articles and pictures; synced, with the page cache dropped "
        "between rounds when run as root.",
        "- Markdown to HTML: the same bodies (subheads, emphasis, links, quotes, lists, tables); "
        "ours renders each in process (with typographic punctuation and the safety rules), "
        "cmark-gfm (`--smart`, GFM extensions) and pandoc (`-f gfm`) take all the files in one "
        f"process, whose start-up counts: one body alone takes cmark-gfm "
        f"{shown(number(markdown.get('cmark_gfm_one_body_ms')))} ms and pandoc "
        f"{shown(number(markdown.get('pandoc_one_body_ms')))} ms.",
        "- Start-up and memory: the real `newsroom` and `ghostwriter` binaries under Xvfb on the "
        "same 5,000-word article; memory is the proportional set size of every process each "
        "started, summed.",
        "",
    ]
    with open(results, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    print(f"\nWrote {results}" + (f" and {png}" if drawn else " (no chart: no ratio)"))


if __name__ == "__main__":
    main()
