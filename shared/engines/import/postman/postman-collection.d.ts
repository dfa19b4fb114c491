// The part of `postman-collection` that postman-sdk.ts uses. The package ships full typings in
// types/index.d.ts but does not point to them, and they pull in Node's types, which shared/ must
// not see; this declaration states just what is used.
declare module 'postman-collection' {
  interface ListedVariable {
    key?: string;
    value?: unknown;
    disabled?: boolean;
  }
  export class VariableList {
    constructor(parent: unknown, populate: unknown);
    all(): ListedVariable[];
  }
  export class RequestAuth {
    constructor(definition: unknown);
    parameters(): VariableList | undefined;
  }
  export class Request {
    constructor(definition: unknown);
  }
  export class Property {
    static replaceSubstitutions(text: string, variables: unknown[]): string;
  }
}
