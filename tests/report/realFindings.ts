// The Findings of the real files in data/, and the incidents the tests talk
// about, found by what they are rather than by their position.
import { analyzePaths } from "../../src/analysis/analyze.ts";
import type { DatasetFindings, Incident } from "../../src/analysis/types.ts";

export const findings = analyzePaths(["data"]);

export function datasetOf(id: string): DatasetFindings {
  const ds = findings.datasets.find((d) => d.id === id);
  if (!ds) throw new Error(`no dataset ${id} in data/`);
  return ds;
}

/** checkout_2's afternoon outage: the incident holding the zero hours 15h–17h. */
export function afternoonOutage(): { incident: Incident; ds: DatasetFindings } {
  const ds = datasetOf("checkout_2");
  const incident = ds.incidents.find(
    (i) => i.kind === "outage" && [15, 16, 17].every((h) => i.outageHours.includes(h)),
  );
  if (!incident) throw new Error("checkout_2 has no outage covering 15h–17h");
  return { incident, ds };
}

/** checkout_1's morning incident over 08h–09h (late start or drop). */
export function morningIncident(): { incident: Incident; ds: DatasetFindings } {
  const ds = datasetOf("checkout_1");
  const incident = ds.incidents.find((i) => i.direction === "down" && i.hours.includes(9));
  if (!incident) throw new Error("checkout_1 has no down incident at 09h");
  return { incident, ds };
}
