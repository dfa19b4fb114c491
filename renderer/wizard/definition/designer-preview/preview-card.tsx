// The action or trigger as the Power Automate designer shows it: the connector's icon on its brand
// colour, the summary as title, the kind (webhook or polling trigger, batch or single, deprecated),
// the important inputs first, then the others, the advanced ones behind the designer's "Advanced
// parameters" control; internal inputs are not there (their count is said).
import { useId, useState } from 'react';
import type { DesignerPreview } from '../../../../shared/engines/designer-preview';
import { dynamicSourceText, PreviewField } from './preview-field';

const KIND: Record<DesignerPreview['kind'], string> = {
  action: 'Action',
  'webhook-trigger': 'Webhook trigger',
  'polling-trigger': 'Polling trigger',
};

function triggerNote(p: DesignerPreview): string | undefined {
  if (p.trigger === 'batch') return 'Batch: the flow runs once per item the trigger returns.';
  if (p.trigger === 'single') return 'Single: the flow runs once per notification or poll.';
  return undefined;
}

/** Black or white, whichever reads better on the brand colour (WCAG relative luminance). */
function textOn(hex: string): string {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Two letters for a connector without an icon, as the designer shows a generic one. */
function initials(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words[1]![0]}` : (words[0] ?? '?').slice(0, 2)).toUpperCase();
}

interface Props {
  preview: DesignerPreview;
  /** icon.png as base64, when the connector has one. */
  icon: string | undefined;
}

export function PreviewCard({ preview: p, icon }: Props) {
  const titleId = useId();
  const advancedId = useId();
  const [showAdvanced, setShowAdvanced] = useState(false);
  const brand = p.connector.brandColor && /^#[0-9a-f]{6}$/i.test(p.connector.brandColor) ? p.connector.brandColor : '#007ee5';
  const { important, none, advanced } = p.inputs;
  const note = triggerNote(p);
  return (
    <article className="designer-card" aria-labelledby={titleId}>
      <div className="designer-card-header">
        <span className="designer-card-icon" style={{ background: brand, color: textOn(brand) }} aria-hidden="true">
          {icon ? <img src={`data:image/png;base64,${icon}`} alt="" /> : initials(p.connector.title || 'Connector')}
        </span>
        <div className="designer-card-titles">
          <p className="designer-card-connector">{p.connector.title || 'Untitled connector'}</p>
          <p className="designer-card-title" id={titleId}>
            {p.title}
          </p>
        </div>
      </div>
      <p className="designer-card-badges">
        <span className="badge">{KIND[p.kind]}</span>
        {p.trigger ? <span className="badge">{p.trigger === 'batch' ? 'Batch' : 'Single'}</span> : null}
        {p.deprecated ? <span className="badge badge-warn">Deprecated</span> : null}
        {p.visibility !== 'none' ? (
          <span className="badge">
            {p.visibility === 'internal'
              ? 'Internal: not listed'
              : p.visibility === 'important'
                ? 'Listed first'
                : 'Listed under "See more"'}
          </span>
        ) : null}
        {p.titleFrom !== 'summary' ? <span className="badge badge-warn">no summary</span> : null}
      </p>
      {note ? <p className="field-hint">{note}</p> : null}
      {p.description ? <p className="designer-card-description">{p.description}</p> : null}
      <div className="designer-card-inputs">
        {[...important, ...none].map((i) => (
          <PreviewField key={i.key} input={i} />
        ))}
        {!important.length && !none.length && !advanced.length && !p.dynamicInputs.length ? (
          <p className="field-hint">This card has no inputs.</p>
        ) : null}
        {p.dynamicInputs.map((d) => (
          <p key={`${d.extension}:${d.operationId}`} className={d.found ? 'preview-dynamic' : 'preview-dynamic warn'}>
            More fields are loaded from {dynamicSourceText(d)} ({d.extension}).
          </p>
        ))}
        {advanced.length ? (
          <div className="designer-advanced">
            <div className="designer-advanced-bar">
              <span>
                Advanced parameters: showing {showAdvanced ? advanced.length : 0} of {advanced.length}
              </span>
              <button
                type="button"
                className="secondary small"
                aria-expanded={showAdvanced}
                aria-controls={advancedId}
                onClick={() => setShowAdvanced(!showAdvanced)}
              >
                {showAdvanced ? 'Hide all' : 'Show all'}
              </button>
            </div>
            <div id={advancedId} hidden={!showAdvanced}>
              {showAdvanced ? advanced.map((i) => <PreviewField key={i.key} input={i} />) : null}
            </div>
          </div>
        ) : null}
      </div>
      {p.hiddenInputs ? (
        <p className="field-hint">
          {p.hiddenInputs === 1 ? '1 internal input is' : `${p.hiddenInputs} internal inputs are`} not shown (x-ms-visibility: internal).
        </p>
      ) : null}
    </article>
  );
}
