// A failure a user can act on: a stable code for programs and one clear sentence for people.
export class StudioError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StudioError';
  }
}
