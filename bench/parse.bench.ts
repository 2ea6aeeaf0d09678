/**
 * parseResponse throughput on the built @errcat/zoho-crm, next to JSON.parse of the same body:
 * a single error, a 100-record 207 body, and an HTML error page. Target: a single error within
 * 2× of JSON.parse (the parse itself is most of the work; everything else is table lookups).
 *
 * Run: pnpm build && pnpm exec tsx bench/parse.bench.ts
 * Each measured iteration parses the body BATCH times, so timer overhead does not swamp a ~1 µs call.
 */
import { pathToFileURL } from 'node:url';
import { parseResponse } from '@errcat/zoho-crm';
import { pairedRatio } from './paired.js';
import type { Section, TargetRow } from './section.js';
import { fmtOps, fmtRatio, mdTable, verdict } from './stats.js';

const BATCH = 100;
const TARGET_SINGLE = 2;

const single = '{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}';

const records = JSON.stringify({
  data: Array.from({ length: 100 }, (_, i) =>
    i % 4 === 3
      ? { code: 'DUPLICATE_DATA', details: { api_name: 'Email', id: `41508680000017${String(i).padStart(5, '0')}` }, message: 'duplicate data', status: 'error' }
      : {
          code: 'SUCCESS',
          details: {
            Modified_Time: '2026-01-10T10:00:00+05:30',
            Modified_By: { name: 'Patricia Boyle', id: '4150868000000225013' },
            Created_Time: '2026-01-10T10:00:00+05:30',
            id: `41508680000017${String(i).padStart(5, '0')}`,
            Created_By: { name: 'Patricia Boyle', id: '4150868000000225013' },
          },
          message: 'record added',
          status: 'success',
        },
  ),
});

const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>502 Bad Gateway</title>
<style>body{font-family:sans-serif;margin:4em}h1{font-size:2em}</style></head>
<body><h1>502 Bad Gateway</h1><p>The server encountered a temporary error and could not complete your request.</p>
<p>Please try again in 30 seconds.</p>${'<!-- padding -->'.repeat(60)}</body></html>`;

interface Case {
  readonly name: string;
  readonly body: string;
  readonly init: { status: number; headers?: Record<string, string> };
  readonly target?: number;
}

const cases: readonly Case[] = [
  { name: `single CRM error (${single.length} B)`, body: single, init: { status: 401 }, target: TARGET_SINGLE },
  { name: `100-record 207 body (${(records.length / 1024).toFixed(1)} KB)`, body: records, init: { status: 207, headers: { 'X-API-CREDITS-REMAINING': '4980' } } },
  { name: `HTML error page (${(html.length / 1024).toFixed(1)} KB)`, body: html, init: { status: 502 } },
];

let sink = 0;

function jsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface Measured {
  readonly name: string;
  readonly parseOps: number;
  readonly jsonOps: number;
  /** Time of parseResponse ÷ time of JSON.parse: the median of the paired rounds, and their range. */
  readonly ratio: number;
  readonly ratioMin: number;
  readonly ratioMax: number;
  readonly rounds: number;
  readonly target?: number;
}

export async function measureParse(time = 100, rounds = 15): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const c of cases) {
    // Sanity: what we time is what we mean to time.
    const check = parseResponse(c.body, c.init);
    if (check.kind === 'success') throw new Error(`${c.name}: expected a failure or partial result`);
    // Paired rounds (paired.ts): parseResponse and JSON.parse alternate, so drift hits both.
    const paired = await pairedRatio(
      () => {
        for (let i = 0; i < BATCH; i++) sink += parseResponse(c.body, c.init).errors.length;
      },
      () => {
        for (let i = 0; i < BATCH; i++) sink += jsonParse(c.body) === undefined ? 0 : 1;
      },
      { time, rounds },
    );
    out.push({
      name: c.name,
      parseOps: paired.aOps * BATCH,
      jsonOps: paired.bOps * BATCH,
      ratio: paired.ratio.median,
      ratioMin: paired.ratio.min,
      ratioMax: paired.ratio.max,
      rounds,
      ...(c.target !== undefined && { target: c.target }),
    });
  }
  return out;
}

/** For bench/run.ts: headline rows and a Markdown table. */
export async function parseSection(): Promise<Section> {
  const measured = await measureParse();
  const rows: TargetRow[] = measured.map((m) => ({
    metric: `parseResponse, ${m.name}`,
    value: `${fmtOps(m.parseOps)} (${fmtRatio(m.ratio)} JSON.parse time, rounds ${fmtRatio(m.ratioMin)}–${fmtRatio(m.ratioMax)})`,
    target: m.target === undefined ? '—' : `≤ ${fmtRatio(m.target)} JSON.parse`,
    ok: m.target === undefined ? undefined : m.ratio <= m.target,
  }));
  const rounds = measured[0]?.rounds ?? 0;
  const markdown = [
    `parseResponse on the built @errcat/zoho-crm and JSON.parse of the same text, timed in ${rounds} alternating rounds (${BATCH} parses per tinybench sample; bench/paired.ts): each round gives a ratio, the figure is their median and the range is theirs, so a slow minute of the machine slows both sides alike. The ops/s columns are medians over the rounds and move with the machine; the ratio is the robust figure.`,
    '',
    mdTable(
      ['body', 'parseResponse', 'JSON.parse', 'time vs JSON.parse (median of rounds)', 'range over rounds', 'target'],
      measured.map((m) => [
        m.name,
        fmtOps(m.parseOps),
        fmtOps(m.jsonOps),
        fmtRatio(m.ratio),
        `${fmtRatio(m.ratioMin)}–${fmtRatio(m.ratioMax)}`,
        m.target === undefined ? '—' : `≤ ${fmtRatio(m.target)} ${verdict(m.ratio <= m.target)}`,
      ]),
    ),
  ].join('\n');
  return { title: 'parseResponse throughput', rows, markdown };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await parseSection();
  console.log(`\n${section.title} (Node ${process.version}, ${BATCH} parses per sample)\n`);
  console.log(section.markdown);
  if (sink === -1) console.log(sink);
}
