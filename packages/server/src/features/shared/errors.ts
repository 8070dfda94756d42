/** The thing asked for does not exist (or is not visible to the caller): HTTP 404. */
export class NotFoundError extends Error {
  readonly resource: string;
  constructor(resource: string, message = `${resource} not found`) {
    super(message);
    this.name = "NotFoundError";
    this.resource = resource;
  }
}

/** A request that is well formed but cannot be done in the current state: HTTP 409. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}
