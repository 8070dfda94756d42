import type { ServerDeps } from "../../deps.js";

/**
 * What a use case needs: the database, the clock and the id generator. A subset of ServerDeps,
 * so the CLI can call use cases without an HTTP server.
 */
export type UseCaseDeps = Pick<ServerDeps, "db" | "now" | "newId">;
