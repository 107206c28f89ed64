// Load the parts of Findings that SQL cannot recompute (expected counts,
// statuses, incident windows) into DuckDB tables next to the CSV counts.

import type { DuckDBConnection } from "@duckdb/node-api";
import type { Findings } from "../analysis/types.ts";
import expectedHoursSql from "./setup/expected_hours.sql?raw";
import incidentWindowsSql from "./setup/incident_windows.sql?raw";

export async function loadExpectedHours(connection: DuckDBConnection, findings: Findings): Promise<void> {
  await connection.run(expectedHoursSql);
  const insert = await connection.prepare(
    "INSERT INTO expected_hours VALUES ($dataset, $hour, $expected, $low, $high, $status)",
  );
  for (const dataset of findings.datasets) {
    for (const h of dataset.hours) {
      insert.bind({
        dataset: dataset.id,
        hour: h.hour,
        expected: h.expected,
        low: h.expectedLow,
        high: h.expectedHigh,
        status: h.status,
      });
      await insert.run();
    }
  }
  insert.destroySync();
}

export async function loadIncidentWindows(connection: DuckDBConnection, findings: Findings): Promise<void> {
  await connection.run(incidentWindowsSql);
  const insert = await connection.prepare(
    "INSERT INTO incident_windows VALUES ($incident, $dataset, $kind, $direction, $first, $last)",
  );
  for (const incident of findings.datasets.flatMap((d) => d.incidents)) {
    insert.bind({
      incident: incident.id,
      dataset: incident.datasetId,
      kind: incident.kind,
      direction: incident.direction,
      first: incident.startHour,
      last: incident.endHour,
    });
    await insert.run();
  }
  insert.destroySync();
}
