// V8 optimises a function only after it has run a while: on a large connector the first passes of
// a worker after opening (the form builder, the checker) take two to three times as long as later
// ones. So once a worker has sent its first answer, and while nothing real is waiting, it runs its
// pass a few more times with the results dropped, and the first keystrokes are answered about as
// fast as later ones. Each pass must work on a fresh parse: results are cached per parsed value.

const PASSES = 3;
const FIRST_AFTER_MS = 200;
const GAP_MS = 50;

/** Starts the extra passes; they stop for good as soon as `busy()` is true. Returns a stop function. */
export function warmUp(pass: () => void, busy: () => boolean): () => void {
  let left = PASSES;
  const step = () => {
    if (left <= 0 || busy()) return;
    left--;
    try {
      pass();
    } catch {
      // The real pass over this same text has reported the failure already; warming up just ends.
      return;
    }
    timer = setTimeout(step, GAP_MS);
  };
  let timer = setTimeout(step, FIRST_AFTER_MS);
  return () => clearTimeout(timer);
}
