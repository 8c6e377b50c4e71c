/// The default page's stylesheet (the `okrlint-styles` partial): readable
/// from a 375 px phone to a wall screen, a dark mode through
/// `prefers-color-scheme`, and a print stylesheet. Status colours always
/// come with the status words and an icon.
enum HTMLReportStyles {
    static let css = #"""
        :root {
          --bg: #f4f6f8; --surface: #ffffff; --text: #1b1f24; --muted: #59636e; --line: #d8dee4;
          --good: #1a7f37; --good-bg: #dafbe1; --warn: #9a6700; --warn-bg: #fff1c2;
          --bad: #c9232e; --bad-bg: #ffe2e0; --neutral: #59636e; --neutral-bg: #eaeef2;
          --accent: #0969da; --band: rgba(26, 127, 55, 0.16); --track: #e4e8ec;
          color-scheme: light dark;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #0d1117; --surface: #161b22; --text: #e6edf3; --muted: #9aa5b1; --line: #30363d;
            --good: #3fb950; --good-bg: #12301c; --warn: #e3b341; --warn-bg: #3a2d0b;
            --bad: #ff7b72; --bad-bg: #42191a; --neutral: #9aa5b1; --neutral-bg: #262c34;
            --accent: #58a6ff; --band: rgba(63, 185, 80, 0.2); --track: #2a313a;
          }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0; background: var(--bg); color: var(--text);
          font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
        }
        @media (min-width: 1600px) { body { font-size: 17px; } }
        a { color: var(--accent); }
        code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
        h1, h2, h3, p { margin: 0; }
        ul, ol { margin: 0; padding: 0; list-style: none; }
        .muted { color: var(--muted); }
        .icon { width: 1em; height: 1em; flex: none; vertical-align: -0.125em; fill: none; stroke: currentColor;
          stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; }
        .masthead { background: var(--surface); border-bottom: 1px solid var(--line); }
        .masthead-inner, main, .colophon { max-width: 1680px; margin: 0 auto; padding-left: 16px; padding-right: 16px; }
        .masthead-inner { display: flex; flex-wrap: wrap; gap: 4px 16px; justify-content: space-between; padding-top: 10px; padding-bottom: 10px; }
        .brand { font-weight: 600; }
        .brand a { text-decoration: none; }
        .asof { color: var(--muted); }
        .asof strong { color: var(--text); }
        main { padding-top: 16px; padding-bottom: 24px; }
        .card { background: var(--surface); border: 1px solid var(--line); border-radius: 10px; }
        .empty { color: var(--muted); display: flex; gap: 6px; align-items: center; }
        .eyebrow { color: var(--muted); font-size: 0.85em; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; }
        .toc ul { display: flex; flex-wrap: wrap; gap: 6px 14px; margin-bottom: 16px; }
        .plan { margin-bottom: 40px; }
        .plan + .plan { border-top: 2px solid var(--line); padding-top: 24px; }
        .plan-head h1 { font-size: 1.6em; line-height: 1.2; margin: 2px 0 8px; overflow-wrap: anywhere; }
        .overview h1 { font-size: 1.6em; margin-bottom: 10px; }
        .meta { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: 0 0 12px; }
        .meta div { display: flex; gap: 6px; }
        .meta dt { color: var(--muted); }
        .meta dd { margin: 0; overflow-wrap: anywhere; }
        .tally { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 18px; }
        .tally li { display: flex; align-items: center; gap: 6px; padding: 4px 10px; border-radius: 999px; color: var(--text);
          background: var(--surface); border: 1px solid var(--line); }
        .tally strong { font-size: 1.15em; }
        .tally .s-on-track .icon { color: var(--good); } .tally .s-at-risk .icon { color: var(--warn); }
        .tally .s-off-track .icon, .tally .s-overdue .icon, .tally .s-out-of-range .icon { color: var(--bad); }
        .tally .s-findings .icon { color: var(--muted); }
        h2 { font-size: 1.15em; margin: 0 0 10px; }
        h2 .count { color: var(--muted); font-weight: 500; }
        .plan-grid { display: grid; gap: 20px; grid-template-columns: minmax(0, 1fr); }
        @media (min-width: 1100px) { .plan-grid { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); } }
        .objective { padding: 14px 16px; margin-bottom: 14px; }
        .objective-head { display: flex; flex-wrap: wrap; gap: 6px 14px; justify-content: space-between; align-items: baseline; }
        .objective-head h3 { font-size: 1.1em; flex: 1 1 20em; overflow-wrap: anywhere; }
        .objective-status { display: flex; align-items: center; gap: 10px; }
        .score { font-size: 1.35em; font-weight: 700; font-variant-numeric: tabular-nums; }
        .why { color: var(--muted); margin-top: 4px; }
        .krs { margin-top: 12px; display: grid; gap: 14px; }
        .kr { border-top: 1px solid var(--line); padding-top: 10px; }
        .kr-head { display: flex; gap: 10px; justify-content: space-between; align-items: flex-start; }
        .kr-title { overflow-wrap: anywhere; }
        .status { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; font-size: 0.85em; font-weight: 600;
          padding: 1px 8px; border-radius: 999px; color: var(--neutral); background: var(--neutral-bg); }
        .s-on-track, .s-in-range, .s-done { color: var(--good); background: var(--good-bg); }
        .s-at-risk, .s-out-of-range, .s-due-this-week, .s-blocked { color: var(--warn); background: var(--warn-bg); }
        .s-off-track, .s-triggered, .s-overdue { color: var(--bad); background: var(--bad-bg); }
        .bar { display: block; width: 100%; height: 12px; margin: 8px 0 6px; overflow: visible; }
        .bar-track { fill: var(--track); }
        .bar-fill { fill: var(--neutral); }
        .bar-fill.s-on-track { fill: var(--good); } .bar-fill.s-at-risk { fill: var(--warn); } .bar-fill.s-off-track { fill: var(--bad); }
        .bar-path { stroke: var(--surface); stroke-width: 2; vector-effect: non-scaling-stroke; }
        .bar-expected { stroke: var(--text); stroke-width: 2.5; vector-effect: non-scaling-stroke; }
        .kr-facts { display: flex; flex-wrap: wrap; gap: 2px 14px; color: var(--muted); font-size: 0.9em; }
        .kr-facts b { color: var(--text); }
        .evidence { overflow-wrap: anywhere; }
        .tiles { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); }
        .tile { padding: 12px 14px; display: flex; flex-direction: column; gap: 6px; border-top: 4px solid var(--neutral); }
        .t-in-range { border-top-color: var(--good); } .t-out-of-range { border-top-color: var(--warn); } .t-triggered { border-top-color: var(--bad); }
        .tile .status { align-self: flex-start; }
        .tile-title { font-weight: 600; overflow-wrap: anywhere; }
        .tile-value b { font-size: 1.7em; font-variant-numeric: tabular-nums; }
        .unit { color: var(--muted); }
        .spark { display: block; width: 100%; height: 56px; overflow: visible; }
        .spark-band { fill: var(--band); }
        .spark-trigger { stroke: var(--bad); stroke-width: 1.5; stroke-dasharray: 4 3; vector-effect: non-scaling-stroke; }
        .spark-line { fill: none; stroke: var(--text); stroke-width: 2; stroke-linejoin: round; vector-effect: non-scaling-stroke; }
        .spark-dot { stroke: var(--text); stroke-width: 7; stroke-linecap: round; vector-effect: non-scaling-stroke; }
        .tile-facts { margin: 0; font-size: 0.85em; }
        .tile-facts div { display: flex; gap: 6px; }
        .tile-facts dt { color: var(--muted); min-width: 5.5em; }
        .tile-facts dd { margin: 0; }
        .timeline { margin-top: 24px; }
        .axis-row { display: grid; grid-template-columns: minmax(0, 1fr); padding: 0 15px; }
        .axis-row > span:first-child { display: none; }
        .axis { position: relative; height: 1.4em; font-size: 0.8em; color: var(--muted); }
        .tick, .today-label { position: absolute; top: 0; transform: translateX(-50%); white-space: nowrap; }
        .today-label { color: var(--accent); font-weight: 700; top: auto; bottom: -1.3em; display: none; }
        .milestones { display: grid; gap: 8px; }
        .milestone { display: grid; gap: 4px 16px; grid-template-columns: minmax(0, 1fr); background: var(--surface);
          border: 1px solid var(--line); border-radius: 10px; padding: 10px 14px; }
        .milestone-title { font-weight: 600; overflow-wrap: anywhere; }
        .milestone-facts { display: flex; flex-wrap: wrap; gap: 2px 12px; align-items: center; color: var(--muted); font-size: 0.9em; }
        .moved { color: var(--warn); font-size: 0.9em; margin-top: 2px; }
        .track { display: block; width: 100%; height: 22px; overflow: visible; align-self: center; }
        .track-line { stroke: var(--line); stroke-width: 2; vector-effect: non-scaling-stroke; }
        .track-today { stroke: var(--accent); stroke-width: 2; stroke-dasharray: 3 2; vector-effect: non-scaling-stroke; }
        .track-move { stroke: var(--muted); stroke-width: 9; stroke-linecap: round; opacity: 0.45; vector-effect: non-scaling-stroke; }
        .track-due { stroke: var(--neutral); stroke-width: 12; stroke-linecap: round; vector-effect: non-scaling-stroke; }
        .track-due.s-done { stroke: var(--good); } .track-due.s-overdue { stroke: var(--bad); }
        .track-due.s-due-this-week, .track-due.s-blocked { stroke: var(--warn); }
        @media (min-width: 800px) {
          .milestone, .axis-row { grid-template-columns: 45% minmax(0, 1fr); column-gap: 16px; }
          .axis-row > span:first-child { display: block; }
          .today-label { display: block; }
          .axis { margin-bottom: 0.2em; }
        }
        .plan-foot { display: grid; gap: 20px; margin-top: 28px; grid-template-columns: minmax(0, 1fr); }
        @media (min-width: 1100px) { .plan-foot { grid-template-columns: repeat(3, minmax(0, 1fr)); } }
        .people { display: grid; gap: 10px; }
        .person { background: var(--surface); border: 1px solid var(--line); border-radius: 10px; padding: 10px 14px; }
        .person-name { font-weight: 700; }
        .person ul li + li { margin-top: 4px; }
        .decision-list li { padding: 6px 0; border-bottom: 1px solid var(--line); }
        .decision-list time { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: 6px; }
        .finding-list li { padding: 8px 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
        .severity { display: inline-flex; align-items: center; gap: 4px; font-weight: 700; font-size: 0.85em; text-transform: uppercase; margin-right: 6px; }
        .f-error .severity { color: var(--bad); } .f-warning .severity { color: var(--warn); } .f-info .severity { color: var(--accent); }
        .rule { font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.9em; margin-right: 6px; }
        .where { color: var(--muted); font-size: 0.85em; }
        .plan-cards { display: grid; gap: 14px; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); }
        .plan-card { padding: 14px 16px; display: flex; flex-direction: column; gap: 8px; }
        .plan-card h2 { margin: 0; }
        .mini-objectives li { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 10px; align-items: start;
          padding: 6px 0; border-top: 1px solid var(--line); }
        .mini-title { overflow-wrap: anywhere; }
        .mini-status { display: flex; gap: 8px; align-items: center; }
        .mini-objectives .score { font-size: 1em; }
        .card-foot { color: var(--muted); font-size: 0.85em; margin-top: auto; }
        .unreadable { margin-top: 24px; }
        .colophon { color: var(--muted); font-size: 0.85em; padding-bottom: 24px; }
        @media (max-width: 480px) {
          .masthead-inner, main, .colophon { padding-left: 12px; padding-right: 12px; }
          .plan-head h1 { font-size: 1.35em; }
          .objective { padding: 12px; }
          .kr-head { flex-direction: column; gap: 4px; }
          .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
          .tile { padding: 10px; }
          .tile-value b { font-size: 1.4em; }
          .tile-facts div { display: block; }
          .tile-facts dt, .tile-facts dd { display: inline; }
          .tile-facts dt { margin-right: 0.4em; }
          .tally { gap: 6px; }
          .tally li { padding: 2px 8px; font-size: 0.9em; }
        }
        @media print {
          :root { --bg: #fff; --surface: #fff; --text: #000; --muted: #444; --line: #bbb; --track: #e6e6e6; }
          body { font-size: 11pt; }
          .masthead { border-bottom: 2px solid #000; }
          .toc, .brand .back { display: none; }
          .plan { break-before: page; }
          .plan:first-of-type { break-before: auto; }
          .plan-grid, .plan-foot { grid-template-columns: minmax(0, 1fr); }
          .card, .milestone, .person, .kr, .finding-list li { break-inside: avoid; }
          .tiles { grid-template-columns: repeat(3, minmax(0, 1fr)); }
          a { color: inherit; text-decoration: underline; }
          .evidence a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); }
        }
        """#
}
