// One `x-ms-connector-metadata` entry (Website, Privacy policy), found by its propertyName.
import { useTabSession } from '../../session/session-context';
import { TextField } from '../fields/text-field';

interface Props {
  label: string;
  name: string;
  value: string;
}

export function MetadataField({ label, name, value }: Props) {
  const session = useTabSession();
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
