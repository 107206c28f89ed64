import { hourLabel } from "../data/parseDay.ts";
import type { HourDetection } from "./detectDay.ts";
import type { Incident, ReferenceName, ReferenceNote } from "./types.ts";

const SINGLE_DAYS: ReferenceName[] = ["yesterday", "same_day_last_week"];
// A single-day reference below half or above one and a half times the
// expected count on an incident hour was unusual itself; reviewers should
// know that comparing with it alone would understate or overstate the gap.
const UNUSUAL = { low: 0.5, high: 1.5 };

export function referenceNotes(hours: HourDetection[], incidents: Incident[]): ReferenceNote[] {
  const incidentHours = new Set(
    incidents.flatMap((i) => [...i.hours, ...(i.catchupHour === null ? [] : [i.catchupHour])]),
  );
  const notes: ReferenceNote[] = [];
  for (const reference of SINGLE_DAYS) {
    const unusual = hours.filter((h) => {
      if (!incidentHours.has(h.hour) || h.estimate.expected < 5) return false;
      const ratio = h.estimate.scaled[reference] / h.estimate.expected;
      return h.estimate.rejected.includes(reference) || ratio < UNUSUAL.low || ratio > UNUSUAL.high;
    });
    if (unusual.length === 0) continue;
    const detail = unusual
      .map(
        (h) =>
          `${hourLabel(h.hour)} ${h.estimate.scaled[reference] < h.estimate.expected ? "low" : "high"} (${Math.round((h.estimate.scaled[reference] / Math.max(h.estimate.expected, 1e-9)) * 100)} % of expected)`,
      )
      .join(", ");
    notes.push({
      reference,
      hours: unusual.map((h) => h.hour),
      text: `${reference} was itself unusual on incident hours: ${detail}.`,
    });
  }
  return notes;
}
