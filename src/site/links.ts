// Internal links honour Astro's `base`, so the site works when published
// under a sub-path as well as at the root.
const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** Site-relative path → href under base: "runbook/" → "/runbook/". */
export function href(path = ""): string {
  return base + path.replace(/^\//, "");
}

export function datasetHref(id: string): string {
  return href(`datasets/${encodeURIComponent(id)}/`);
}

/** Anchor id for an incident section, shared by links across pages. */
export function incidentAnchor(incidentId: string): string {
  return `incident-${incidentId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

export const pages = [
  { path: "", label: "Summary" },
  { path: "incidents/", label: "Incidents" },
  { path: "runbook/", label: "Runbook" },
  { path: "sql/", label: "SQL appendix" },
  { path: "slack/", label: "Slack templates" },
  { path: "methods/", label: "Methods" },
] as const;
