// A connector folder named on the command line (`connector-studio-app ./my-connector`,
// `npm run studio:browser -- ./my-connector`): resolved against the folder the user typed it in, and
// checked before any window opens, so every host answers a bad argument with the same sentence.
import { statSync } from 'node:fs';
import path from 'node:path';

export type FolderArgument = { dir: string } | { error: string };

export function checkFolderArgument(arg: string, cwd: string): FolderArgument {
  const dir = path.resolve(cwd, arg);
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    return { error: `Cannot open ${dir}: it does not exist.` };
  }
  if (!stat.isDirectory()) return { error: `Cannot open ${dir}: it is a file, not a connector folder.` };
  return { dir };
}
