import { BODY_AREA_LABELS } from '../../content/vocabulary';
import type { ClinicianReport } from './clinician-report';

/**
 * The report as a printable page: plain HTML with its own styles, no scripts and nothing
 * fetched, printed to PDF by the shell. Pure. Everything the user typed (notes, routine
 * names) is escaped. A4, one to two pages for a few weeks: the tables are short, and notes
 * are only those the user chose.
 */

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const longDate = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

const shortDate = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

const score = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(1));
const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = headers.map((h) => `<th>${escape(h)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Weekly average pain before (solid) and after (dashed) on the 0–10 scale. */
function painChart(report: ClinicianReport): string {
  const weeks = report.weeks;
  const width = 440;
  const height = 120;
  const left = 24;
  // Room either side for a week's label, centred under its point.
  const right = width - 24;
  const x = (i: number) =>
    left + 14 + (weeks.length <= 1 ? 0 : (i * (right - left - 14)) / (weeks.length - 1));
  const y = (v: number) => 8 + (height - 28) * (1 - v / 10);
  const line = (
    pick: (w: ClinicianReport['weeks'][number]) => number | undefined,
    dash: string,
  ) => {
    const points = weeks
      .map((w, i) => [i, pick(w)] as const)
      .filter((p): p is readonly [number, number] => p[1] !== undefined)
      .map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    if (points.length === 0) return '';
    const dots = points
      .map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="2.5" />`)
      .join('');
    return `<polyline points="${points.join(' ')}" fill="none" stroke="#333" stroke-width="1.5" stroke-dasharray="${dash}" />${dots}`;
  };
  const grid = [0, 5, 10]
    .map(
      (v) =>
        `<line x1="${left}" x2="${width - 8}" y1="${y(v)}" y2="${y(v)}" stroke="#ccc" stroke-width="0.5" /><text x="2" y="${y(v) + 3}">${v}</text>`,
    )
    .join('');
  const labels = weeks
    .map(
      (w, i) =>
        `<text x="${x(i)}" y="${height - 4}" text-anchor="middle">${escape(shortDate(w.weekStart))}</text>`,
    )
    .join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Average pain per week, before and after">${grid}${line((w) => w.painBefore, '')}${line((w) => w.painAfter, '4 3')}${labels}</svg>
<p class="legend">Solid line: average pain before sessions. Dashed line: after. Scale 0 (no pain) to 10 (worst imaginable).</p>`;
}

function reliefRows(rows: ClinicianReport['helped']): string[][] {
  return rows.map((row) => [
    row.title,
    String(row.checkIns),
    `${row.averageRelief >= 0 ? '−' : '+'}${Math.abs(row.averageRelief).toFixed(1)} points`,
    `${Math.round(row.averageRelativeRelief * 100)} %`,
  ]);
}

export function reportHtml(report: ClinicianReport): string {
  const sections: string[] = [];
  sections.push(`<section>
<h2>Summary</h2>
<p>${escape(plural(report.sessions, 'session', 'sessions'))} (${report.completed} completed), ${escape(String(report.minutes))} minutes in all. ${escape(plural(report.scoredBoth, 'session was', 'sessions were'))} scored for pain both before and after.</p>
<p class="figures">Average pain before: <strong>${score(report.painBefore)}</strong> · after: <strong>${score(report.painAfter)}</strong> <span class="muted">(0–10 numeric rating scale)</span></p>
</section>`);

  sections.push(`<section>
<h2>Sessions and pain by week</h2>
${table(
  ['Week of', 'Sessions', 'Minutes', 'Pain before', 'Pain after'],
  report.weeks.map((w) => [
    longDate(w.weekStart),
    String(w.sessions),
    String(w.minutes),
    score(w.painBefore),
    score(w.painAfter),
  ]),
)}
${report.weeks.some((w) => w.painBefore !== undefined || w.painAfter !== undefined) ? painChart(report) : ''}
</section>`);

  sections.push(`<section>
