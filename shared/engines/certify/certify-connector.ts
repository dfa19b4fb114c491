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
}

/** The run in progress (a run is synchronous). */
let running: Run | undefined;

const claiming = (on: boolean): void => {
  if (running) running.inSchemaError = on;
};

const ignore = (): void => {};

interface Setup {
  /** The rules it was made for: a list changed since is set up again. */
  rules: CertifyRule[];
  levels: RuleLevel[];
  /** Whether each rule is on (its level is not 'off'). */
  on: boolean[];
  reports: ((finding: Finding) => void)[];
  plan: HookPlan;
}

/**
 * Each rule's level and report function, made once per rule list and profile rather than per
 * connector: a closure and its context per rule and connector added up to megabytes per corpus.
 */
const setups = new WeakMap<readonly CertifyRule[], Map<CertifyProfile, Setup>>();

function setupFor(rules: readonly CertifyRule[], profile: CertifyProfile): Setup {
  let byProfile = setups.get(rules);
  if (!byProfile) setups.set(rules, (byProfile = new Map()));
  let setup = byProfile.get(profile);
  if (setup && sameRules(setup.rules, rules)) return setup;
  const levels: RuleLevel[] = [];
  const on: boolean[] = [];
  const reports: ((finding: Finding) => void)[] = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const level = levelFor(rule, profile);
    levels.push(level);
    on.push(level !== 'off');
    reports.push(level === 'off' ? ignore : reporter(rule, level, r));
  }
  byProfile.set(profile, (setup = { rules: rules.slice(), levels, on, reports, plan: new HookPlan() }));
  return setup;
}

function sameRules(a: readonly CertifyRule[], b: readonly CertifyRule[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function reporter(rule: CertifyRule, level: Exclude<RuleLevel, 'off'>, r: number): (finding: Finding) => void {
  return (finding) => {
    const run = running;
    // After its run (a rule keeping its report function): dropped, as it always was.
    if (!run) return;
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

  const { on, reports, plan } = setupFor(rules, profile);
  const run: Run = { kept: [], seen: [], inSchemaError: false };
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
