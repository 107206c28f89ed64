// Reference notes in words: a single-day reference that was unusual, or
// left out as broken, on some hours of the day. The analysis lists them for
// any hour of the day, with or without an incident; the dataset page shows
// them all, a postmortem only those on its own incident's hours.
import type { DatasetFindings, Incident, ReferenceNote } from "../analysis/types.ts";
import { hourSet } from "./format.ts";

/** The hours of an incident a reference note can bear on: its flagged hours and its catch-up hour. */
function incidentHours(i: Incident): Set<number> {
  return new Set([...i.hours, ...(i.catchupHour === null ? [] : [i.catchupHour])]);
}

/** The notes touching an incident, each with the incident hours it covers. */
export function notesOnIncident(
  i: Incident,
  ds: DatasetFindings,
): { note: ReferenceNote; hours: number[] }[] {
  const hours = incidentHours(i);
  return ds.referenceNotes
    .map((note) => ({ note, hours: note.hours.filter((h) => hours.has(h)) }))
    .filter(({ hours }) => hours.length > 0);
}

/**
 * One line per note for the dataset page, led by the reference and its
 * hours, and saying which of them were incident hours:
 * "yesterday at 03h–05h and 09h (incident hours: 09h): <the note>".
 */
export function referenceNoteItems(ds: DatasetFindings): string[] {
  const onIncidents = new Set(ds.incidents.flatMap((i) => [...incidentHours(i)]));
  return ds.referenceNotes.map((note) => {
    const touched = note.hours.filter((h) => onIncidents.has(h));
    const incident = touched.length > 0 ? ` (incident hours: ${hourSet(touched)})` : "";
    return `${note.reference} at ${hourSet(note.hours)}${incident}: ${sentence(note.text)}`;
  });
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
