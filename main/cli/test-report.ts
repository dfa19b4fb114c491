// What `connector-studio test` prints: text for people, JSON for programs, JUnit XML for CI.
// Results arrive with secrets already masked (services/operation-run.ts).
import path from 'node:path';
import type { HttpTiming } from '../services/http-client';
import { formatDuration } from '../services/network-errors';
import type { LocatedMismatch, OperationTestResult } from '../services/operation-run';

export interface SkippedOperation {
  operation: string;
  method: string;
  path: string;
  reason: string;
}

export interface TestReport {
  source: string;
  folder: string;
  title: string;
  /** Problems in the connector files and unknown connection parameters. */
  warnings: string[];
  results: OperationTestResult[];
  skipped: SkippedOperation[];
}

const BODY_LINES = 40;
const BODY_CHARS = 4000;

function timingText(t: HttpTiming): string {
  const parts = [
    t.dnsMs !== undefined ? `DNS ${formatDuration(t.dnsMs)}` : '',
    t.connectMs !== undefined ? `connect ${formatDuration(t.connectMs)}` : '',
    t.tlsMs !== undefined ? `TLS ${formatDuration(t.tlsMs)}` : '',
    t.firstByteMs !== undefined ? `first byte ${formatDuration(t.firstByteMs)}` : '',
  ].filter(Boolean);
  return `${formatDuration(t.totalMs)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

function preview(body: string): string[] {
  const all = body.split('\n');
  let shown = all.slice(0, BODY_LINES).join('\n');
  if (shown.length > BODY_CHARS) shown = shown.slice(0, BODY_CHARS);
  const lines = shown.split('\n');
  if (shown.length < body.length) lines.push(`... (cut here: ${all.length} lines, ${body.length} characters in all)`);
  return lines;
}

/** `file:line:col error ResponseSchemaMismatch message`, like the other commands' diagnostics. */
export function mismatchLine(m: LocatedMismatch, folder: string): string {
  return `${path.join(folder, m.file)}:${m.line}:${m.column} error ResponseSchemaMismatch ${m.message}`;
}

const indent = (lines: string[], by = '   ') => lines.map((l) => (l === '' ? l : by + l));

function operationText(r: OperationTestResult, folder: string): string {
  const lines = [`== ${r.operation}  ${r.method} ${r.path}`];
  if (r.request) lines.push(...indent(r.request.curl.split('\n')));
  const res = r.response;
  if (res) {
    lines.push(
      `   <- ${res.status}${res.statusText ? ` ${res.statusText}` : ''}  ${timingText(res.timing)}${res.redirects.length ? `, after ${res.redirects.length} redirect${res.redirects.length > 1 ? 's' : ''} to ${res.url}` : ''}`,
    );
    lines.push(
      ...indent(
        Object.entries(res.headers).map(([k, v]) => `${k}: ${v}`),
        '      ',
      ),
    );
    if (res.body !== '') lines.push(...indent(preview(res.body)));
  }
  for (const n of [...r.notes, ...(r.check?.notes ?? [])]) lines.push(`   note: ${n}`);
  for (const m of r.check?.mismatches ?? []) {
    lines.push(mismatchLine(m, folder));
    lines.push(`     at ${m.path} in the body; schema ${m.keywordPointer}`);
  }
  if (r.check?.omitted) lines.push(`   ... and ${r.check.omitted} more mismatches`);
  lines.push(r.outcome === 'passed' ? `   PASS ${r.operation}` : `   FAIL ${r.operation}: ${r.problems.join(' ')}`);
  return lines.join('\n');
}

function counts(report: TestReport) {
  const failed = report.results.filter((r) => r.outcome === 'failed').length;
  return { passed: report.results.length - failed, failed, skipped: report.skipped.length };
}

function summaryText(report: TestReport): string {
  const c = counts(report);
  const lines: string[] = [];
  for (const s of report.skipped) lines.push(`skipped ${s.operation}: ${s.reason}`);
  if (report.results.length === 0) lines.push('No operation was run.');
  lines.push(`${report.title}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped.`);
  return lines.join('\n');
}

export const textReport = { operation: operationText, summary: summaryText };

export function jsonReport(report: TestReport): string {
  return JSON.stringify(
    {
      source: report.source,
      title: report.title,
      summary: counts(report),
      warnings: report.warnings,
      operations: report.results,
      skipped: report.skipped,
    },
    null,
    2,
  );
}

function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);

export function junitReport(report: TestReport): string {
  const c = counts(report);
  const time = seconds(report.results.reduce((n, r) => n + (r.response?.timing.totalMs ?? 0), 0));
  const suite = xml(report.title);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="connector-studio test" tests="${c.passed + c.failed + c.skipped}" failures="${c.failed}" skipped="${c.skipped}" time="${time}">`,
    `  <testsuite name="${suite}" tests="${c.passed + c.failed + c.skipped}" failures="${c.failed}" skipped="${c.skipped}" errors="0" time="${time}">`,
  ];
  for (const r of report.results) {
    lines.push(`    <testcase classname="${suite}" name="${xml(r.operation)}" time="${seconds(r.response?.timing.totalMs)}">`);
    if (r.outcome === 'failed') {
      const detail = [...r.problems, ...(r.check?.mismatches ?? []).map((m) => `${mismatchLine(m, report.folder)} (at ${m.path})`)].join(
        '\n',
      );
      const type = r.check?.mismatches.length ? 'ResponseSchemaMismatch' : r.response ? 'ErrorStatus' : 'RequestFailed';
      lines.push(`      <failure message="${xml(r.problems[0] ?? 'failed')}" type="${type}">${xml(detail)}</failure>`);
    }
    const out = [
      r.request?.curl ?? '',
      r.response ? `<- ${r.response.status} ${r.response.statusText}` : '',
      ...r.notes.map((n) => `note: ${n}`),
    ]
      .filter(Boolean)
      .join('\n');
    if (out) lines.push(`      <system-out>${xml(out)}</system-out>`);
    lines.push('    </testcase>');
  }
  for (const s of report.skipped) {
    lines.push(
      `    <testcase classname="${suite}" name="${xml(s.operation)}" time="0.000">`,
      `      <skipped message="${xml(s.reason)}"/>`,
      '    </testcase>',
    );
  }
  lines.push('  </testsuite>', '</testsuites>');
  return lines.join('\n');
}
