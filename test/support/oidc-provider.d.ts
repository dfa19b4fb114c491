// The part of oidc-provider's API the tests use (the package ships JavaScript only).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface KoaContext {
    method: string;
    path: string;
    status: number;
    body: unknown;
    get(header: string): string;
  }

  interface StoredToken {
    jti: string;
    isExpired: boolean;
    destroy(): Promise<void>;
  }

  interface TokenModel {
    find(value: string): Promise<StoredToken | undefined>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    readonly AccessToken: TokenModel;
    readonly ClientCredentials: TokenModel;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
    on(event: string, listener: (token: { jti: string }) => void): void;
  }
}
