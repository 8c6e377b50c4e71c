#!/usr/bin/env python3
"""Writes a deterministic corpus of realistic goal files for the benchmark.

usage: generate_corpus.py FOLDER COUNT

Each plan is about 8 KB: objectives with key results and check-ins, KPIs with
readings, milestones (one moved), weekly goals, decisions and comments. Plan 0
is a company plan the others align to, so cross-file references resolve.
"""
import os
import random
import sys

TEAMS = ["Support", "Sales", "Platform", "Finance", "People", "Marketing", "Logistics", "Data", "Security", "Design"]
PEOPLE = ["ana", "ben", "chloe", "dev", "eli", "fay", "gus", "hana", "ivan", "jo", "kai", "lena"]
OUTCOMES = [
    ("Cut repeat order changes from {a} to {b} a month", "changes/month", True),
    ("Raise trial-to-paid conversion from {a}% to {b}%", "%", False),
    ("Reduce median first reply time from {a} to {b} minutes", "minutes", True),
    ("Grow weekly active teams from {a} to {b}", "teams", False),
    ("Lift onboarding survey score from {a} to {b}", "points", False),
    ("Bring invoice disputes down from {a} to {b} a quarter", "disputes", True),
]
MILESTONES = [
    "Change policy published and brief delivered", "CRM workflow updated", "Dashboard v1 deployed to production",
    "Vendor contract signed", "Pricing page v2 published", "Runbook reviewed and shared with on-call",
    "Data retention policy approved by legal", "SSO live for all enterprise tenants",
]
KPIS = [
    ("Average handling time", "minutes", "4..6", "> 7 for 2 readings", 5.0),
    ("Backlog older than seven days", "tickets", "<= 40", "> 50 for 2 readings", 30.0),
    ("Uptime", "%", ">= 99.5%", "< 99.5% for 1 readings", 99.8),
    ("Net revenue retention", "%", ">= 100%", "< 98% for 2 readings", 104.0),
    ("Cost per order", "$", "<= 4.5", "> 5 for 2 readings", 4.1),
]


def plan(index, rng):
    team = TEAMS[index % len(TEAMS)]
    people = [f"{p}{index}" for p in rng.sample(PEOPLE, 6)]
    lines = [
        f"# {team} plan {index}: generated for the okrlint benchmark",
        "version: 1",
        f"id: plan-{index:05d}",
        f"title: {team} — Q4 2026 (plan {index})",
        f"team: {team}",
        f"owner: {people[0]}",
        f"team_size: {rng.randint(6, 30)}",
        "period: 2026-Q4",
        "review_by: 2027-01-15",
    ]
    if index:
        lines.append("aligns_to: plan-00000#retention")
    lines.append("")
    lines.append("objectives:")
    objective_ids = []
    kr_ids = []
    for o in range(3):
        oid = "retention" if index == 0 and o == 0 else f"objective-{o}"
        objective_ids.append(oid)
        lines += [
            f"  - id: {oid}",
            f"    objective: Customers of {team.lower()} notice change number {o + 1} this quarter",
            f"    owner: {people[o]}",
            "    why: |",
            "      The last three surveys put this at the top of the list, and it drives",
            "      most of the contacts we handle by hand.",
            "    key_results:",
        ]
        for k in range(3):
            text, unit, decreasing = OUTCOMES[(o * 3 + k + index) % len(OUTCOMES)]
            a, b = (rng.randint(100, 200), rng.randint(50, 90)) if decreasing else (rng.randint(10, 40), rng.randint(50, 90))
            kid = f"kr-{o}-{k}"
            kr_ids.append(kid)
            lines += [
                f"      - id: {kid}",
                "        kr: " + text.format(a=a, b=b),
                f"        baseline: {a}",
                f"        target: {b}",
                f"        unit: \"{unit}\"",
                f"        evidence: Weekly report \"{team} {kid}\"",
                f"        owner: {people[(o + k) % len(people)]}",
                "        tags: [customer]" if k == 0 else "        tags: [risk]",
                f"        confidence: {rng.choice(['0.5', '0.6', '0.7', 'medium', 'high'])}",
                "        checkins:  # weekly",
            ]
            for c, day in enumerate([5, 12, 19, 26]):
                value = a + (b - a) * (c + 1) * 0.06
                lines.append(f"          - {{date: 2026-10-{day:02d}, value: {value:.1f}}}")
    lines += ["", "kpis:"]
    kpi_ids = []
    for n, (name, unit, healthy, trigger, base) in enumerate(KPIS):
        kid = f"kpi-{n}"
        kpi_ids.append(kid)
        readings = ", ".join(f"2026-10-{d:02d}: {base:.1f}" for d in (5, 12, 19, 26))
        lines += [
            f"  - id: {kid}",
            f"    kpi: {name}",
            f"    unit: \"{unit}\"",
            f"    healthy: \"{healthy}\"",
            f"    trigger: \"{trigger}\"",
            f"    owner: {people[n % len(people)]}",
            "    cadence: weekly",
            f"    source: {team} dashboard",
            "    reviewed: 2026-10-01",
            f"    readings: {{{readings}}}",
        ]
    lines += ["", "milestones:"]
    for m in range(6):
        due_day = 10 + m * 3
        entry = [
            f"  - id: milestone-{m}",
            f"    milestone: {MILESTONES[(m + index) % len(MILESTONES)]}",
            f"    due: 2026-11-{due_day:02d}",
            f"    owner: {people[m % len(people)]}",
            f"    serves: {objective_ids[m % 3]}",
            "    status: planned",
        ]
        if m == 2:
            entry += [
                "    moved:",
                f"      - {{from: 2026-11-0{m + 1}, to: 2026-11-{due_day:02d}, reason: vendor delay, impact: rollout slips a week}}",
            ]
        lines += entry
    lines += ["", "weekly:"]
    for w, person in enumerate(people[:5]):
        lines += [
            "  - week: 2026-W44",
            f"    owner: {person}",
            f"    goal: By 2026-10-30, {person} will deliver the {team.lower()} change {w + 1} to the first ten customers, evidenced by the CRM queue view.",
            f"    serves: {kr_ids[w % len(kr_ids)]}",
        ]
    lines += ["", "decisions:  # the log"]
    for d in range(4):
        lines += [
            f"  - date: 2026-10-{d * 7 + 2:02d}",
            f"    decision: Route {team.lower()} requests of type {d + 1} to one queue",
            f"    owner: {people[d % len(people)]}",
        ]
    return "\n".join(lines) + "\n"


def main():
    folder, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(20261101)
    os.makedirs(folder, exist_ok=True)
    # The corpus is a workspace of its own: cross-file rules and the cache see exactly its plans.
    with open(os.path.join(folder, ".okrlint.yaml"), "w") as handle:
        handle.write("extends: recommended\n")
    for index in range(count):
        sub = os.path.join(folder, f"team-{index // 100:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"plan-{index:05d}.okr.yaml"), "w") as handle:
            handle.write(plan(index, rng))


if __name__ == "__main__":
    main()
