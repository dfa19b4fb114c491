// OAuth 2.0 tokens of test connections, kept in main only.
import type { SecretVault } from '../secret-vault';
import type { ConnectionService, TokenService } from '../service-context';

export function createTokenService(_deps: { appDataDir: string; secrets: SecretVault; connections: ConnectionService }): TokenService {
  return { accessToken: async () => undefined, refreshAfterUnauthorized: async () => undefined };
}
