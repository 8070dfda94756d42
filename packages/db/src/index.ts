// Entry point re-exports for convenience; prefer subpath imports (@leanback/db/<module>).
export { openDatabase, type OpenedDatabase, type OpenDatabaseOptions, type Dialect } from "./connection.js";
export { migrateToLatest } from "./migrate.js";
export type { Database } from "./schema.js";
export { uuidv7 } from "./ids.js";
