// The drift guard (scripts/bench-check.mjs) on ratio files written here: it fails on, and names, every
// ratio more than 20 % worse than accepted (or than the tolerance the file gives a noisy ratio),
// passes on the rest, and --accept rewrites the accepted file.
// The benches themselves are not run (--from gives the measured ratios).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus';

const SCRIPT = path.join(REPO_ROOT, 'scripts/bench-check.mjs');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bench-check-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Tolerances = Record<string, { worseBy: number; why: string }>;

function check(accepted: Record<string, number>, now: Record<string, number>, extra: string[] = [], tolerances?: Tolerances) {
  const acceptedFile = path.join(dir, 'accepted.json');
  const nowFile = path.join(dir, 'now.json');
  writeFileSync(acceptedFile, JSON.stringify(tolerances ? { ratios: accepted, tolerances } : { ratios: accepted }));
  writeFileSync(nowFile, JSON.stringify(now));
  const run = spawnSync(process.execPath, [SCRIPT, `--accepted=${acceptedFile}`, `--from=${nowFile}`, ...extra], { encoding: 'utf8' });
  const file = () => JSON.parse(readFileSync(acceptedFile, 'utf8'));
  return { status: run.status, out: run.stdout + run.stderr, accepted: () => file().ratios, tolerances: () => file().tolerances };
}

describe('bench:check', () => {
  it('fails and lists every ratio more than 20 % worse, with accepted, now and the change', () => {
    const r = check(
      { 'open / floor': 1.5, 'certify cpu / floor': 3, 'import / yardstick': 0.02 },
      { 'open / floor': 1.9, 'certify cpu / floor': 3.3, 'import / yardstick': 0.05 },
    );
    expect(r.status).toBe(1);
    const row = (name: string) => r.out.split('\n').find((l) => l.startsWith(name)) ?? '';
    expect(row('open / floor')).toMatch(/1\.500\s+1\.900\s+\+26\.7 %\s+WORSE$/);
    expect(row('import / yardstick')).toMatch(/0\.020\s+0\.050\s+\+150\.0 %\s+WORSE$/);
    expect(row('certify cpu / floor')).toMatch(/3\.000\s+3\.300\s+\+10\.0 %\s+ok$/);
    expect(r.out).toContain('2 ratios are worse than accepted by more than their tolerance: import / yardstick; open / floor.');
  });

  it('passes when no ratio is more than 20 % worse, better ones and new ones included', () => {
    const r = check(
      { 'open / floor': 1.5, 'certify cpu / floor': 3 },
      { 'open / floor': 1.79, 'certify cpu / floor': 2, 'studio heap / size': 9 },
    );
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/studio heap \/ size\s+-\s+9\.000\s+new/);
    expect(r.out).toContain('no ratio is worse than accepted by more than its tolerance.');
  });

  it('gives a noisy ratio the tolerance the accepted file names for it, and only that ratio', () => {
    const noisy: Tolerances = { 'form edit / frame': { worseBy: 1, why: 'about 1 ms; runs of one build spread 0.9-1.2 ms' } };
    const within = check({ 'form edit / frame': 0.06, 'open / floor': 1.5 }, { 'form edit / frame': 0.11, 'open / floor': 1.5 }, [], noisy);
    expect(within.status).toBe(0);
    expect(within.out).toMatch(/form edit \/ frame\s+0\.060\s+0\.110\s+\+83\.3 %\s+ok \(within \+100 %\)$/m);
    const past = check({ 'form edit / frame': 0.06, 'open / floor': 1.5 }, { 'form edit / frame': 0.13, 'open / floor': 1.85 }, [], noisy);
    expect(past.status).toBe(1);
    expect(past.out).toContain('2 ratios are worse than accepted by more than their tolerance: form edit / frame; open / floor.');
  });

  it('--accept keeps the tolerances the accepted file gives', () => {
    const noisy: Tolerances = { 'form edit / frame': { worseBy: 1, why: 'about 1 ms' } };
    const r = check({ 'form edit / frame': 0.06 }, { 'form edit / frame': 0.07 }, ['--accept'], noisy);
    expect(r.status).toBe(0);
    expect(r.tolerances()).toEqual(noisy);
  });

  it('--accept writes the measured ratios over the accepted ones and keeps those not measured', () => {
    const r = check({ 'open / floor': 1.5, 'certify cpu / floor': 3 }, { 'open / floor': 2.123456 }, ['--accept']);
    expect(r.status).toBe(0);
    expect(r.accepted()).toEqual({ 'certify cpu / floor': 3, 'open / floor': 2.123 });
  });

  it('refuses an unknown option in one sentence', () => {
    const r = check({}, {}, ['--acept']);
    expect(r.status).toBe(2);
    expect(r.out.trim()).toBe('bench:check: unknown option --acept; the options are --accept, --from=<file> and --accepted=<file>.');
  });
});
