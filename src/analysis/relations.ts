import type { Day, Relation } from "./types.ts";

/**
 * Two files are consecutive days when one file's `yesterday` column equals
 * the other's `today` hour for hour. Exact equality is the test: the
 * columns come from the same source, so a true match is exact.
 */
export function findRelations(days: Day[]): Relation[] {
  const relations: Relation[] = [];
  for (const later of days) {
    for (const earlier of days) {
      if (earlier === later) continue;
      const same = later.hours.every((row, i) => row.references.yesterday === earlier.hours[i]!.today);
      if (same) {
        relations.push({
          kind: "consecutive",
          earlierId: earlier.id,
          laterId: later.id,
          text: `${later.id}'s yesterday column equals ${earlier.id}'s today column for all 24 hours: ${earlier.id} is the day before ${later.id}.`,
        });
      }
    }
  }
  return relations;
}
