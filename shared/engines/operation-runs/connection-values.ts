// Connection parameter values for a test run: which are secret, and the defaults apiProperties.json
// declares for the others.
import { asObject, entries } from '../../core/model';
import type { ConnectorModel } from '../../core/model';

const SECRET_TYPES = new Set(['securestring', 'oauthsetting', 'secureobject']);

/**
 * A value is secret when its parameter is a securestring or OAuth setting, and also when the
 * connector does not declare it at all (nothing says it is harmless).
 */
export function isSecretConnectionParameter(model: ConnectorModel, name: string): boolean {
  const declared = model.connectionParameters.filter((p) => p.name === name);
  if (declared.length === 0) return true;
  return declared.some((p) => SECRET_TYPES.has(p.type.toLowerCase()));
}

/** `defaultValue`s of non-secret connection parameters, by name. */
export function connectionDefaults(properties: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of entries(asObject(asObject(properties)?.properties)?.connectionParameters)) {
    const p = asObject(raw);
    if (!p || SECRET_TYPES.has(String(p.type).toLowerCase())) continue;
    const d = p.defaultValue;
    if (typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean') out[name] = String(d);
  }
  return out;
}

/** The connection parameter that holds the OAuth token (type oauthSetting), usually "token". */
export function oauthParameterName(model: ConnectorModel): string | undefined {
  return model.connectionParameters.find((p) => p.type.toLowerCase() === 'oauthsetting' && p.set === undefined)?.name;
}
