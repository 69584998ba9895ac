import type { Language } from '../common/language';
import { mainLanguage, tm } from '../i18n/main-i18n';
import type { ClinicianReport } from './clinician-report';

/**
 * The report as a printable page: plain HTML with its own styles, no scripts and nothing
 * fetched, printed to PDF by the shell. Pure. Everything the user typed (notes, routine
 * names) is escaped. A4, one to two pages for a few weeks: the tables are short, and notes
 * are only those the user chose. The report's own words come from main's catalogs
 * (errors:report) in the language the windows show; they are written there as plain text that
 * is safe in HTML (no <, & or "), so they go in as they are and only the values are escaped.
 */

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Dates as the report's language writes them (English: the British day-month order). */
const DATE_LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es-ES', de: 'de-DE' };

const longDate = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(DATE_LOCALES[mainLanguage()], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

const shortDate = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(DATE_LOCALES[mainLanguage()], {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** One decimal, with the decimal comma in Spanish and German. */
const decimal = (value: number): string => {
  const language = mainLanguage();
  return language === 'en'
    ? value.toFixed(1)
    : value.toLocaleString(DATE_LOCALES[language], {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
};
const score = (value: number | undefined): string => (value === undefined ? '–' : decimal(value));

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
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(tm('errors:report.chart.label'))}">${grid}${line((w) => w.painBefore, '')}${line((w) => w.painAfter, '4 3')}${labels}</svg>
<p class="legend">${tm('errors:report.chart.legend')}</p>`;
}

function reliefRows(rows: ClinicianReport['helped']): string[][] {
  return rows.map((row) => [
    row.title,
    String(row.checkIns),
    tm('errors:report.relief.points', {
      sign: row.averageRelief >= 0 ? '−' : '+',
      points: decimal(Math.abs(row.averageRelief)),
    }),
    tm('errors:report.relief.percent', { percent: Math.round(row.averageRelativeRelief * 100) }),
  ]);
}

export function reportHtml(report: ClinicianReport): string {
  const none = `<p class="muted">${tm('errors:report.nonePeriod')}</p>`;
  const sections: string[] = [];
  sections.push(`<section>
<h2>${tm('errors:report.summary.title')}</h2>
<p>${escape(
    tm('errors:report.summary.sessions', {
      count: report.sessions,
      completed: report.completed,
      minutes: report.minutes,
    }),
  )} ${escape(tm('errors:report.summary.scored', { count: report.scoredBoth }))}</p>
<p class="figures">${tm('errors:report.summary.painBefore')} <strong>${score(report.painBefore)}</strong> · ${tm('errors:report.summary.painAfter')} <strong>${score(report.painAfter)}</strong> <span class="muted">${tm('errors:report.summary.scale')}</span></p>
</section>`);

  sections.push(`<section>
<h2>${tm('errors:report.weeks.title')}</h2>
${table(
  [
    tm('errors:report.weeks.weekOf'),
    tm('errors:report.weeks.sessions'),
    tm('errors:report.weeks.minutes'),
    tm('errors:report.weeks.painBefore'),
    tm('errors:report.weeks.painAfter'),
  ],
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
<h2>${tm('errors:report.areas.title')}</h2>
${
  report.areas.length === 0
    ? `<p class="muted">${tm('errors:report.areas.none')}</p>`
    : table(
        [
          tm('errors:report.areas.area'),
          tm('errors:report.areas.sessions'),
          tm('errors:report.areas.averageBefore'),
          tm('errors:report.areas.averageAfter'),
          tm('errors:report.areas.easedMostBy'),
        ],
        report.areas.map((a) => [
          tm(`errors:report.bodyArea.${a.area}`),
          String(a.sessions),
          score(a.averageBefore),
          score(a.averageAfter),
          a.whatHelps[0] ? a.whatHelps[0].title : '–',
        ]),
      )
}
</section>`);

  const reliefHeaders = [
    tm('errors:report.relief.routine'),
    tm('errors:report.relief.sessions'),
    tm('errors:report.relief.averageChange'),
    tm('errors:report.relief.relativeChange'),
  ];
  sections.push(`<section>
<h2>${tm('errors:report.relief.title')}</h2>
<p class="muted">${tm('errors:report.relief.intro')}</p>
<h3>${tm('errors:report.relief.meaningful')}</h3>
${report.helped.length === 0 ? none : table(reliefHeaders, reliefRows(report.helped))}
<h3>${tm('errors:report.relief.lessThanMeaningful')}</h3>
${report.notHelped.length === 0 ? none : table(reliefHeaders, reliefRows(report.notHelped))}
</section>`);

  sections.push(`<section>
<h2>${tm('errors:report.used.title')}</h2>
${
  report.routines.length === 0
    ? `<p class="muted">${tm('errors:report.used.none')}</p>`
    : table(
        [
          tm('errors:report.used.routine'),
          tm('errors:report.used.sessions'),
          tm('errors:report.used.minutes'),
        ],
        report.routines.map((r) => [r.title, String(r.sessions), String(r.minutes)]),
      )
}
${
  report.techniques.length === 0
    ? ''
    : `<p>${tm('errors:report.used.techniques', {
        list: report.techniques
          .map((t) =>
            tm('errors:report.used.technique', { name: escape(t.name), sessions: t.sessions }),
          )
          .join(', '),
      })}</p>`
}
</section>`);

  if (report.notes.length > 0) {
    sections.push(`<section>
<h2>${tm('errors:report.notes.title')}</h2>
<ul class="notes">${report.notes
      .map(
        (n) =>
          `<li><strong>${tm('errors:report.notes.heading', {
            date: escape(longDate(n.date)),
            routine: escape(n.routine),
          })}</strong> ${escape(n.text)}</li>`,
      )
      .join('')}</ul>
</section>`);
  }

  sections.push(`<section>
<h2>${tm('errors:report.cautions.title')}</h2>
${
  report.cautions.length === 0
    ? `<p class="muted">${tm('errors:report.cautions.none')}</p>`
    : `<ul>${report.cautions.map((c) => `<li>${escape(c)}</li>`).join('')}</ul>`
}
</section>`);

  const period = {
    from: escape(longDate(report.from)),
    to: escape(longDate(report.to)),
  };
  return `<!doctype html>
<html lang="${mainLanguage()}">
<head>
<meta charset="utf-8">
<title>${tm('errors:report.page.title', period)}</title>
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
<h1>${tm('errors:report.page.heading')}</h1>
<p>${tm('errors:report.page.period', { ...period, madeOn: escape(longDate(report.madeOn)) })}</p>
<p class="muted">${tm('errors:report.page.intro')}</p>
</header>
${sections.join('\n')}
<footer>${tm('errors:report.page.footer')}</footer>
</body>
</html>
`;
}
