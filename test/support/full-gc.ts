// A full garbage collection, for benches that time each side together with the collection of
// what it left: interleaved with another measurement, one side's garbage would otherwise be
// collected, and paid for, in the other's time.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
export const fullGc = runInNewContext('gc') as () => void;
