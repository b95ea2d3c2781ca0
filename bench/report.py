#!/usr/bin/env python3
"""Turns callmap_bench's Google Benchmark JSON into a Markdown report and an SVG chart.

    python3 bench/report.py RESULTS.json [--markdown OUT.md] [--svg OUT.svg]
                                         [--readme bench/README.md] [--svg-link results.svg]

--readme replaces the text between <!-- results:begin --> and <!-- results:end --> in that
file with the report. Python 3 standard library only.
"""

import argparse
import html
import json
import sys

SHARED = ["small", "small_minified", "transcript", "latency"]
LIBS = [
    ("callmap", "callmap"),
    ("simdjson_ondemand", "simdjson On-Demand"),
    ("rapidjson_dom", "RapidJSON DOM"),
    ("rapidjson_insitu", "RapidJSON in-situ"),
    ("boost_json", "Boost.JSON + Describe"),
    ("nlohmann", "nlohmann/json"),
]
COLORS = {
    "callmap": "#d62728",
    "simdjson_ondemand": "#1f77b4",
    "rapidjson_dom": "#2ca02c",
    "rapidjson_insitu": "#98df8a",
    "boost_json": "#9467bd",
    "nlohmann": "#8c564b",
}
TARGETS = [("small", 1.5), ("small_minified", 1.5), ("transcript", 1.5), ("latency", 1.5)]


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rows = {}
    samples = {}
    for b in data.get("benchmarks", []):
        name = b.get("run_name", b["name"])
        if b.get("error_occurred"):
            rows[name] = None
            continue
        mbps = b.get("bytes_per_second", 0.0) / 1e6
        allocs = b.get("allocs_per_parse", -1)
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "median":
                rows[name] = {"mbps": mbps, "allocs": allocs, "median": True}
        elif not (rows.get(name) or {}).get("median"):
            samples.setdefault(name, []).append((mbps, allocs))
    for name, values in samples.items():
        if name in rows:
            continue
        rows[name] = {
            "mbps": sum(v[0] for v in values) / len(values),
            "allocs": max(v[1] for v in values),
            "median": False,
        }
    return data.get("context", {}), rows


def fmt_mbps(row):
    return "–" if row is None else f"{row['mbps']:,.0f}"


def fmt_allocs(row):
    if row is None or row["allocs"] < 0:
        return "–"
    a = row["allocs"]
    return f"{a:,.0f}" if a >= 10 or a == int(a) else f"{a:.2f}"


def row_of(rows, op, payload, lib, mode):
    return rows.get(f"{op}/{payload}/{lib}/{mode}")


def present_libs(rows):
    return [(lib, title) for lib, title in LIBS
            if any(row_of(rows, "parse", p, lib, m) for p in SHARED for m in ("reused", "fresh"))]


