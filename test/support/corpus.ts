// Locates ../shared/corpus (material beside the repository). Tests that need it skip with a visible
// message when it is absent, so a clone elsewhere still passes.
import { existsSync, promises as fs, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Bundled benchmarks (CommonJS) have no import.meta.url; npm runs them from the repository root.
export const REPO_ROOT = import.meta.url ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..') : process.cwd();
export const CORPUS_DIR = process.env.STUDIO_CORPUS ?? path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
export const CONNECTORS_DIR = path.join(CORPUS_DIR, 'connectors');
export const HAVE_CORPUS = existsSync(CONNECTORS_DIR);

if (!HAVE_CORPUS) {
  console.warn(`[corpus] ${CONNECTORS_DIR} is absent: corpus tests are skipped.`);
}

/** Every connector folder of the corpus, as `group/Name` paths relative to CONNECTORS_DIR. */
export function corpusConnectors(): string[] {
  if (!HAVE_CORPUS) return [];
  const out: string[] = [];
  for (const group of readdirSync(CONNECTORS_DIR).sort()) {
    const g = path.join(CONNECTORS_DIR, group);
    if (!statSync(g).isDirectory()) continue;
    for (const name of readdirSync(g).sort()) {
      if (existsSync(path.join(g, name, 'apiDefinition.swagger.json'))) out.push(`${group}/${name}`);
    }
  }
  return out;
}

/**
 * Copies a corpus folder to `target` as a user's own, writable copy. The corpus is read-only, and
 * `fs.cp` keeps modes; the studio refuses to save over a read-only file, as it should.
 */
export async function copyWritable(source: string, target: string): Promise<void> {
  await fs.cp(source, target, { recursive: true });
  const entries = await fs.readdir(target, { recursive: true, withFileTypes: true });
  await fs.chmod(target, 0o755);
  for (const entry of entries) {
    // A link's mode is its target's: never follow one out of the copy.
    if (entry.isSymbolicLink()) continue;
    await fs.chmod(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
}
