// The dynamic content the operation gives the steps after it, as the designer lists it: one token
// per response property with its label, type and description, nested ones as "Parent Child", the
// ones inside arrays marked "Apply to each", advanced ones after "See more", internal ones absent.
import { useId, useState } from 'react';
import type { OutputToken, PreviewOutputs } from '../../../../shared/engines/designer-preview';
import { dynamicSourceText } from './preview-field';

function Token({ token: t }: { token: OutputToken }) {
  return (
    <li className="preview-token">
      <span className="token-chip">{t.label}</span> <span className="token-type">{t.type}</span>
      {t.applyToEach ? <span className="badge">Apply to each: {t.applyToEach}</span> : null}
      {t.path && t.labelFrom === 'name' ? <span className="badge badge-warn">named after {t.path}</span> : null}
      {t.description ? <span className="token-description">{t.description}</span> : null}
    </li>
  );
}

export function PreviewOutputsView({ outputs }: { outputs: PreviewOutputs | undefined }) {
  const moreId = useId();
  const [more, setMore] = useState(false);
  if (!outputs)
    return <p className="field-hint">No successful response declares a schema: the steps after this one get no tokens from it.</p>;
  const main = outputs.tokens.filter((t) => !t.advanced);
  const advanced = outputs.tokens.filter((t) => t.advanced);
  return (
    <>
      <p className="field-hint">
        From {outputs.source}.{outputs.splitOn ? ' A batch trigger: the flow runs once per item, so the items’ tokens need no loop.' : ''}
        {outputs.hidden ? ` ${outputs.hidden} internal ${outputs.hidden === 1 ? 'property is' : 'properties are'} not offered.` : ''}
      </p>
      {outputs.dynamic ? (
        <p className={outputs.dynamic.found ? 'preview-dynamic' : 'preview-dynamic warn'}>
          More tokens are loaded from {dynamicSourceText(outputs.dynamic)} ({outputs.dynamic.extension}).
        </p>
      ) : null}
      <ul className="token-list" aria-label="Dynamic content">
        {main.map((t) => (
          <Token key={t.key} token={t} />
        ))}
      </ul>
      {advanced.length ? (
        <>
          <button type="button" className="secondary small" aria-expanded={more} aria-controls={moreId} onClick={() => setMore(!more)}>
            {more ? 'See less' : `See more (${advanced.length})`}
          </button>
          <ul className="token-list" id={moreId} hidden={!more} aria-label="More dynamic content">
            {more ? advanced.map((t) => <Token key={t.key} token={t} />) : null}
          </ul>
        </>
      ) : null}
      {outputs.truncated ? <p className="field-hint">The list stops here: the schema has more properties than the preview shows.</p> : null}
    </>
  );
}