def markdown(context, rows, svg_link):
    out = []
    libs = present_libs(rows)
    ctx = context
    out.append(f"Measured {ctx.get('date', '?')} on **{ctx.get('cpu_model', '?')}** "
               f"({ctx.get('num_cpus', '?')} CPUs), {ctx.get('compiler', '?')}, "
               f"`{ctx.get('cxx_flags', '?')}` ({ctx.get('build_type', '?')}); "
               f"simdjson kernels: {ctx.get('simdjson_kernel', '?')}; callmap string scan: "
               f"{ctx.get('callmap_string_scan', '?')}. MB/s = 10^6 bytes/s of input, median of "
               f"the repetitions; in parentheses: heap allocations per parse.")
    out.append("")
    out.append("Payloads: " + "; ".join(
        f"**{p}** {int(ctx.get('payload_bytes_' + p, 0)):,} bytes "
        f"(words: {int(ctx.get('payload_words_' + p, 0)):,}, "
        f"floats: {int(ctx.get('payload_floats_' + p, 0)):,})" for p in SHARED)
        + f"; **mixed** {int(ctx.get('payload_bytes_mixed', 0)):,} bytes, "
          f"{int(ctx.get('payload_calls_mixed', 0)):,} calls.")
    if ctx.get("peers_missing"):
        out.append("")
        out.append(f"Peers not built: {ctx['peers_missing']}.")
    out.append("")
    if svg_link:
        out.append(f"![MB/s per library per payload]({svg_link})")
        out.append("")
    for mode, title in (("reused", "reused destination (parser, DOM/arena, struct kept)"),
                        ("fresh", "fresh destination (everything constructed per parse)")):
        out.append(f"**Parse → `callmap::zudu::envelope`, {title}:** MB/s (allocations per parse)")
        out.append("")
        out.append("| library | " + " | ".join(SHARED) + " |")
        out.append("|---|" + "---:|" * len(SHARED))
        for lib, name in libs:
            cells = []
            for p in SHARED:
                r = row_of(rows, "parse", p, lib, mode)
                cells.append(f"{fmt_mbps(r)} ({fmt_allocs(r)})" if r else "–")
            out.append(f"| {name} | " + " | ".join(cells) + " |")
        out.append("")
    out.append("**callmap ÷ peer** (reused / fresh):")
    out.append("")
    out.append("| peer | " + " | ".join(SHARED) + " |")
    out.append("|---|" + "---:|" * len(SHARED))
    for lib, name in libs:
        if lib == "callmap":
            continue
        cells = []
        for p in SHARED:
            parts = []
            for mode in ("reused", "fresh"):
                c = row_of(rows, "parse", p, "callmap", mode)
                r = row_of(rows, "parse", p, lib, mode)
                parts.append(f"{c['mbps'] / r['mbps']:.2f}×" if c and r and r["mbps"] > 0 else "–")
            cells.append(" / ".join(parts))
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    out.append("")
    out.append("**Targets** (DESIGN.md, reused destination):")
    out.append("")
    out.append("| target | measured | |")
    out.append("|---|---:|---|")
    for p, goal in TARGETS:
        c = row_of(rows, "parse", p, "callmap", "reused")
        s = row_of(rows, "parse", p, "simdjson_ondemand", "reused")
        if c and s:
            ratio = c["mbps"] / s["mbps"]
            out.append(f"| {p} ≥ {goal}× simdjson On-Demand | {ratio:.2f}× "
                       f"({c['mbps']:,.0f} vs {s['mbps']:,.0f} MB/s) | "
                       f"{'met' if ratio >= goal else '**missed**'} |")
    def callmap_ratio(label, op_a, op_b, p, met):
        """A target on the ratio of two callmap rows' MB/s (op_b / op_a of payload p)."""
        a = row_of(rows, op_a, p, "callmap", "reused")
        b = row_of(rows, op_b, p, "callmap", "reused")
        if a and b and a["mbps"] > 0:
            ratio = b["mbps"] / a["mbps"]
            out.append(f"| {label} ({p}) | {ratio:.2f}× | {'met' if met(ratio) else '**missed**'} |")

    for p in SHARED:  # a user's described struct (callmap::parse<T>) vs the generated parser
        callmap_ratio("described struct ≥ 0.9× generated parser", "parse", "parse_described", p,
                      lambda r: r >= 0.9)
    mapped = sorted({n.split("/")[1] for n in rows
                     if n.startswith("parse_map/") and n.endswith("/callmap/reused")},
                    key=lambda p: (p not in SHARED, SHARED.index(p) if p in SHARED else 0, p))
    for p in mapped:  # MB/s of parse over MB/s of parse + map = time of parse + map over parse
        callmap_ratio("parse + to_call ≤ 1.3× parse alone", "parse_map", "parse", p,
                      lambda r: r <= 1.3)
    worst = max((r["allocs"] for n, r in rows.items()
                 if r and "/callmap" in n and n.endswith("/reused")), default=-1)
    if worst >= 0:
        out.append(f"| zero heap allocations per parse, steady state (every callmap row) | "
                   f"{fmt_allocs({'allocs': worst})} | {'met' if worst == 0 else '**missed**'} |")
    out.append("")
    out.append("**callmap only:** MB/s reused / fresh (allocations per parse, reused / fresh)")
    out.append("")
    out.append("| operation | payload | MB/s | allocations |")
    out.append("|---|---|---:|---:|")
    names = sorted({n.rsplit("/", 1)[0] for n in rows
                    if "/callmap" in n and not any(n.startswith(f"parse/{p}/") for p in SHARED)})
    for base in names:
        op, payload, lib = base.split("/")
        r, f = rows.get(base + "/reused"), rows.get(base + "/fresh")
        label = op if lib == "callmap" else f"{op} ({lib.replace('callmap_', '')})"
        out.append(f"| {label} | {payload} | {fmt_mbps(r)} / {fmt_mbps(f)} | "
                   f"{fmt_allocs(r)} / {fmt_allocs(f)} |")
    return "\n".join(out) + "\n"


