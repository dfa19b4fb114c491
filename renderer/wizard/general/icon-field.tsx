// "Upload connector icon": a PNG or JPG under 1 MB, shown on the icon background colour as the
// portal shows it, written as icon.png by the next save.
import { useId, useState, type ChangeEvent } from 'react';
import { useStore } from '../../session/use-store';
import { formatSize } from '../code/script-limits';
import type { IconFile } from './icon-file';
import { prepareIcon } from './icon-image';
import { errorMessage } from '../../../shared/core/error-message';

interface Props {
  /** The session's icon.png. */
  icon: IconFile;
  /** The icon background color, when it is a valid #RRGGBB. */
  color: string | undefined;
}

export function IconField({ icon, color }: Props) {
  const state = useStore(icon);
  const inputId = useId();
  const hintId = useId();
  const [error, setError] = useState<string>();
  const [reading, setReading] = useState(false);

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    setReading(true);
    setError(undefined);
    try {
      const result = await prepareIcon(file);
      if ('error' in result) setError(result.error);
      else icon.choose(result.icon);
    } catch (err) {
      setError(`${file.name} cannot be read: ${errorMessage(err)}.`);
    } finally {
      setReading(false);
      // The same file may be chosen again after a change on disk.
      input.value = '';
    }
  };

  const chosen = state.chosen;
  return (
    <div className="icon-field">
      <div className="icon-preview" style={color ? { background: color } : undefined}>
        {state.base64 ? (
          <img src={`data:image/png;base64,${state.base64}`} alt="Connector icon" />
        ) : (
          <span className="icon-none">No icon</span>
        )}
      </div>
      <div className="icon-upload">
        <label htmlFor={inputId}>Upload connector icon</label>
        <input
          id={inputId}
          type="file"
          accept=".png,.jpg,.jpeg,image/png,image/jpeg"
          aria-describedby={hintId}
          onChange={(e) => void onChange(e)}
        />
        <p id={hintId} className="field-hint">
          PNG or JPG, under 1 MB, saved as icon.png (a JPG is converted). Certification asks for about 230 × 230 pixels on a background that
          is not transparent and matches the icon background color.
        </p>
        <p className="icon-status" role="status">
          {reading
            ? 'Reading the image…'
            : chosen
              ? `${chosen.fileName}: ${chosen.format === 'png' ? 'PNG' : 'JPG converted to PNG'}, ${chosen.width} × ${chosen.height} pixels, ${formatSize(chosen.bytes)}.${state.dirty ? ' Saving writes icon.png.' : ''}`
              : state.base64
                ? 'icon.png from the folder.'
                : 'The folder has no icon.png.'}
        </p>
        {error ? (
          <p role="alert" className="error icon-error">
            {error}
          </p>
        ) : null}
        {chosen?.warnings.length ? (
          <ul className="icon-warnings">
            {chosen.warnings.map((w) => (
              <li key={w} className="warn">
                {w}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
