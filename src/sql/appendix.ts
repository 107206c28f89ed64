// The SQL appendix: the queries an analyst would run, executed on DuckDB
// over the same CSV files the analysis read, with their result tables.

import { DuckDBInstance, LIST, VARCHAR, listValue, type DuckDBConnection } from "@duckdb/node-api";
import type { Findings } from "../analysis/types.ts";
import { config } from "../config.ts";
import { listCsvFiles } from "../data/loadDays.ts";
import { toCell, type Cell } from "./cells.ts";
import { loadExpectedHours, loadIncidentWindows } from "./findingsTables.ts";
import { inlineParameters, readQueryFile } from "./queryFile.ts";
import anomalousHours from "./queries/anomalous_hours.sql?raw";
import dailyTotals from "./queries/daily_totals.sql?raw";
import hourVsReferences from "./queries/hour_vs_references.sql?raw";
import incidentWindow from "./queries/incident_window.sql?raw";
import zeroHours from "./queries/zero_hours.sql?raw";
import checkoutHoursSql from "./setup/checkout_hours.sql?raw";

export interface AppendixQuery {
  id: string;
  title: string;
  purpose: string;
  sql: string;
  columns: string[];
  rows: Cell[][];
}

/** The queries in the order the appendix shows them; id is the file name. */
const QUERY_FILES: [id: string, text: string][] = [
  ["daily_totals", dailyTotals],
  ["hour_vs_references", hourVsReferences],
  ["anomalous_hours", anomalousHours],
  ["incident_window", incidentWindow],
  ["zero_hours", zeroHours],
];

/** Thresholds the queries may name as `$name`, all from the one configuration. */
const PARAMETERS = { min_expected: config.minExpected };

/** The setup statement that reads the CSVs, for a page that shows it. */
export const CHECKOUT_HOURS_SQL = checkoutHoursSql.trim();

/**
 * Run every appendix query against the CSV files of `dataDir`, with the
 * expected counts and incidents of `findings` loaded as tables.
 */
export async function runAppendix(dataDir: string, findings: Findings): Promise<AppendixQuery[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await loadCheckoutHours(connection, dataDir);
    await checkSameDatasets(connection, findings);
    await loadExpectedHours(connection, findings);
    await loadIncidentWindows(connection, findings);

    const results: AppendixQuery[] = [];
    for (const [id, text] of QUERY_FILES) results.push(await runQuery(connection, id, text));
    return results;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The file list is bound, not spliced into the SQL: any path is safe. */
async function loadCheckoutHours(connection: DuckDBConnection, dataDir: string): Promise<void> {
  // The same files the analysis reads (*.csv in any letter case, sorted).
  const files = listCsvFiles([dataDir]);
  await connection.run(checkoutHoursSql, { csv_files: listValue(files) }, { csv_files: LIST(VARCHAR) });
}

/**
 * Findings from another folder would join to nothing and the appendix would
 * quietly show no anomalies; refuse instead.
 */
async function checkSameDatasets(connection: DuckDBConnection, findings: Findings): Promise<void> {
  const reader = await connection.runAndReadAll("SELECT DISTINCT dataset FROM checkout_hours");
  const inCsv = reader
    .getRowsJS()
    .map(([id]) => String(id))
    .sort();
  const inFindings = findings.datasets.map((d) => d.id).sort();
  if (inCsv.join("\n") !== inFindings.join("\n")) {
    throw new Error(
      `SQL appendix: the CSV files hold datasets [${inCsv.join(", ")}] but the findings describe ` +
        `[${inFindings.join(", ")}]; run the appendix on the folder the findings were computed from.`,
    );
  }
}

async function runQuery(connection: DuckDBConnection, id: string, text: string): Promise<AppendixQuery> {
  const { title, purpose, sql: template } = readQueryFile(text);
  const sql = inlineParameters(template, PARAMETERS);
  const reader = await connection.runAndReadAll(sql);
  return {
    id,
    title,
    purpose,
    sql,
    columns: reader.columnNames(),
    rows: reader.getRowsJS().map((row) => row.map(toCell)),
  };
}
