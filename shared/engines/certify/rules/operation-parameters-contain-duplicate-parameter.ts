import type { ParameterView } from '../../../core/model';
import type { CertifyRule, ParameterNode } from '../types';

/** Written in the operation (op.parameters also holds the path item's), and resolved. */
function own(p: ParameterNode): boolean {
  return !p.view.fromPathItem && p.value !== undefined;
}

/** The same place and name, names compared without case. */
function sameParameter(a: ParameterView, b: ParameterView): boolean {
  return a.in === b.in && sameWithoutCase(a.name, b.name);
}

/** `a.toLowerCase() === b.toLowerCase()`, without lower-cased copies for ASCII names (nearly all). */
function sameWithoutCase(a: string, b: string): boolean {
  if (a === b) return true;
  // ASCII names of different lengths differ in any case; only other letters can change length
  // when lower-cased ("İ"). Every pair of an operation's parameters is compared.
  if (a.length !== b.length) return (!isAscii(a) || !isAscii(b)) && a.toLowerCase() === b.toLowerCase();
  for (let i = 0; i < a.length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x >= 128 || y >= 128) return a.toLowerCase() === b.toLowerCase();
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

export const operationParametersContainDuplicateParameter: CertifyRule = {
  id: 'OperationParametersContainDuplicateParameter',
  microsoft: true,
  category: 'parameter',
  severity: 'error',
  readsElsewhere: 'document',
  description: "An operation's parameters list has no two parameters with the same name and location.",
  check(_ctx, report) {
    return {
      onOperation(op) {
        // The operation's own list, already resolved (op.parameters also holds the path item's).
        if (op.parameters.length < 2) return;
        // Each against those before it: lists are short, and no key string is built per parameter.
        const params = op.parameters;
        for (let i = 1; i < params.length; i++) {
          const p = params[i]!;
          if (!own(p)) continue;
          for (let j = 0; j < i; j++) {
            if (!own(params[j]!) || !sameParameter(params[j]!.view, p.view)) continue;
            report({ pointer: p.pointer, message: `Parameter "${p.view.name}" (in ${p.view.in}) is listed twice in this operation.` });
            break;
          }
        }
      },
    };
  },
};
