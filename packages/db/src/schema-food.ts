// Owned by the food engineer: the food tables (foods, portions, food log, search index).
// The storage owner created this empty placeholder once so `Database` compiles; do not edit it
// from packages/db/src/schema.ts — add the food tables here.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FoodTables {}
