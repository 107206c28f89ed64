import { hourLabel } from "../data/parseDay.ts";
import type { HourDetection } from "./detectDay.ts";
import type { Incident, ReferenceName, ReferenceNote } from "./types.ts";

const SINGLE_DAYS: ReferenceName[] = ["yesterday", "same_day_last_week"];
// A single-day reference below half or above one and a half times the
// expected count on an incident hour was unusual itself; reviewers should
// know that comparing with it alone would understate or overstate the gap.
const UNUSUAL = { low: 0.5, high: 1.5 };
// Below this many expected sales an hour's ratio says little.
const MIN_EXPECTED_FOR_NOTE = 5;

/**
 * Where a single-day reference was itself unusual: on incident hours (below
 * half or above one and a half times the expected count), and on any hour
 * where it was left out of the expected count as broken. A yesterday with
 * its own outage is worth knowing even on a day without incidents.
 */
export function referenceNotes(hours: HourDetection[], incidents: Incident[]): ReferenceNote[] {
  const incidentHours = new Set(
    incidents.flatMap((i) => [...i.hours, ...(i.catchupHour === null ? [] : [i.catchupHour])]),
  );
  const notes: ReferenceNote[] = [];
  for (const reference of SINGLE_DAYS) {
    const noted = hours.filter((h) => isNoted(h, reference, incidentHours.has(h.hour)));
    if (noted.length === 0) continue;
    const detail = noted.map((h) => describe(h, reference)).join(", ");
    notes.push({
      reference,
      hours: noted.map((h) => h.hour),
      text: `${reference} was itself unusual: ${detail}.`,
    });
  }
  return notes;
}

function isNoted(h: HourDetection, reference: ReferenceName, onIncident: boolean): boolean {
  if (h.estimate.rejected.includes(reference)) return true;
  if (!onIncident || h.estimate.expected < MIN_EXPECTED_FOR_NOTE) return false;
  const ratio = h.estimate.scaled[reference] / h.estimate.expected;
  return ratio < UNUSUAL.low || ratio > UNUSUAL.high;
}

function describe(h: HourDetection, reference: ReferenceName): string {
  const scaled = h.estimate.scaled[reference];
  const share = Math.round((scaled / Math.max(h.estimate.expected, 1e-9)) * 100);
  const side = scaled < h.estimate.expected ? "low" : "high";
  const leftOut = h.estimate.rejected.includes(reference) ? ", left out of the expected count" : "";
  return `${hourLabel(h.hour)} ${side} (${share} % of expected${leftOut})`;
}
