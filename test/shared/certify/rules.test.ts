// Every certification rule: a small change to a clean connector makes it fire (at the expected
// place), a near miss does not, and where it offers a fix, applying the fix silences it there.
import { describe, expect, it } from 'vitest';
import { applyFix, levelFor, RULES, type CertifyDiagnostic } from '../../../shared/engines/certify';
import { FOLDER_CASES, GUIDANCE_CASES, PLATFORM_CASES } from './cases/guidance-cases';
import { METADATA_CASES } from './cases/metadata-cases';
import { OPERATION_CASES } from './cases/operation-cases';
import { PARAMETER_CASES } from './cases/parameter-cases';
import type { MutableConnector, RuleCase } from './cases/rule-case';
import { STRUCTURE_CASES } from './cases/structure-cases';
import { PROPERTIES_CASES, SECURITY_CASES, WEBHOOK_CASES } from './cases/webhook-security-properties-cases';
import { certifyInline, goodDefinition, goodProperties, loadInline, type Json } from './support';

const FAMILIES: Record<string, RuleCase[]> = {
  structure: STRUCTURE_CASES,
  metadata: METADATA_CASES,
  operations: OPERATION_CASES,
  parameters: PARAMETER_CASES,
  webhooks: WEBHOOK_CASES,
  security: SECURITY_CASES,
  properties: PROPERTIES_CASES,
  guidance: GUIDANCE_CASES,
  platform: PLATFORM_CASES,
  folder: FOLDER_CASES,
};

function fresh(): MutableConnector & { definition: Json; properties: Json } {
  return { definition: goodDefinition(), properties: goodProperties() };
}

function run(k: RuleCase, mutate: RuleCase['bad'] | undefined) {
  const c = fresh();
  mutate?.(c);
  const profile = k.profile ?? 'certified';
  return { c, profile, result: certifyInline(c, profile) };
}

describe('every rule has a case', () => {
  it('the case tables name each registered rule exactly once', () => {
    const cased = Object.values(FAMILIES)
      .flat()
      .map((k) => k.rule);
    expect([...cased].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('each rule is on in the profile its case runs under', () => {
    for (const k of Object.values(FAMILIES).flat()) {
      const rule = RULES.find((r) => r.id === k.rule)!;
      expect(levelFor(rule, k.profile ?? 'certified'), k.rule).not.toBe('off');
    }
  });
});

for (const [family, cases] of Object.entries(FAMILIES)) {
  describe(`${family} rules`, () => {
    for (const k of cases) {
      it(`${k.rule} fires`, () => {
        const { result } = run(k, k.bad);
        const found = result.diagnostics.filter((d) => d.code === k.rule);
        expect(found.length, `${k.rule} should fire; got ${result.diagnostics.map((d) => d.code).join(', ')}`).toBeGreaterThan(0);
        if (k.at !== undefined) expect(found.map((d) => d.pointer)).toContain(k.at);
        if (k.in) {
          // A file that is not JSON: the finding is in it, at its line (none for a binary or absent file), with no pointer.
          for (const d of found) {
            expect({ file: d.file, line: d.line, column: d.column }).toEqual({ ...k.in, column: k.in.line ? 1 : 0 });
            expect(d.pointer).toBeUndefined();
            expect(d.valuePath).toBeUndefined();
            expect(d.message).toMatch(/\S/);
          }
          return;
        }
        for (const d of found) {
          expect(d.line).toBeGreaterThan(0);
          expect(d.column).toBeGreaterThan(0);
          expect(d.message).toMatch(/\S/);
          expect(d.valuePath).toBeTruthy();
        }
      });

      it(`${k.rule} stays quiet${k.good ? ' on a near miss' : ' on the clean connector'}`, () => {
        const { result } = run(k, k.good);
        expect(result.diagnostics.filter((d) => d.code === k.rule)).toEqual([]);
      });
    }
  });
}

describe('fixes', () => {
  const withFix: { k: RuleCase; d: CertifyDiagnostic }[] = [];
  for (const k of Object.values(FAMILIES).flat()) {
    const { result } = run(k, k.bad);
    for (const d of result.diagnostics) if (d.code === k.rule && d.fix) withFix.push({ k, d });
  }

  it('at least twenty rules offer a mechanical fix', () => {
    expect(new Set(withFix.map((x) => x.k.rule)).size).toBeGreaterThanOrEqual(20);
  });

  for (const { k, d } of withFix) {
    it(`${k.rule}: "${d.fix!.title}" leaves text where the rule no longer fires there`, () => {
      const { c, profile } = run(k, k.bad);
      const loaded = loadInline(c);
      const file = d.file === 'apiProperties.json' ? 'properties' : 'definition';
      const before = loaded.files[file]!.text;
      const after = applyFix(before, d.fix!);
      expect(after).not.toBe(before);
      const fixed = certifyInline({ ...c, [file]: after }, profile);
      // The file still parses as strict JSON, and the finding is gone from where it was.
      expect(loadInline({ ...c, [file]: after }).files[file]!.doc!.isStrict).toBe(true);
      expect(fixed.diagnostics.filter((x) => x.code === k.rule && x.pointer === d.pointer && x.message === d.message)).toEqual([]);
    });
  }
});
