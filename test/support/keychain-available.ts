// Whether a real OS keychain answers here (scripts/with-keychain.sh gives tests a private one). Asked of
// the library directly, never of the artifact under test, so a broken artifact cannot skip its own test.
import { loadKeytar, probeKeychain } from '../../main/services/secret-store';

export async function keychainAvailable(what: string): Promise<boolean> {
  try {
    await probeKeychain(await loadKeytar());
    return true;
  } catch {
    const message = `[keychain] no working OS keychain here (run under scripts/with-keychain.sh): ${what} skipped.`;
    if (process.env.STUDIO_REQUIRE_KEYCHAIN === '1') throw new Error(message.replace('skipped', 'required'));
    console.warn(message);
    return false;
  }
}
