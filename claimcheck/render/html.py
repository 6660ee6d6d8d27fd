"""HTML: one self-contained page (inline style and script, nothing fetched) to read a report in.

All article text goes through ``esc``; the page's Content-Security-Policy forbids loading
anything, so even a mistake here could not pull in an outside resource.
"""

from __future__ import annotations

import html

from claimcheck.models import CheckResult, Discrepancy, Report
from claimcheck.render.interface import Renderer
from claimcheck.render.view import (
    Cited,
    cited,
    coverage,
    filter_note,
    ordered,
    source_columns,
    source_count,
    summarize,
)

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

STYLE = """
:root { --fg:#1d232a; --muted:#5b6470; --line:#d8dde3; --bg:#fff; --panel:#f6f8fa;
  --conflict:#b42318; --refinement:#a15c00; --wording:#2563a8; --mark:#ffe58a; }
@media (prefers-color-scheme: dark) { :root { --fg:#e6e9ed; --muted:#9aa4b0; --line:#39414b; --bg:#15191e;
  --panel:#1e242b; --conflict:#ff7a6b; --refinement:#f0b450; --wording:#7fb2ee; --mark:#6b5a10; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI",
  Roboto, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
.muted { color: var(--muted); } code { font-size: .9em; overflow-wrap: anywhere; }
td:first-child code { white-space: nowrap; overflow-wrap: normal; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top;
  padding: .35rem .6rem; border-bottom: 1px solid var(--line); } th { font-weight: 600; }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: .6rem .9rem;
  min-width: 8rem; } .card strong { display: block; font-size: 1.5rem; }
.filters { position: sticky; top: 0; background: var(--bg); padding: .6rem 0; border-bottom: 1px solid var(--line);
  display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; z-index: 1; }
.filters label { white-space: nowrap; } .filters input[type=search] { padding: .3rem .5rem; min-width: 14rem; }
.d { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 8px; margin: 1rem 0;
  padding: .75rem 1rem; } .d[data-severity=conflict] { border-left-color: var(--conflict); }
.d[data-severity=refinement] { border-left-color: var(--refinement); }
.d[data-severity=wording] { border-left-color: var(--wording); }
.d header { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.d h3 { margin: 0; font-size: 1.05rem; } .explain { margin: .3rem 0 .6rem; font-style: italic; }
.badge { font-size: .8rem; font-weight: 600; border-radius: 999px; padding: .05rem .55rem; border: 1px solid; }
.sev-conflict { color: var(--conflict); } .sev-refinement { color: var(--refinement); }
.sev-wording { color: var(--wording); }
.verdict-supports { color: #1a7f37; } .verdict-conflicts { color: var(--conflict); }
.verdict-partial { color: var(--refinement); } .verdict-absent { color: var(--muted); }
.values { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .75rem; }
.value { background: var(--panel); border-radius: 6px; padding: .5rem .75rem; }
.value h4 { margin: 0 0 .4rem; font-size: 1rem; }
.value blockquote { margin: .4rem 0 0; padding: 0; } .value cite { display: block; font-style: normal;
  font-size: .85rem; color: var(--muted); font-weight: 600; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
.cov td.m { text-align: center; } .hidden { display: none; }
details summary { cursor: pointer; }
"""  # noqa: E501  (the page's CSS, sent as written: re-wrapping it would change the output)

SCRIPT = """
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll('.d'));
  var count = document.getElementById('shown');
  function apply() {
    var kinds = {}, sev = {}, q = form.q.value.trim().toLowerCase(), n = 0;
    Array.prototype.forEach.call(form.querySelectorAll('input[name=kind]'), function (b) { kinds[b.value] = b.checked; });
    Array.prototype.forEach.call(form.querySelectorAll('input[name=severity]'), function (b) { sev[b.value] = b.checked; });
    items.forEach(function (el) {
      var show = kinds[el.dataset.kind] && sev[el.dataset.severity] &&
                 (!q || el.textContent.toLowerCase().indexOf(q) >= 0);
      el.classList.toggle('hidden', !show);
      if (show) n++;
    });
    count.textContent = n;
  }
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  apply();
})();
"""  # noqa: E501  (the page's script, sent as written: re-wrapping it would change the output)


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def marked(item: Cited) -> str:
    return "".join(f"<mark>{esc(s.text)}</mark>" if s.marked else esc(s.text) for s in item.segments())


def page(title: str, body: list[str], script: bool = False) -> str:
    head = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
    ]
    tail = [f"<script>{SCRIPT}</script>"] if script else []
    return "\n".join(head + body + tail + ["</body>", "</html>"]) + "\n"


