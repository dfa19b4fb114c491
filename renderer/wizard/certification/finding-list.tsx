// The findings grouped by severity, then by rule; every group collapses. A finding shows its rule,
// message and file:line (the file alone for icon.png or a missing README.md); choosing it selects
// its range in the editor. Up and Down move between the groups and findings (Home and End to the
// first and last), Tab reaches a finding's own buttons.
import { useState, type KeyboardEvent } from 'react';
import { FILE_NAMES } from '../../workers/editable-files';
import type { Finding, RuleInfo } from '../../workers/certify-protocol';
import type { SeverityGroup } from './finding-groups';
import type { FindingTarget } from './finding-target';

interface Props {
  groups: readonly SeverityGroup[];
  rules: Record<string, RuleInfo>;
  targetOf(finding: Finding): FindingTarget | undefined;
  onChoose(finding: Finding): void;
  onShowInForm(finding: Finding, target: FindingTarget): void;
  onFix(finding: Finding): void;
  /** Applies the fixes of every fixable finding of one rule in one file, as one undo step. */
  onFixAll(findings: readonly Finding[]): void;
  /** A fix is being applied: its button is disabled. */
  fixing: number | undefined;
}

/** The fixable findings of a rule, by file, where a file has more than one. */
function fixableByFile(findings: readonly Finding[]): [Finding['file'], Finding[]][] {
  const byFile = new Map<Finding['file'], Finding[]>();
  for (const f of findings) if (f.fixable) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  return [...byFile].filter(([, list]) => list.length > 1);
}

function onNavKey(e: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-nav]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (at < 0 && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) return;
  e.preventDefault();
  const to =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? items.length - 1
        : e.key === 'ArrowDown'
          ? Math.min(items.length - 1, at + 1)
          : Math.max(0, at - 1);
  items[to]?.focus();
}

export function FindingList({ groups, rules, targetOf, onChoose, onShowInForm, onFix, onFixAll, fixing }: Props) {
  // Information is guidance, often hundreds of entries: folded until asked for.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set(['severity:info']));
  const toggle = (key: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div className="finding-groups" onKeyDown={onNavKey}>
      {groups.map((g) => {
        const key = `severity:${g.severity}`;
        const open = !collapsed.has(key);
        const listId = `findings-${g.severity}`;
        return (
          <section key={g.severity} className={`severity-group severity-${g.severity}`} aria-label={`${g.label}: ${g.count}`}>
            <h3 className="group-heading">
              <button type="button" className="disclosure" data-nav aria-expanded={open} aria-controls={listId} onClick={() => toggle(key)}>
                <span className="disclosure-mark" aria-hidden="true">
                  {open ? '▾' : '▸'}
                </span>
                {g.label} <span className="count">({g.count})</span>
              </button>
            </h3>
            <div id={listId} hidden={!open}>
              {open
                ? g.rules.map((r) => {
                    const ruleKey = `${g.severity}:${r.rule}`;
                    const ruleOpen = !collapsed.has(ruleKey);
                    const ruleListId = `findings-${g.severity}-${r.rule}`;
                    return (
                      <div key={r.rule} className="rule-group">
                        <h4 className="group-heading">
                          <button
                            type="button"
                            className="disclosure"
                            data-nav
                            aria-expanded={ruleOpen}
                            aria-controls={ruleListId}
                            onClick={() => toggle(ruleKey)}
                          >
                            <span className="disclosure-mark" aria-hidden="true">
                              {ruleOpen ? '▾' : '▸'}
                            </span>
                            <code>{r.rule}</code> <span className="count">({r.findings.length})</span>
                          </button>
                        </h4>
                        {rules[r.rule] ? <p className="rule-description">{rules[r.rule]!.description}</p> : null}
                        {fixableByFile(r.findings).map(([file, list]) => (
                          <button
                            key={file}
                            type="button"
                            className="secondary small fix-all"
                            disabled={fixing !== undefined}
                            onClick={() => onFixAll(list)}
                          >
                            Fix all {list.length} in {FILE_NAMES[file]}
                          </button>
                        ))}
                        <ul id={ruleListId} className="finding-items" hidden={!ruleOpen}>
                          {ruleOpen
                            ? r.findings.map((f) => {
                                const target = targetOf(f);
                                return (
                                  <li key={f.index} className="finding">
                                    <button type="button" className="finding-main" data-nav onClick={() => onChoose(f)}>
                                      <span className="finding-message">{f.message}</span>
                                      <span className="finding-where">
                                        {f.elsewhere ?? FILE_NAMES[f.file]}
                                        {f.line > 0 ? `:${f.line}:${f.column}` : null}
                                      </span>
                                    </button>
                                    <span className="finding-actions">
                                      {f.fixable ? (
                                        <button
                                          type="button"
                                          className="secondary small"
                                          disabled={fixing === f.index}
                                          onClick={() => onFix(f)}
                                        >
                                          Quick fix
                                        </button>
                                      ) : null}
                                      {target ? (
                                        <button type="button" className="secondary small" onClick={() => onShowInForm(f, target)}>
                                          Show in form: {target.label}
                                        </button>
                                      ) : null}
                                    </span>
                                  </li>
                                );
                              })
                            : null}
                        </ul>
                      </div>
                    );
                  })
                : null}
            </div>
          </section>
        );
      })}
    </div>
  );
}
