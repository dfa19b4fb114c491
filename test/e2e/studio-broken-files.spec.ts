// Every broken file of the corpus (see ../shared/corpus/README.md) opens in the studio with a banner
// that says what is wrong and where, and takes you there in the editor. A text that does not parse
// locks its part of the form (the form shows what could be read); one that parses but is not strict
// JSON, or was not UTF-8, stays editable with a note.
import type { Page } from '@playwright/test';
import path from 'node:path';
import { expect, test } from './fixtures';
import { copyCorpusConnector, editorOf, openStudio } from './studio-support';

type Kind = 'does not parse' | 'not strict JSON' | 'not UTF-8';
const DEF = 'apiDefinition.swagger.json';
const PROPS = 'apiProperties.json';

const BROKEN: { connector: string; file: string; kind: Kind }[] = [
  { connector: 'certified-connectors/Cireson Service Manager Portal', file: DEF, kind: 'not strict JSON' },
  { connector: 'certified-connectors/DocuSignDemo', file: DEF, kind: 'not strict JSON' },
  { connector: 'certified-connectors/Easyvista_Service._Manager', file: DEF, kind: 'not strict JSON' },
  { connector: 'certified-connectors/IN-D Invoice Data Capture', file: DEF, kind: 'does not parse' },
  { connector: 'certified-connectors/PUG Gamified Engagement', file: DEF, kind: 'not strict JSON' },
  { connector: 'certified-connectors/Plumsail Documents', file: DEF, kind: 'not strict JSON' },
  { connector: 'certified-connectors/Revizto (Ireland)', file: DEF, kind: 'not strict JSON' },
  { connector: 'certified-connectors/ZohoSign', file: DEF, kind: 'not strict JSON' },
  { connector: 'certified-connectors/envoy', file: DEF, kind: 'not strict JSON' },
  { connector: 'independent-publisher-connectors/AccuWeather', file: DEF, kind: 'does not parse' },
  { connector: 'independent-publisher-connectors/GIPHY', file: DEF, kind: 'does not parse' },
  { connector: 'independent-publisher-connectors/StabilityAI', file: DEF, kind: 'does not parse' },
  { connector: 'independent-publisher-connectors/XSOAR', file: DEF, kind: 'does not parse' },
  { connector: 'independent-publisher-connectors/Brønnøysundregistrene', file: DEF, kind: 'not UTF-8' },
  { connector: 'independent-publisher-connectors/Yelp', file: DEF, kind: 'not UTF-8' },
  { connector: 'certified-connectors/EleadProductReference', file: DEF, kind: 'not strict JSON' },
  { connector: 'certified-connectors/Rainbird', file: DEF, kind: 'not strict JSON' },
  { connector: 'certified-connectors/RecordedFutureV2', file: DEF, kind: 'not strict JSON' },
  { connector: 'certified-connectors/Shopranos', file: PROPS, kind: 'does not parse' },
  { connector: 'certified-connectors/SigningHub', file: PROPS, kind: 'does not parse' },
  { connector: 'certified-connectors/gofileroom', file: PROPS, kind: 'does not parse' },
];

// One host and one page per kind: the first connector opens with the page, the next ones through the
// Connector folder field, as a person opens one after another (Monaco loads once, not 21 times).
test.describe.configure({ timeout: 180_000 });

for (const kind of ['does not parse', 'not strict JSON', 'not UTF-8'] as const) {
  const cases = BROKEN.filter((b) => b.kind === kind);
  test(`${kind}: ${cases.length} corpus connectors open one after another, each with a banner that shows where`, async ({
    page,
    workDir,
    startHost,
  }) => {
    const dirs: string[] = [];
    for (const c of cases) dirs.push(await copyCorpusConnector(workDir, c.connector));
    const host = await startHost(dirs[0]);
    await openStudio(page, host.url);
    for (const [i, { connector, file }] of cases.entries()) {
      await test.step(`${path.basename(connector)}: ${file}`, async () => {
        const heading = page.getByRole('heading', { level: 1 });
        if (i > 0) {
          // The previous connector's title gives way to this one's (no two here share a title).
          const previous = await heading.innerText();
          await page.getByLabel('Connector folder').fill(dirs[i]!);
          await page.getByRole('button', { name: 'Open', exact: true }).click();
          await expect(heading).not.toHaveText(previous);
        }
        await expect(heading).not.toHaveText('Open a connector');
        await expectBanner(page, file, kind);
      });
    }
  });
}

async function expectBanner(page: Page, file: string, kind: Kind): Promise<void> {
  const banner =
    kind === 'does not parse'
      ? page.getByRole('alert').filter({ hasText: `${file} does not parse` })
      : kind === 'not strict JSON'
        ? page.getByRole('region', { name: `Problems in ${file}` })
        : page.getByRole('region', { name: `Note about ${file}` });
  await expect(banner).toBeVisible();
  if (kind === 'not strict JSON') await expect(banner).toContainText('is not strict JSON');
  if (kind === 'not UTF-8') await expect(banner).toContainText('Windows-1252');
  const where = (await banner.locator('p').first().innerText()).match(/line (\d+), column (\d+)/);
  expect(where, 'the banner names a line and a column').not.toBeNull();
  const line = where![1]!;

  // The form cannot change a file that does not parse; other files stay editable.
  const defField = page.getByLabel('Host');
  const propsField = page.getByLabel('Icon background color');
  if (kind === 'does not parse') {
    await expect(file === DEF ? defField : propsField).toBeDisabled();
    await expect(file === DEF ? propsField : defField).toBeEnabled();
  } else {
    await expect(defField).toBeEnabled();
  }

  await banner
    .getByRole('button', { name: `Go to line ${line}, column ${where![2]}` })
    .first()
    .click();
  await expect(page.locator('.monaco-host')).toHaveAttribute('data-file', file);
  await expect(editorOf(page).locator('.active-line-number')).toHaveText(line);
}
