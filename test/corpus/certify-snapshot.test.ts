// Calibration of the certification checker on the corpus: every connector Microsoft accepted is
// checked under its own profile (certified-connectors: certified, independent-publisher-connectors:
// independent-publisher, custom-connectors: custom). The error findings must be exactly the ones
// pinned in certify-errors.snapshot.json, each with the reason it is a true finding on an accepted
// connector. A rule that starts firing as an error on many accepted connectors is wrong or is
// guidance (make it a warning); one that stops firing may have lost its bite.
//
// To re-pin after a deliberate change: STUDIO_UPDATE_CERTIFY_SNAPSHOT=1 npx vitest run test/corpus/certify-snapshot.test.ts
// (known reasons are kept; new entries get "TODO", which fails the test until explained).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { certifyConnector, type CertifyProfile, type CertifyResult } from '../../shared/engines/certify';
import { decodeConnectorFiles, loadConnector } from '../../shared/core/connector';
import { readConnectorFolder } from '../../main/services/connector-folder';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

const SNAPSHOT = path.join(path.dirname(new URL(import.meta.url).pathname), 'certify-errors.snapshot.json');

interface Pinned {
  connector: string;
  rule: string;
  reason: string;
  at: string[];
}

interface Snapshot {
  about: string;
  findings: Pinned[];
}

export function profileFor(rel: string): CertifyProfile {
  return rel.startsWith('certified-connectors/')
    ? 'certified'
    : rel.startsWith('independent-publisher-connectors/')
      ? 'independent-publisher'
      : 'custom';
}

describe.skipIf(!HAVE_CORPUS)('corpus: certification errors', () => {
  const results = new Map<string, CertifyResult>();

  beforeAll(async () => {
    for (const rel of corpusConnectors()) {
      const raw = await readConnectorFolder(path.join(CONNECTORS_DIR, rel));
      results.set(rel, certifyConnector(loadConnector(decodeConnectorFiles(raw), raw.icon?.bytes), { profile: profileFor(rel) }));
    }
  }, 300_000);

  it('checks every connector', () => {
    expect(results.size).toBe(corpusConnectors().length);
    expect(results.size).toBeGreaterThan(700);
  });

  it('finds exactly the pinned errors, each with a reason', () => {
    const found = new Map<string, Pinned>();
    for (const [rel, r] of results) {
      for (const d of r.diagnostics) {
        if (d.severity !== 'error') continue;
        const key = `${rel}\u0000${d.code}`;
        const entry = found.get(key) ?? { connector: rel, rule: d.code, reason: '', at: [] };
        entry.at.push(`${d.file} ${d.valuePath}`);
        found.set(key, entry);
      }
    }
    const pinned: Snapshot = existsSync(SNAPSHOT) ? JSON.parse(readFileSync(SNAPSHOT, 'utf8')) : { about: '', findings: [] };
    const reasons = new Map(pinned.findings.map((p) => [`${p.connector}\u0000${p.rule}`, p.reason]));
    const actual = [...found.values()]
      .map((e) => ({
        connector: e.connector,
        rule: e.rule,
        reason: reasons.get(`${e.connector}\u0000${e.rule}`) ?? 'TODO',
        at: [...new Set(e.at)].sort(),
      }))
      .sort((a, b) => a.connector.localeCompare(b.connector) || a.rule.localeCompare(b.rule));
    if (process.env.STUDIO_UPDATE_CERTIFY_SNAPSHOT) {
      writeFileSync(
        SNAPSHOT,
        `${JSON.stringify(
          {
            about:
              pinned.about ||
              'Error findings of the certification checker on the corpus, each with why it stands on a connector Microsoft accepted. See test/corpus/certify-snapshot.test.ts.',
            findings: actual,
          },
          null,
          2,
        )}\n`,
      );
    }
    const strip = (list: Pinned[]) => list.map(({ reason: _r, ...rest }) => rest);
    expect(strip(actual)).toEqual(strip(pinned.findings));
    expect(pinned.findings.filter((p) => !p.reason || p.reason === 'TODO').map((p) => `${p.connector} ${p.rule}`)).toEqual([]);
  });

  it('no error rule fires on more than a handful of accepted connectors', () => {
    const perRule = new Map<string, Set<string>>();
    for (const [rel, r] of results)
      for (const d of r.diagnostics) if (d.severity === 'error') perRule.set(d.code, (perRule.get(d.code) ?? new Set()).add(rel));
    const loud = [...perRule].filter(([, s]) => s.size > 8).map(([rule, s]) => `${rule}: ${s.size}`);
    expect(loud).toEqual([]);
  });

  it('almost every certified connector has no errors under --profile certified', () => {
    const certified = [...results].filter(([rel]) => profileFor(rel) === 'certified');
    const clean = certified.filter(([, r]) => r.errors === 0).length;
    const ip = [...results].filter(([rel]) => profileFor(rel) === 'independent-publisher');
    const ipClean = ip.filter(([, r]) => r.errors === 0).length;
    console.log(
      `[certify] certified connectors with zero errors under --profile certified: ${clean}/${certified.length} (${((100 * clean) / certified.length).toFixed(1)}%); independent publisher: ${ipClean}/${ip.length}`,
    );
    expect(clean / certified.length).toBeGreaterThan(0.9);
    expect(ipClean / ip.length).toBeGreaterThan(0.9);
  });
});
