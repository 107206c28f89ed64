import type { JS } from "@duckdb/node-api";

export type Cell = string | number | null;

/**
 * A DuckDB value as a plain table cell. Sums of integers arrive as BIGINT
 * (JS bigint), which neither JSON nor number formatting accepts; counts of
 * checkouts are far below 2^53, so Number is exact.
 */
export function toCell(value: JS): Cell {
  if (value === null || typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v));
}
