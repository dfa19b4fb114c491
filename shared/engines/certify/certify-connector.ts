// The certification checker: runs every rule of a profile over a loaded connector in one walk and
// returns located diagnostics (file, line, column, JSON pointer and paconn ValuePath), with a fix
// where the correction is mechanical.
import type { LoadedConnector } from '../../core/connector';
import { asObject, resolveRef } from '../../core/model';
import { locate } from './locate-findings';
import { buildOperationNodes, indexById } from './operation-nodes';
import { levelFor } from './profiles';
import { RULES } from './rules';
import type { CertifyDiagnostic, CertifyProfile, CertifyRule, Finding, RuleContext, RuleLevel, RuleVisitor } from './types';
import { ValuePaths } from './value-path';
import { specificWins } from './specific-wins';
import { walkConnector } from './walk-connector';
import { HookPlan } from './walk-hooks';

export interface CertifyOptions {
  /** Default: certified. */
  profile?: CertifyProfile;
  /** Default: every registered rule. */
  rules?: readonly CertifyRule[];
}

export interface CertifyResult {
  profile: CertifyProfile;
  diagnostics: CertifyDiagnostic[];
  errors: number;
  warnings: number;
  infos: number;
  /**
   * Findings not reported because they depend on text a syntax error left unsure (they may be
   * consequences of the error): see unread-text.ts.
   */
  withheld: number;
}

interface Kept {
  rule: CertifyRule;
  level: Exclude<RuleLevel, 'off'>;
  finding: Finding;
  /** Reported while claiming a JSON Schema violation (onSchemaError). */
  fromSchema: boolean;
}

/** What one run collects: the rules' report functions, made once per rule list and profile, write to it. */
interface Run {
  kept: Kept[];
  /**
   * One finding per rule, file, pointer and message: each rule's messages by place, made on its
   * first report (most rules report nothing), so that no key string is built per finding.
   */
  seen: (Map<string, string | Set<string>> | undefined)[];
  /** A rule is claiming a JSON Schema violation (onSchemaError). */
  inSchemaError: boolean;
  /** Each rule's level in this run's profile. */
  levels: RuleLevel[];
}

/** The run in progress (a run is synchronous). */
let running: Run | undefined;

const claiming = (on: boolean): void => {
  if (running) running.inSchemaError = on;
};

interface Setup {
  /** The rules it was made for: a list changed since is set up again. */
  rules: CertifyRule[];
  levels: RuleLevel[];
  /** Whether each rule is on (its level is not 'off'). */
  on: boolean[];
  reports: ((finding: Finding) => void)[];
  plan: HookPlan;
}

/** A rule list's report functions (one per rule, whatever the profile) and its set-up per profile. */
interface ForRules {
  rules: CertifyRule[];
  reports: ((finding: Finding) => void)[];
  byProfile: Map<CertifyProfile, Setup>;
}

/**
 * Each rule's level and report function, made once per rule list rather than per connector: a
 * closure and its context per rule and connector added up to megabytes per corpus. One report
 * function per rule, reading its level from the run, serves every profile: with one per profile,
 * each rule's report call saw several targets, and the optimizing compiler copied each of them
 * into every hook that reports.
 */
const setups = new WeakMap<readonly CertifyRule[], ForRules>();

function setupFor(rules: readonly CertifyRule[], profile: CertifyProfile): Setup {
  let forRules = setups.get(rules);
  if (!forRules || !sameRules(forRules.rules, rules)) {
    const reports: ((finding: Finding) => void)[] = [];
    for (let r = 0; r < rules.length; r++) reports.push(reporter(rules[r]!, r));
    setups.set(rules, (forRules = { rules: rules.slice(), reports, byProfile: new Map() }));
  }
  let setup = forRules.byProfile.get(profile);
  if (setup) return setup;
  const levels: RuleLevel[] = [];
  const on: boolean[] = [];
  for (let r = 0; r < rules.length; r++) {
    const level = levelFor(rules[r]!, profile);
    levels.push(level);
    on.push(level !== 'off');
  }
  forRules.byProfile.set(profile, (setup = { rules: forRules.rules, levels, on, reports: forRules.reports, plan: new HookPlan() }));
  return setup;
}

function sameRules(a: readonly CertifyRule[], b: readonly CertifyRule[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function reporter(rule: CertifyRule, r: number): (finding: Finding) => void {
  return (finding) => {
    const run = running;
    // After its run (a rule keeping its report function): dropped, as it always was.
    if (!run) return;
    const level = run.levels[r]!;
    // Off in this run's profile: the rule still runs when it owns schema errors, unheard.
    if (level === 'off') return;
    const place = finding.file === 'properties' ? `\u0000${finding.pointer}` : finding.pointer;
    const message = finding.message;
    let seen = run.seen[r];
    if (!seen) run.seen[r] = seen = new Map();
    const had = seen.get(place);
    if (had === undefined) seen.set(place, message);
    else if (typeof had === 'string') {
      if (had === message) return;
      seen.set(place, new Set([had, message]));
    } else {
      if (had.has(message)) return;
      had.add(message);
    }
    run.kept.push({ rule, level, finding, fromSchema: run.inSchemaError });
  };
}

export function certifyConnector(connector: LoadedConnector, options: CertifyOptions = {}): CertifyResult {
  const profile = options.profile ?? 'certified';
  const rules = options.rules ?? RULES;
  const definition = connector.files.definition?.doc;
  const properties = connector.files.properties?.doc;
  const root = asObject(definition?.value) ?? {};
  const operations = buildOperationNodes(root, connector.model);
  const ctx: RuleContext = {
    profile,
    connector,
    model: connector.model,
    definition,
    root,
    properties,
    apiProperties: asObject(asObject(properties?.value)?.properties) ?? {},
    operations,
    operationsById: indexById(operations),
    // Through the model's per-document cache of references.
    resolve: (node) => {
      const r = resolveRef(root, node);
      return { pointer: r.resolvedPointer, value: r.target };
    },
    hasScript: connector.files.script !== undefined,
    hasIcon: connector.icon !== undefined,
  };

  const { levels, on, reports, plan } = setupFor(rules, profile);
  const run: Run = { kept: [], seen: [], inSchemaError: false, levels };
  const visitors: RuleVisitor[] = [];
  // Nested runs (none today) would find their own run here, and the caller's back after.
  const outer = running;
  running = run;
  try {
    // Indexed loops here and in the walk: an array iterator costs a result object per step where
    // the loop is not optimized, and these run per connector.
    for (let r = 0; r < rules.length; r++) visitors.push(rules[r]!.check(ctx, reports[r]!));
    walkConnector(ctx, { visitors, on, plan, claiming });
  } finally {
    running = outer;
  }
  const kept = run.kept;

  const { diagnostics, withheld } = locate(specificWins(kept), connector, new ValuePaths(operations));
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { profile, diagnostics, errors, warnings, infos, withheld };
}
