// "Connect via on-premises data gateway": a connection parameter of type gatewaySetting in
// apiProperties.json (the published schema's shape: type and uiDefinition) and the "gateway"
// capability, as certified gateway connectors have them (connectors.md 1.1, 2.3; CORPUS: Connect
// Bridge, Egnyte). Turning it off removes both; nothing else in the file changes.
import { escapeSegment } from '../../../shared/core/text';
import type { EditOp } from '../../workers/parse-protocol';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);

export const GATEWAY_CAPABILITY = 'gateway';
const PARAMETERS = '/properties/connectionParameters';
const CAPABILITIES = '/properties/capabilities';

export interface GatewayState {
  /** A gatewaySetting connection parameter is there. */
  enabled: boolean;
  /** Names of the gatewaySetting parameters. */
  parameters: string[];
  /** Indexes of "gateway" in capabilities. */
  capabilityIndexes: number[];
  /** capabilities: absent, a list, or something else (left alone). */
  capabilities: 'absent' | 'list' | 'other';
  capabilityCount: number;
  /** Names already taken by connection parameters. */
  taken: string[];
  /** The highest tabIndex among the connection parameters (the gateway comes after them). */
  lastTabIndex: number;
}

function tabIndexOf(parameter: Obj | undefined): number {
  const ui = obj(parameter?.uiDefinition);
  const n = obj(ui?.constraints)?.tabIndex ?? ui?.tabIndex;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

export function readGateway(properties: unknown): GatewayState {
  const props = obj(obj(properties)?.properties);
  const params = obj(props?.connectionParameters) ?? {};
  const parameters = Object.keys(params).filter((k) => obj(params[k])?.type === 'gatewaySetting');
  const caps = props?.capabilities;
  const list = Array.isArray(caps) ? caps : undefined;
  const capabilityIndexes = list ? list.flatMap((c, i) => (c === GATEWAY_CAPABILITY ? [i] : [])) : [];
  return {
    enabled: parameters.length > 0,
    parameters,
    capabilityIndexes,
    capabilities: caps === undefined ? 'absent' : list ? 'list' : 'other',
    capabilityCount: list?.length ?? 0,
    taken: Object.keys(params),
    lastTabIndex: Math.max(0, ...Object.values(params).map((p) => tabIndexOf(obj(p)))),
  };
}

/** The edits (in order, each against the text the previous one left) that turn the gateway on or off. */
export function gatewayEdits(state: GatewayState, on: boolean): EditOp[] {
  const ops: EditOp[] = [];
  if (on) {
    if (!state.enabled) {
      let name = 'gateway';
      for (let n = 2; state.taken.includes(name); n++) name = `gateway${n}`;
      ops.push({
        kind: 'set',
        pointer: `${PARAMETERS}/${escapeSegment(name)}`,
        value: {
          type: 'gatewaySetting',
          uiDefinition: { constraints: { tabIndex: state.lastTabIndex + 1, required: 'true', capability: [GATEWAY_CAPABILITY] } },
        },
      });
    }
    if (!state.capabilityIndexes.length) {
      if (state.capabilities === 'absent') ops.push({ kind: 'set', pointer: CAPABILITIES, value: [GATEWAY_CAPABILITY] });
      else if (state.capabilities === 'list')
        ops.push({ kind: 'set', pointer: `${CAPABILITIES}/${state.capabilityCount}`, value: GATEWAY_CAPABILITY });
    }
  } else {
    for (const name of state.parameters) ops.push({ kind: 'remove', pointer: `${PARAMETERS}/${escapeSegment(name)}` });
    // From the last, so the earlier indexes still point where they did.
    for (const i of [...state.capabilityIndexes].reverse()) ops.push({ kind: 'remove', pointer: `${CAPABILITIES}/${i}` });
  }
  return ops;
}
