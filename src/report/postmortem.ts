// A standard postmortem per incident, as sections of words built from the
// Findings. The incident report page lays them out; nothing here is typed
// by hand about a particular day.
import type { DatasetFindings, Findings, Incident } from "../analysis/types.ts";
import { actionsSection, lessonsSection } from "./followUp.ts";
import { factorsSection } from "./hypotheses.ts";
import {
  detectionSection,
  impactSection,
  recoverySection,
  severitySection,
  summarySection,
} from "./postmortemFacts.ts";
import type { Section } from "./section.ts";
import { timelineSection } from "./timeline.ts";

export type { Section } from "./section.ts";

/** The headings of every postmortem, in order. */
export const POSTMORTEM_HEADINGS = [
  "Summary",
  "Severity and status",
  "Impact",
  "Detection",
  "Timeline",
  "Contributing factors and hypotheses",
  "Recovery",
  "Action items",
  "Lessons",
] as const;

/**
 * The postmortem of one incident: summary, severity and status, impact,
 * detection, timeline, contributing factors and hypotheses, recovery,
 * action items and lessons. `findings` gives the other days, so a
 * repeat of the incident's hours on the previous day can be noted.
 */
export function postmortem(i: Incident, ds: DatasetFindings, findings: Findings): Section[] {
  return [
    summarySection(i, ds),
    severitySection(i, ds),
    impactSection(i, ds),
    detectionSection(i, ds),
    timelineSection(i, ds),
    factorsSection(i, ds, findings),
    recoverySection(i, ds),
    actionsSection(i, ds),
    lessonsSection(i, ds),
  ];
}
