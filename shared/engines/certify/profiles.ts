// Profiles: which rules apply, and how severely, for each kind of submission.
//  - custom: what the maker portal needs to save and run a connector;
//  - certified: Microsoft certification of a verified publisher's connector;
//  - independent-publisher: certification of a connector published by someone who does not own the service.
import type { CertifyProfile, CertifyRule, ProfileLevels, RuleLevel } from './types';

export const PROFILE_DESCRIPTIONS: Record<CertifyProfile, string> = {
  custom: 'What the maker portal needs to save and run a custom connector.',
  certified: 'Microsoft certification of a verified publisher connector.',
  'independent-publisher': 'Microsoft certification of an independent publisher connector.',
};

export function levelFor(rule: CertifyRule, profile: CertifyProfile): RuleLevel {
  return typeof rule.severity === 'string' ? rule.severity : rule.severity[profile];
}

/** The same level in every profile. */
export const everywhere = (level: RuleLevel): ProfileLevels => ({ custom: level, certified: level, 'independent-publisher': level });

/** A certification requirement: `level` for both certification profiles, `custom` (default off) otherwise. */
export const forCertification = (level: RuleLevel, custom: RuleLevel = 'off'): ProfileLevels => ({
  custom,
  certified: level,
  'independent-publisher': level,
});
