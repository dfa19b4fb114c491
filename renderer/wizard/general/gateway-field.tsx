// The portal's "Connect via on-premises data gateway" check box, kept in apiProperties.json.
import { useId } from 'react';
import { usePendingValue } from '../fields/use-pending-value';
import { useTabSession } from '../../session/session-context';
import { usePropertiesValue } from '../code/use-properties-value';
import { gatewayEdits, readGateway } from './gateway';

interface Props {
  disabled: boolean;
}

export function GatewayField({ disabled }: Props) {
  const session = useTabSession();
  const properties = usePropertiesValue(session);
  const state = readGateway(properties);
  const hintId = useId();
  // The box stays as clicked while the edit makes its way into the text and back.
  const [checked, setChecked] = usePendingValue(state.enabled);

  const toggle = (on: boolean) => {
    setChecked(on);
    gatewayEdits(state, on).forEach((op, i) => session.edit('properties', `gateway:${i}`, op));
    session.endEditGroup();
  };

  return (
    <div className="field">
      <label className="check">
        <input type="checkbox" checked={checked} disabled={disabled} aria-describedby={hintId} onChange={(e) => toggle(e.target.checked)} />
        Connect via on-premises data gateway
      </label>
      <p id={hintId} className="field-hint">
        {checked
          ? `Connections choose a gateway (connection parameter ${state.parameters.join(', ') || 'gateway'} of type gatewaySetting, capability "gateway"). Custom code and the Set host URL policy do not run through a gateway.`
          : 'For an API inside your network: adds a gatewaySetting connection parameter and the "gateway" capability to apiProperties.json.'}
      </p>
    </div>
  );
}
