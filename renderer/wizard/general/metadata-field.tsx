// One `x-ms-connector-metadata` entry (Website, Privacy policy), found by its propertyName.
import type { ConnectorSession } from '../../studio/connector-session';
import { TextField } from '../fields/text-field';

interface Props {
  session: ConnectorSession;
  label: string;
  name: string;
  value: string;
}

export function MetadataField({ session, label, name, value }: Props) {
  const field = `metadata:${name}`;
  return (
    <TextField
      label={label}
      value={value}
      type="url"
      code
      hint={`x-ms-connector-metadata "${name}"`}
      onChange={(v) => session.edit('definition', field, { kind: 'metadata', name, value: v })}
      onCommit={(v) => {
        if (v === '') session.edit('definition', field, { kind: 'metadata', name, value: undefined });
        session.endEditGroup();
      }}
    />
  );
}