def svg_chart(context, rows):
    libs = present_libs(rows)
    width, height = 960, 440
    left, right, top, bottom = 70, 20, 50, 110
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [r["mbps"] for p in SHARED for lib, _ in libs for m in ("reused", "fresh")
              for r in [row_of(rows, "parse", p, lib, m)] if r]
    vmax = max(values, default=1.0)
    step = 10 ** len(str(int(vmax))) / 10
    while vmax / step > 8:
        step *= 2
    while vmax / step < 4:
        step /= 2
    ymax = step * (int(vmax / step) + 1)

    def y(v):
        return top + plot_h - plot_h * v / ymax

    e = html.escape
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{width / 2}" y="22" text-anchor="middle" font-size="15" '
             f'font-weight="bold">Parse into callmap::zudu::envelope — MB/s (higher is better)</text>',
             f'<text x="{width / 2}" y="40" text-anchor="middle" fill="#555">'
             f'{e(context.get("cpu_model", ""))}, {e(context.get("compiler", ""))}, '
             f'{e(context.get("cxx_flags", ""))} — solid: reused destination, pale: fresh</text>']
    tick = 0.0
    while tick <= ymax + 1e-9:
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" '
                     f'y2="{y(tick):.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">'
                     f'{tick:,.0f}</text>')
        tick += step
    group_w = plot_w / len(SHARED)
    bar_w = (group_w * 0.8) / max(1, len(libs))
    for gi, p in enumerate(SHARED):
        gx = left + gi * group_w + group_w * 0.1
        parts.append(f'<text x="{left + gi * group_w + group_w / 2:.1f}" '
                     f'y="{top + plot_h + 20}" text-anchor="middle" font-weight="bold">'
                     f'{e(p)}</text>')
        for li, (lib, _) in enumerate(libs):
            x = gx + li * bar_w
            for mode, opacity, frac, off in (("reused", 1.0, 0.55, 0.0), ("fresh", 0.4, 0.35, 0.55)):
                r = row_of(rows, "parse", p, lib, mode)
                if not r:
                    continue
                bx, bw = x + bar_w * off, bar_w * frac
                parts.append(f'<rect x="{bx:.1f}" y="{y(r["mbps"]):.1f}" width="{bw:.1f}" '
                             f'height="{top + plot_h - y(r["mbps"]):.1f}" fill="{COLORS[lib]}" '
                             f'fill-opacity="{opacity}"><title>{e(lib)} {p} {mode}: '
                             f'{r["mbps"]:,.0f} MB/s</title></rect>')
                if mode == "reused":
                    parts.append(f'<text x="{bx + bw / 2:.1f}" y="{y(r["mbps"]) - 3:.1f}" '
                                 f'text-anchor="middle" font-size="9">{r["mbps"]:,.0f}</text>')
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" '
                 f'y2="{top + plot_h}" stroke="#333"/>')
    lx, ly = left, height - 50
    for lib, title in libs:
        parts.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{COLORS[lib]}"/>')
        parts.append(f'<text x="{lx + 16}" y="{ly + 10}">{e(title)}</text>')
        lx += 16 + 8 * len(title) + 24
        if lx > width - 180:
            lx, ly = left, ly + 20
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results", help="Google Benchmark JSON written by callmap_bench")
    ap.add_argument("--markdown", help="write the Markdown report here")
    ap.add_argument("--svg", help="write the SVG chart here")
    ap.add_argument("--svg-link", help="image path used in the Markdown (default: --svg)")
    ap.add_argument("--readme", help="replace the results section of this Markdown file")
    args = ap.parse_args()

    context, rows = load(args.results)
    if not rows:
        sys.exit(f"report.py: no benchmarks in {args.results}")
    text = markdown(context, rows, args.svg_link or args.svg)
    if args.svg:
        with open(args.svg, "w", encoding="utf-8") as f:
            f.write(svg_chart(context, rows))
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(text)
    if args.readme:
        begin, end = "<!-- results:begin -->", "<!-- results:end -->"
        with open(args.readme, encoding="utf-8") as f:
            readme = f.read()
        if begin not in readme or end not in readme:
            sys.exit(f"report.py: {args.readme} has no {begin} ... {end} section")
        head, rest = readme.split(begin, 1)
        _, tail = rest.split(end, 1)
        with open(args.readme, "w", encoding="utf-8") as f:
            f.write(head + begin + "\n" + text + end + tail)
    if not (args.svg or args.markdown or args.readme):
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
