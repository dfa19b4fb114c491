import type { CertifyRule } from '../types';

export const KNOWN_POLICY_TEMPLATES = [
  'dynamichosturl',
  'routerequesttoendpoint',
  'setheader',
  'setqueryparameter',
  'setproperty',
  'setvaluefromurl',
  'convertarraytoobject',
  'convertobjecttoarray',
  'stringtoarray',
  'stringreplace',
  'encodepropertyvalue',
  'pollingtrigger',
  'updatenextlink',
  'setconnectionstatustounauthenticated',
  'moveproperties',
  'dynamicsubdomain',
];

export const policyTemplateUnknown: CertifyRule = {
  id: 'PolicyTemplateUnknown',
  microsoft: false,
  requirement: 'Policy templates (connectors.md section 4)',
  category: 'policy',
  severity: 'warning',
  description: 'A policy template instance uses a template id Power Platform provides.',
  check(_ctx, report) {
    return {
      onPolicy(p) {
        if (typeof p.value.templateId !== 'string' || KNOWN_POLICY_TEMPLATES.includes(p.templateId)) return;
        report({
          file: 'properties',
          pointer: `${p.pointer}/templateId`,
          message: `"${p.value.templateId}" is not a known policy template; the known ones are ${KNOWN_POLICY_TEMPLATES.join(', ')}.`,
        });
      },
    };
  },
};
