import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';
import { isShownField } from './parameter-summary-required';

export const parameterDescriptionRequired: CertifyRule = {
  id: 'ParameterDescriptionRequired',
  microsoft: false,
  requirement: 'SUMMARY-REQ',
  category: 'parameter',
  severity: forCertification('warning'),
  description: 'Every parameter shown in the designer has a description: the hint under its field.',
  check(_ctx, report) {
    const seen = new Set<string>();
    return {
      onParameter(p) {
        if (!isShownField(p)) return;
        // Most parameters have a description: told before their place (a string to hash) is looked
        // up, from the view (one shape; the string, undefined for any other value). The object is
        // read only without one, to tell a missing key from another value.
        const text = p.view.description;
        if (text !== undefined && text.trim() !== '') return;
        const d = p.value!.description;
        if (d !== undefined && typeof d !== 'string') return;
        if (seen.has(p.target)) return;
        seen.add(p.target);
        report({
          pointer: d === undefined ? p.target : `${p.target}/description`,
          at: d === undefined ? 'key' : 'value',
          message: `Parameter "${p.view.name}" has no description; add a sentence saying what to enter (it is the hint shown under the field).`,
        });
      },
    };
  },
};
