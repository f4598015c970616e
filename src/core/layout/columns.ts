/*
 * Column vocabulary lives in the model (src/core/model/columns.ts); the Pengukuran Kinerja layout code imports it
 * from here under its historical names.
 */
export type { ColumnKey, ColumnMap, PkColumnKey } from "../model/columns";
export { PK_COLUMN_KEYS as COLUMN_KEYS } from "../model/columns";
