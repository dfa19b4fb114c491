// One rule's test: a change to the clean connector that makes it fire, and optionally a near
// miss that must not.
import type { CertifyProfile } from '../../../../shared/engines/certify';
import type { Json } from '../support';

export interface MutableConnector {
  definition: Json | string | undefined;
  properties: Json | string | undefined;
  script?: string;
  icon?: boolean | Uint8Array;
  readme?: string;
  /** Read as a whole folder (absent files are absent). */
  folder?: boolean;
  bom?: boolean;
}

export interface RuleCase {
  rule: string;
  /** Default: certified (the rule's own profile when it applies to one only). */
  profile?: CertifyProfile;
  bad: (c: MutableConnector & { definition: Json; properties: Json }) => void;
  /** Default: the clean connector. */
  good?: (c: MutableConnector & { definition: Json; properties: Json }) => void;
  /** The JSON pointer the finding must be at. */
  at?: string;
  /**
   * For a finding about a file that is not JSON (no pointer, no ValuePath): that file's name and
   * the line the finding must be at (0: none, for icon.png or an absent file).
   */
  in?: { file: string; line: number };
}

/** paths["/items"].get etc. */
export const op = (c: { definition: Json }, path: string, method: string): Json => c.definition.paths[path][method];