<h2>Pain by area</h2>
${
  report.areas.length === 0
    ? '<p class="muted">No areas were marked at check-in in this period.</p>'
    : table(
        ['Area', 'Sessions marked', 'Average before', 'Average after', 'Eased most by'],
        report.areas.map((a) => [
          BODY_AREA_LABELS[a.area],
          String(a.sessions),
          score(a.averageBefore),
          score(a.averageAfter),
          a.whatHelps[0] ? a.whatHelps[0].title : '–',
        ]),
      )
}
</section>`);

  const reliefHeaders = ['Routine', 'Sessions scored', 'Average change', 'Relative change'];
  sections.push(`<section>
<h2>What helped, and what did not</h2>
<p class="muted">Routines with at least three sessions scored before and after. A change of 2 points or 30 % is counted as meaningful.</p>
<h3>Meaningful relief</h3>
${report.helped.length === 0 ? '<p class="muted">None in this period.</p>' : table(reliefHeaders, reliefRows(report.helped))}
<h3>Less than meaningful relief</h3>
${report.notHelped.length === 0 ? '<p class="muted">None in this period.</p>' : table(reliefHeaders, reliefRows(report.notHelped))}
</section>`);

  sections.push(`<section>
<h2>Routines and techniques used</h2>
${
  report.routines.length === 0
    ? '<p class="muted">No sessions in this period.</p>'
    : table(
        ['Routine', 'Sessions', 'Minutes'],
        report.routines.map((r) => [r.title, String(r.sessions), String(r.minutes)]),
      )
}
${report.techniques.length === 0 ? '' : `<p>Techniques: ${report.techniques.map((t) => `${escape(t.name)} (${t.sessions})`).join(', ')}.</p>`}
</section>`);

  if (report.notes.length > 0) {
    sections.push(`<section>
<h2>Notes chosen by the user</h2>
<ul class="notes">${report.notes
      .map(
        (n) =>
          `<li><strong>${escape(longDate(n.date))}, ${escape(n.routine)}:</strong> ${escape(n.text)}</li>`,
      )
      .join('')}</ul>
</section>`);
  }

  sections.push(`<section>
<h2>Cautions the user set</h2>
${
  report.cautions.length === 0
    ? '<p class="muted">None.</p>'
    : `<ul>${report.cautions.map((c) => `<li>${escape(c)}</li>`).join('')}</ul>`
}
</section>`);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Self-care record, ${escape(longDate(report.from))} to ${escape(longDate(report.to))}</title>
<style>
@page { size: A4; margin: 16mm 16mm 18mm; }
body { font: 10pt/1.4 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #222; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 2pt; }
h2 { font-size: 11.5pt; margin: 12pt 0 4pt; border-bottom: 0.5pt solid #999; padding-bottom: 2pt; }
h3 { font-size: 10pt; margin: 6pt 0 2pt; }
p { margin: 3pt 0; }
.muted, .legend { color: #555; }
.legend { font-size: 8.5pt; }
.figures strong { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0; }
th, td { text-align: left; padding: 2pt 6pt 2pt 0; border-bottom: 0.5pt solid #ddd; vertical-align: top; }
th { font-weight: 600; }
section { break-inside: avoid; }
.chart { width: 110mm; height: auto; font-size: 7pt; fill: #333; }
.notes li { margin-bottom: 2pt; }
footer { margin-top: 12pt; font-size: 8.5pt; color: #555; border-top: 0.5pt solid #999; padding-top: 4pt; }
</style>
</head>
<body>
<header>
<h1>Self-care record</h1>
<p>${escape(longDate(report.from))} to ${escape(longDate(report.to))} · made on ${escape(longDate(report.madeOn))} with Unknot</p>
<p class="muted">Kept by the person who brings it: their own sessions of self-massage, stretching and relaxation, and the pain they rated before and after.</p>
</header>
${sections.join('\n')}
<footer>This is the user's own record, made on their computer. It is not a diagnosis or medical advice, and it shows only what the user entered.</footer>
</body>
</html>
`;
}
