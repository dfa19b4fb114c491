// Preloaded (node -r) into every process a hostile-input case starts: on exit, appends the
// process's peak resident memory (KB) to the file named by HOSTILE_PEAK_FILE, so the suite can
// report the worst of a case's processes (the bin itself runs in one, but a case may start more).
const fs = require('node:fs');

const file = process.env.HOSTILE_PEAK_FILE;
if (file) {
  process.on('exit', () => {
    try {
      fs.appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS}\n`);
    } catch {
      // A case that removed its own folder: nothing to report.
    }
  });
}
