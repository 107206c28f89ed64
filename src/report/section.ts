// The shape every generated document is made of: the postmortem, the
// runbook and any page that lays words out under headings.

/** A heading with its paragraphs and a bullet list; either may be empty. */
export interface Section {
  heading: string;
  paragraphs: string[];
  items: string[];
}

/** Builds a section, dropping empty strings so optional sentences can be inlined. */
export function section(heading: string, paragraphs: string[], items: string[] = []): Section {
  return { heading, paragraphs: paragraphs.filter(Boolean), items: items.filter(Boolean) };
}
