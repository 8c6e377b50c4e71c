/// The default HTML status page: a Mustache template over the report model
/// (see the README), embedded in the binary so that it works wherever the
/// binary is copied. Every `{{name}}` is HTML-escaped by Mustache; the template
/// uses no triple mustaches; the page and every partial select the fast
/// escaper (`HTMLEscaper`), since a partial starts over with Mustache's own. `--template FILE` replaces `page`; the partials
/// stay available to it. A partial tag alone on its line starts the line:
/// an indented one makes Mustache re-indent, and measure, all it renders.
enum HTMLReportTemplate {
    static let page = #"""
        {{% CONTENT_TYPE: OKRLINT_HTML}}
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="generator" content="okrlint">
        <title>{{page.title}}</title>
        <style>
        {{> okrlint-styles}}
        </style>
        </head>
        <body>
        {{> okrlint-icons}}
        <header class="masthead">
          <div class="masthead-inner">
            <p class="brand">{{#page.index_href}}<span class="back"><a href="{{page.index_href}}">← All plans</a> · </span>{{/page.index_href}}Goals status</p>
            <p class="asof">Week <strong>{{week}}</strong> · as of <time datetime="{{as_of}}">{{as_of}}</time></p>
          </div>
        </header>
        <main id="main">
        {{#page.is_index}}
        <section class="overview" aria-labelledby="overview-title">
          <h1 id="overview-title">{{summary.plans}} plans</h1>
          {{#summary}}{{> okrlint-tally}}{{/summary}}
          <ul class="plan-cards">
          {{#plans}}
            <li class="card plan-card" id="plan-{{slug}}">
              <p class="eyebrow">{{team}}{{#period}} · {{label}}{{/period}}</p>
              <h2><a href="{{slug}}.html">{{#title}}{{title}}{{/title}}{{^title}}{{id}}{{/title}}</a></h2>
              {{^objectives}}<p class="empty">No objectives: this plan runs on milestones and KPIs.</p>{{/objectives}}
              <ul class="mini-objectives">
              {{#objectives}}
                <li><span class="mini-title">{{title}}</span> <span class="mini-status">{{#score}}<span class="score">{{text}}</span> {{/score}}{{> okrlint-status}}</span></li>
              {{/objectives}}
              </ul>
              <p class="card-foot">{{#counts}}{{kpis_out_of_range}} of {{kpis}} KPIs out of range · {{milestones_overdue}} milestone{{^equalzero(minusone(milestones_overdue))}}s{{/equalzero(minusone(milestones_overdue))}} overdue · {{findings.total}} finding{{^equalzero(minusone(findings.total))}}s{{/equalzero(minusone(findings.total))}}{{/counts}}</p>
            </li>
          {{/plans}}
          </ul>
        </section>
        {{/page.is_index}}
        {{^page.is_index}}
        {{#page.toc}}
        <nav class="toc" aria-label="Plans">
          <ul>{{#plans}}<li><a href="#plan-{{slug}}">{{#title}}{{title}}{{/title}}{{^title}}{{id}}{{/title}}</a></li>{{/plans}}</ul>
        </nav>
        {{/page.toc}}
        {{#plans}}
        {{> okrlint-plan}}
        {{/plans}}
        {{/page.is_index}}
        {{^empty(findings)}}
        <section class="unreadable" aria-labelledby="unreadable-title">
          <h2 id="unreadable-title">Files that hold no plan</h2>
        {{> okrlint-findings}}
        </section>
        {{/empty(findings)}}
        </main>
        <footer class="colophon">
          <p>Made by okrlint · goal files: {{summary.files}} · findings: {{summary.findings.total}} (errors: {{summary.findings.errors}}, warnings: {{summary.findings.warnings}}, infos: {{summary.findings.infos}})</p>
        </footer>
        </body>
        </html>
        """#

    /// One plan's article: rendered by the page inside `{{#plans}}`, and on
    /// its own for each plan when the default page holds several (see
    /// `HTMLReportRenderer.page`), so that plans render on all cores.
    static let plan = #"""
        {{% CONTENT_TYPE: OKRLINT_HTML}}
        <article class="plan" id="plan-{{slug}}" aria-labelledby="title-{{slug}}">
          <header class="plan-head">
            <p class="eyebrow">{{#team}}{{team}}{{/team}}{{^team}}Plan {{id}}{{/team}}</p>
            <h1 id="title-{{slug}}">{{#title}}{{title}}{{/title}}{{^title}}{{id}}{{/title}}</h1>
            <dl class="meta">
              {{#owner}}<div><dt>Owner</dt><dd>{{owner}}</dd></div>{{/owner}}
              {{#period}}<div><dt>Period</dt><dd>{{label}} <span class="muted">({{start}} to {{end}})</span></dd></div>{{/period}}
              <div><dt>As of</dt><dd><time datetime="{{as_of}}">{{as_of}}</time>{{#period}} <span class="muted">· {{elapsed_percent}}% of the period gone</span>{{/period}}</dd></div>
              {{#review_by}}<div><dt>Framework review</dt><dd>{{review_by}}</dd></div>{{/review_by}}
              <div><dt>File</dt><dd><code>{{file}}</code></dd></div>
            </dl>
            {{#counts}}{{> okrlint-tally}}{{/counts}}
          </header>

          <div class="plan-grid">
          <section class="objectives" aria-labelledby="objectives-{{slug}}">
            <h2 id="objectives-{{slug}}">Objectives</h2>
            {{^objectives}}<p class="empty">No objectives in this plan.</p>{{/objectives}}
            {{#objectives}}
            <section class="card objective">
              <header class="objective-head">
                <h3>{{title}}</h3>
                <p class="objective-status">
                  <span class="score" title="Objective score on the 0.0–1.0 scale">{{#score}}{{text}}{{/score}}{{^score}}–{{/score}}</span>
        {{> okrlint-status}}
                </p>
              </header>
              {{#why}}<p class="why">{{why}}</p>{{/why}}
              <ol class="krs">
              {{#key_results}}
                <li class="kr">
                  <div class="kr-head">
                    <p class="kr-title">{{title}}</p>
        {{> okrlint-status}}
                  </div>
                  <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img">
                    <title>Progress {{#progress}}{{text}}{{/progress}}{{^progress}}unknown{{/progress}}{{#expected}}; expected by now {{text}}{{/expected}}</title>
                    <rect class="bar-track" x="0" y="0" width="100" height="10"/>
                    {{#progress}}<rect class="bar-fill s-{{status}}" x="0" y="0" width="{{percent}}" height="10"/>{{/progress}}
                    {{#path}}{{#percent}}<line class="bar-path" x1="{{percent}}" x2="{{percent}}" y1="0" y2="10"><title>Interim target {{text}} by {{date}}</title></line>{{/percent}}{{/path}}
                    {{#expected}}<line class="bar-expected" x1="{{percent}}" x2="{{percent}}" y1="-3" y2="13"><title>Expected by now: {{text}}</title></line>{{/expected}}
                  </svg>
                  <p class="kr-facts">
                    <span><b>{{#progress}}{{text}}{{/progress}}{{^progress}}–{{/progress}}</b> progress</span>
                    {{#expected}}<span>expected {{text}}{{#follows_path}} on its path{{/follows_path}}</span>{{/expected}}
                    {{#current}}<span>{{#baseline}}{{text}} → {{/baseline}}<b>{{text}}</b> on {{date}}{{#target}} → target {{text}}{{/target}}</span>{{/current}}
                    {{^current}}{{#target}}<span>{{#baseline}}{{text}} → {{/baseline}}target {{text}}</span>{{/target}}{{/current}}
                    {{#due}}<span>due {{due}}{{#done}}, done {{done}}{{/done}}</span>{{/due}}
                    {{#confidence}}<span>confidence <b>{{text}}</b></span>{{/confidence}}
                    {{#owner}}<span>{{owner}}</span>{{/owner}}
                    {{#evidence}}<span class="evidence">{{> okrlint-link}}</span>{{/evidence}}
                  </p>
                </li>
              {{/key_results}}
              </ol>
            </section>
            {{/objectives}}
          </section>

          <section class="kpis" aria-labelledby="kpis-{{slug}}">
            <h2 id="kpis-{{slug}}">KPIs</h2>
            {{^kpis}}<p class="empty">No KPIs guard this plan's day-to-day health.</p>{{/kpis}}
            <ul class="tiles">
            {{#kpis}}
              <li class="card tile t-{{status}}">
                <p class="tile-title">{{title}}</p>
                <p class="tile-value">{{#latest}}<b>{{text}}</b> <span class="unit">{{unit}}</span>{{/latest}}{{^latest}}<b>–</b> <span class="unit">no reading yet</span>{{/latest}}</p>
        {{> okrlint-status}}
                {{! The title reads the KPI's trigger, so it sits outside the sparkline section, whose trigger holds only the line's y. }}
                {{^empty(readings)}}
                <svg class="spark" viewBox="0 0 100 100" preserveAspectRatio="none" role="img">
                  <title>{{#readings}}{{date}}: {{text}}
        {{/readings}}Healthy: {{#healthy}}{{text}}{{/healthy}}{{^healthy}}not set{{/healthy}}{{#trigger}}; act when {{text}}{{/trigger}}</title>
                  {{#sparkline}}
                  {{#band}}<rect class="spark-band" x="0" y="{{y}}" width="100" height="{{height}}"/>{{/band}}
                  {{#trigger}}<line class="spark-trigger" x1="0" x2="100" y1="{{y}}" y2="{{y}}"/>{{/trigger}}
                  <polyline class="spark-line" points="{{#points}}{{x}},{{y}} {{/points}}"/>
                  {{#last}}<line class="spark-dot" x1="{{x}}" x2="{{x}}" y1="{{y}}" y2="{{y}}"/>{{/last}}
                  {{/sparkline}}
                </svg>
                {{/empty(readings)}}
                <dl class="tile-facts">
                  <div><dt>Healthy</dt><dd>{{#healthy}}{{text}}{{/healthy}}{{^healthy}}not set{{/healthy}}</dd></div>
                  <div><dt>Act when</dt><dd>{{#trigger}}{{text}}{{/trigger}}{{^trigger}}not set{{/trigger}}</dd></div>
                  {{#owner}}<div><dt>Owner</dt><dd>{{owner}}</dd></div>{{/owner}}
                </dl>
              </li>
            {{/kpis}}
            </ul>
          </section>
          </div>

          <section class="timeline" aria-labelledby="milestones-{{slug}}">
            <h2 id="milestones-{{slug}}">Milestones</h2>
            {{^milestones}}<p class="empty">No milestones in this plan.</p>{{/milestones}}
            {{#timeline}}
            <div class="axis-row" aria-hidden="true"><span></span><div class="axis">
              {{#ticks}}<span class="tick" style="left: {{x}}%">{{label}}</span>{{/ticks}}
              <span class="today-label" style="left: {{today.x}}%">today</span>
            </div></div>
            {{/timeline}}
            <ol class="milestones">
            {{#milestones}}
              <li class="milestone m-{{status}}">
                <div class="milestone-text">
                  <p class="milestone-title">{{title}}</p>
                  <p class="milestone-facts">
        {{> okrlint-status}}
                    {{#due}}<span>due <time datetime="{{due}}">{{due}}</time></span>{{/due}}
                    {{#done}}<span>done {{done}}</span>{{/done}}
                    {{#owner}}<span>{{owner}}</span>{{/owner}}
                    {{#evidence}}<span class="evidence">{{> okrlint-link}}</span>{{/evidence}}
                  </p>
                  {{#moves}}<p class="moved"><svg class="icon" aria-hidden="true"><use href="#i-moved"/></svg> Moved from <s>{{from}}</s> to {{to}}{{#reason}}: {{reason}}{{/reason}}{{#impact}} — impact: {{impact}}{{/impact}}</p>{{/moves}}
                </div>
                {{#x}}
                <svg class="track" viewBox="0 0 100 20" preserveAspectRatio="none" role="img">
                  <title>Due {{due}}{{#moves}}; moved from {{from}}{{/moves}}</title>
                  <line class="track-line" x1="0" x2="100" y1="10" y2="10"/>
                  {{#timeline}}<line class="track-today" x1="{{today.x}}" x2="{{today.x}}" y1="0" y2="20"/>{{/timeline}}
                  {{#moves}}{{#x}}<line class="track-move" x1="{{x}}" x2="{{x}}" y1="10" y2="10"/>{{/x}}{{/moves}}
                  <line class="track-due s-{{status}}" x1="{{x}}" x2="{{x}}" y1="10" y2="10"/>
                </svg>
                {{/x}}
              </li>
            {{/milestones}}
            </ol>
          </section>

          <div class="plan-foot">
          <section class="weekly" aria-labelledby="week-{{slug}}">
            <h2 id="week-{{slug}}">This week · {{week}}</h2>
            {{^this_week}}<p class="empty">No weekly goals for {{week}}.</p>{{/this_week}}
            <ul class="people">
            {{#this_week}}
              <li class="person">
                <p class="person-name">{{#owner}}{{owner}}{{/owner}}{{^owner}}No owner{{/owner}}</p>
                <ul>{{#goals}}<li>{{text}}{{#evidence}} <span class="muted">Evidence: {{> okrlint-link}}</span>{{/evidence}}</li>{{/goals}}</ul>
              </li>
            {{/this_week}}
            </ul>
          </section>

          <section class="decisions" aria-labelledby="decisions-{{slug}}">
            <h2 id="decisions-{{slug}}">Recent decisions</h2>
            {{^recent_decisions}}<p class="empty">No decisions recorded yet.</p>{{/recent_decisions}}
            <ol class="decision-list">
            {{#recent_decisions}}
              <li><time datetime="{{date}}">{{date}}</time> <span>{{title}}</span>{{#owner}} <span class="muted">— {{owner}}</span>{{/owner}}</li>
            {{/recent_decisions}}
            </ol>
          </section>

          <section class="findings" aria-labelledby="findings-{{slug}}">
            <h2 id="findings-{{slug}}">Open findings <span class="count">{{counts.findings.total}}</span></h2>
            {{^findings}}<p class="empty"><svg class="icon" aria-hidden="true"><use href="#i-on-track"/></svg>No findings: this plan follows the guidance.</p>{{/findings}}
        {{> okrlint-findings}}
          </section>
          </div>
        </article>

        """#

    /// Pieces of the page (some used more than once), available to user templates as partials.
    static let partials: [String: String] = [
        "okrlint-status": ##"{{% CONTENT_TYPE: OKRLINT_HTML}}<span class="status s-{{status}}"><svg class="icon" aria-hidden="true"><use href="#i-{{status}}"/></svg>{{status_label}}</span>"##,
        "okrlint-link": ##"{{% CONTENT_TYPE: OKRLINT_HTML}}{{#href}}<a href="{{href}}">{{text}}</a>{{/href}}{{^href}}{{text}}{{/href}}"##,
        "okrlint-findings": ##"{{% CONTENT_TYPE: OKRLINT_HTML}}<ul class="finding-list">{{#findings}}{{> okrlint-finding}}{{/findings}}</ul>"##,
        "okrlint-finding": ##"{{% CONTENT_TYPE: OKRLINT_HTML}}<li class="f-{{severity}}"><span class="severity"><svg class="icon" aria-hidden="true"><use href="#i-{{severity}}"/></svg>{{severity}}</span> {{#docs}}<a class="rule" href="{{docs}}">{{rule}}</a>{{/docs}}{{^docs}}<code class="rule">{{rule}}</code>{{/docs}} <span class="message">{{message}}</span> <span class="where">{{file}}:{{start.line}}</span></li>"##,
        "okrlint-tally": #"""
            {{% CONTENT_TYPE: OKRLINT_HTML}}
            <ul class="tally" aria-label="At a glance">
              <li class="s-on-track"><svg class="icon" aria-hidden="true"><use href="#i-on-track"/></svg><strong>{{on_track}}</strong> key result{{^equalzero(minusone(on_track))}}s{{/equalzero(minusone(on_track))}} on track</li>
              <li class="s-at-risk"><svg class="icon" aria-hidden="true"><use href="#i-at-risk"/></svg><strong>{{at_risk}}</strong> key result{{^equalzero(minusone(at_risk))}}s{{/equalzero(minusone(at_risk))}} at risk</li>
              <li class="s-off-track"><svg class="icon" aria-hidden="true"><use href="#i-off-track"/></svg><strong>{{off_track}}</strong> key result{{^equalzero(minusone(off_track))}}s{{/equalzero(minusone(off_track))}} off track</li>
              <li class="s-out-of-range"><svg class="icon" aria-hidden="true"><use href="#i-out-of-range"/></svg><strong>{{kpis_out_of_range}}</strong> of {{kpis}} KPIs out of range</li>
              <li class="s-overdue"><svg class="icon" aria-hidden="true"><use href="#i-overdue"/></svg><strong>{{milestones_overdue}}</strong> milestone{{^equalzero(minusone(milestones_overdue))}}s{{/equalzero(minusone(milestones_overdue))}} overdue</li>
              <li class="s-findings"><svg class="icon" aria-hidden="true"><use href="#i-warning"/></svg><strong>{{findings.total}}</strong> finding{{^equalzero(minusone(findings.total))}}s{{/equalzero(minusone(findings.total))}}</li>
            </ul>
            """#,
        "okrlint-plan": plan,
        "okrlint-styles": HTMLReportStyles.css,
        "okrlint-icons": HTMLReportIcons.sprite,
    ]
}
