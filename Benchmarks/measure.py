#!/usr/bin/env python3
"""Times okrlint against the physical floor (a raw libyaml event pass) and prints ratios.

usage: measure.py OKRLINT FLOOR WORKFOLDER [--sizes 1000,10000] [--repeat N]

For each corpus size it measures, with repeated runs (minimum and median wall time):
  floor     one libyaml event pass over the corpus on one core
  lint      okrlint lint --format json over the corpus (all rules, all cores)
  report    okrlint report over the corpus: the one-page HTML report on every corpus, and on
            the smallest also the folder of pages, the JSON and the Markdown report
and, on the smallest corpus, linting one file of the workspace (the pre-commit case)
with a warm cache and cold (--no-cache), when the flag exists. Peak RSS comes from
/usr/bin/time -v.

The commands of one corpus run in rounds (floor, lint, each report, then again), and
each ratio is the median of the ratios within a round: on a virtual machine whose
speed drifts from one minute to the next, comparing runs made seconds apart is
steadier than comparing minimums taken minutes apart. Linearity (the largest
corpus against the smallest) is measured the same way, linting the two in turn.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(command, stdin_text=None, cwd=None):
    started = time.perf_counter()
    result = subprocess.run(command, input=stdin_text, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        sys.exit(f"benchmark: {' '.join(command)} failed ({result.returncode}): {result.stderr.strip()}")
    return elapsed


def timed(command, repeat, stdin_text=None, cwd=None):
    run(command, stdin_text, cwd)  # warm the page cache
    times = [run(command, stdin_text, cwd) for _ in range(repeat)]
    return min(times), statistics.median(times)


def peak_rss_mb(command, stdin_text=None, cwd=None):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, input=stdin_text, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return int(match.group(1)) / 1024 if match else float("nan")


def in_rounds(commands, repeat):
    """Times each (command, stdin_text) once per round, in turn, after one warming run each."""
    for command, stdin_text in commands:
        run(command, stdin_text)
    times = [[] for _ in commands]
    for _ in range(repeat):
        for index, (command, stdin_text) in enumerate(commands):
            times[index].append(run(command, stdin_text))
    return times


def span(times):
    return f"min {min(times)*1000:8.1f} ms  median {statistics.median(times)*1000:8.1f} ms"


def paired_ratio(numerators, denominators):
    """The median of the ratios of times measured in the same round."""
    return statistics.median(a / b for a, b in zip(numerators, denominators))


def help_text(okrlint, *words):
    return subprocess.run([okrlint] + list(words) + ["--help"], capture_output=True, text=True).stdout


def corpus(workfolder, size):
    folder = os.path.join(workfolder, f"corpus-{size}")
    if not os.path.isdir(folder):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), folder, str(size)], check=True)
    files = sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names if name.endswith(".okr.yaml"))
    megabytes = sum(os.path.getsize(path) for path in files) / 1e6
    return folder, files, megabytes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("okrlint")
    parser.add_argument("floor")
    parser.add_argument("workfolder")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    okrlint = os.path.abspath(args.okrlint)
    sizes = [int(size) for size in args.sizes.split(",")]
    has_report = re.search(r"^\s+report\b", help_text(okrlint), re.MULTILINE) is not None
    has_cache_flag = "--no-cache" in help_text(okrlint, "lint")

    print(f"machine: {os.cpu_count()} cores; okrlint {subprocess.run([okrlint, '--version'], capture_output=True, text=True).stdout.strip()}")
    lint_commands = {}
    for size in sizes:
        folder, files, megabytes = corpus(args.workfolder, size)
        listing = "\n".join(files) + "\n"
        lint_command = [okrlint, "lint", folder, "--format", "json", "--as-of", "2026-11-01"]
        # Every report format on the smallest corpus; the one-page HTML report on each.
        outputs = [("html", f"report-{size}.html")] if has_report else []
        if has_report and size == sizes[0]:
            outputs += [("html", f"report-{size}-site/"), ("json", f"report-{size}.json"), ("markdown", f"report-{size}.md")]
        reports = [[okrlint, "report", folder, "--format", form, "--as-of", "2026-11-01", "-o", os.path.join(args.workfolder, name)]
                   for form, name in outputs]
        floor, lint, *report_times = in_rounds([([args.floor], listing), (lint_command, None)] + [(r, None) for r in reports], args.repeat)
        rss = peak_rss_mb(lint_command)
        lint_commands[size] = lint_command
        print(f"\n{size} plans, {megabytes:.1f} MB")
        print(f"  {'floor (libyaml events, 1 core)':<37} {span(floor)}")
        print(f"  {'okrlint lint --format json':<37} {span(lint)}  = {paired_ratio(lint, floor):.2f}x floor,"
              f" {size/min(lint):.0f} files/s, {megabytes/min(lint):.1f} MB/s, peak RSS {rss:.0f} MB")
        for (form, name), times in zip(outputs, report_times):
            label = f"okrlint report --format {form}" + (" -o DIR/" if name.endswith("/") else "")
            print(f"  {label:<37} {span(times)}  = {paired_ratio(times, lint):.2f}x lint")
    if len(sizes) > 1:
        # The two corpora linted in turn, so that each ratio compares runs seconds apart.
        small, large = sizes[0], sizes[-1]
        small_times, large_times = in_rounds([(lint_commands[small], None), (lint_commands[large], None)], args.repeat)
        print(f"\nlinearity: {large // small}x files took {paired_ratio(large_times, small_times):.2f}x the time"
              f" (median of {args.repeat} rounds linting both corpora in turn)")

    folder, files, _ = corpus(args.workfolder, sizes[0])
    one = [okrlint, "lint", os.path.relpath(files[len(files) // 2], folder), "--as-of", "2026-11-01"]
    print(f"\none file in a {sizes[0]}-plan workspace (pre-commit case)")
    if has_cache_flag:
        warm = timed(one, args.repeat, cwd=folder)
        cold = timed(one + ["--no-cache"], args.repeat, cwd=folder)
        print(f"  warm cache  min {warm[0]*1000:7.1f} ms  median {warm[1]*1000:7.1f} ms")
        print(f"  --no-cache  min {cold[0]*1000:7.1f} ms  median {cold[1]*1000:7.1f} ms")
    else:
        cold = timed(one, args.repeat, cwd=folder)
        print(f"  (no cache in this build)  min {cold[0]*1000:7.1f} ms  median {cold[1]*1000:7.1f} ms")


if __name__ == "__main__":
    main()
