// A .sql file of the appendix: a header comment (title line, then purpose)
// followed by one statement.

export interface QueryFile {
  title: string;
  purpose: string;
  sql: string;
}

type Parameters = Record<string, number>;

/** Split a .sql file into its header comment and its statement. */
export function readQueryFile(text: string): QueryFile {
  const lines = text.trim().split("\n");
  const headerLength = lines.findIndex((line) => !line.startsWith("--"));
  const header = lines.slice(0, headerLength).map((line) => line.replace(/^--\s?/, "").trim());
  const [title, ...purpose] = header;
  if (!title || headerLength < 0)
    throw new Error(
      `SQL file without a header comment and a statement: ${JSON.stringify(text.slice(0, 80))}`,
    );

  return {
    title,
    purpose: purpose.join(" "),
    sql: lines.slice(headerLength).join("\n").trim(),
  };
}

/**
 * Replace each `$name` with its number from the configuration. Numbers are
 * written into the statement, not bound, so that the SQL shown on the page
 * is the SQL that ran, thresholds included.
 */
export function inlineParameters(sql: string, parameters: Parameters): string {
  return sql.replace(/\$([a-z_]+)/g, (_, name: string) => {
    const value = parameters[name];
    if (value === undefined || !Number.isFinite(value)) {
      throw new Error(`SQL parameter $${name} has no numeric value (got ${String(value)})`);
    }
    return String(value);
  });
}