class HtmlRenderer(Renderer):
    def render(self, report: Report) -> str:
        summary = summarize(report)
        body = ["<header>", "<h1>claimcheck report</h1>"]
        if report.generated_by:
            body.append(f'<p class="muted">Generated by {esc(report.generated_by)}.</p>')
        body.append("</header>")
        cards = [("sources", summary.sources), ("claims", summary.claims),
                 ("shared statements", summary.clusters), ("discrepancies", summary.discrepancies)]
        cards += [(s, n) for s, n in summary.by_severity.items()]
        body.append('<section class="cards" aria-label="Summary">' + "".join(
            f'<div class="card"><strong>{n}</strong>{esc(label)}</div>' for label, n in cards) + "</section>")
        note = filter_note(report)
        if note:
            body.append(f'<p class="muted">{esc(note[:1].upper() + note[1:])}.</p>')
        if report.skipped:
            body.append("<p class=\"muted\">Skipped: " + "; ".join(
                f"{esc(s.path)}: {esc(s.reason)}" for s in report.skipped) + "</p>")
        body += self._sources(report)
        body += self._discrepancies(report)
        body += self._coverage(report)
        return page("claimcheck report", body, script=bool(report.discrepancies))

    def _sources(self, report: Report) -> list[str]:
        columns = source_columns(report)
        head = "".join(f"<th>{esc(name)}</th>" for name, _ in columns)
        rows = "".join(
            f"<tr><td><code>{esc(a.id)}</code></td>"
            + "".join(f"<td>{esc(values[n])}</td>" for _, values in columns)
            + "</tr>" for n, a in enumerate(report.sources))
        return ["<h2>Sources</h2>",
                f"<table><thead><tr><th>Source</th>{head}</tr></thead><tbody>{rows}</tbody></table>"]

    def _discrepancies(self, report: Report) -> list[str]:
        summary = summarize(report)
        out = ["<h2>Discrepancies</h2>"]
        if not report.discrepancies:
            return out + ["<p>No discrepancies found between the sources.</p>"]
        kinds = "".join(f'<label><input type="checkbox" name="kind" value="{esc(k)}" checked> '
                        f'{esc(k)} ({n})</label>'
                        for k, n in sorted(summary.by_kind.items()))
        sevs = "".join(f'<label><input type="checkbox" name="severity" value="{esc(s)}" checked> '
                       f'<span class="sev-{esc(s)}">{esc(s)}</span> ({n})</label>'
                       for s, n in summary.by_severity.items() if n)
        out.append(f'<form id="filters" class="filters" role="search">{sevs}{kinds}'
                   f'<input type="search" name="q" placeholder="Search sentences" aria-label="Search">'
                   f'<span class="muted">showing <strong id="shown">{summary.discrepancies}</strong> of '
                   f'{summary.discrepancies}</span></form>')
        out += [self._discrepancy(d) for d in ordered(report.discrepancies)]
        return out

    def _discrepancy(self, d: Discrepancy) -> str:
        groups: dict[int, list[Cited]] = {}
        for item in cited(d):
            groups.setdefault(item.group, []).append(item)
        columns = []
        for n, group in enumerate(d.values):
            quotes = "".join(f"<blockquote><cite>{esc(item.source)}</cite>{marked(item)}</blockquote>"
                             for item in groups.get(n, []))
            columns.append(f'<div class="value"><h4>{esc(group.value)}</h4>{quotes}</div>')
        sev = d.severity.value
        cluster = f" · cluster {esc(d.cluster_id)}" if d.cluster_id else ""
        return (f'<article class="d" id="{esc(d.id)}" data-kind="{esc(d.kind.value)}" '
                f'data-severity="{esc(sev)}" data-confidence="{d.confidence:.2f}">'
                f'<header><h3>{esc(d.id)} · {esc(d.kind.value)}</h3>'
                f'<span class="badge sev-{esc(sev)}">{esc(sev)}</span>'
                f'<span class="muted">confidence {d.confidence:.2f}</span>'
                f'<span class="muted">{source_count(d)} sources{cluster}</span></header>'
                f'<p class="explain">{esc(d.explanation)}</p>'
                f'<div class="values">{"".join(columns)}</div></article>')

    def _coverage(self, report: Report) -> list[str]:
        cov = coverage(report)
        head = "".join(f'<th title="{esc(s)}">{n}</th>' for n, s in enumerate(cov.sources, start=1))
        rows = "".join(
            f"<tr><td>{esc(r.cluster_id)}</td>"
            + "".join(f'<td class="m">{"●" if s in r.sources else "·"}</td>' for s in cov.sources)
            + f"<td>{esc(r.text)}</td></tr>" for r in cov.rows)
        legend = ", ".join(f"{n} = <code>{esc(s)}</code>" for n, s in enumerate(cov.sources, start=1))
        out = ["<h2>Coverage</h2>",
               (f"<details><summary>{len(cov.rows)} statements made by two or more sources "
               f"({legend})</summary>"),
               (f'<table class="cov"><thead><tr><th>Cluster</th>{head}'
               "<th>Statement (first source's words)</th>"
               f"</tr></thead><tbody>{rows}</tbody></table></details>")]
        if cov.unique:
            items = "".join(f"<tr><td><code>{esc(c.source)}</code></td><td>{esc(c.text)}</td></tr>"
                            for c in cov.unique)
            out.append(f"<details><summary>{len(cov.unique)} statements made by one source only</summary>"
                       f"<table><tbody>{items}</tbody></table></details>")
        return out

    def render_checks(self, results: tuple[CheckResult, ...]) -> str:
        body = ["<h1>claimcheck check</h1>"]
        none = '<span class="muted">—</span>'
        for result in results:
            title = f"{esc(result.id)}: " if result.id else ""
            rows = "".join(
                f"<tr><td><code>{esc(v.source)}</code></td>"
                f'<td><span class="badge verdict-{esc(v.verdict.value)}">{esc(v.verdict.value)}</span></td>'
                f"<td>{esc(v.evidence.text) if v.evidence else none}</td>"
                f"<td>{esc(v.explanation)}</td></tr>"
                for v in result.verdicts)
            body += [f"<h2>{title}{esc(result.claim)}</h2>",
                     ("<table><thead><tr><th>Source</th><th>Verdict</th><th>Evidence</th><th>Why</th></tr></thead>"
                     f"<tbody>{rows}</tbody></table>")]
        return page("claimcheck check", body)
