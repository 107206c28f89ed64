// dist/findings.json: the same Findings every page reads.
import type { APIRoute } from "astro";
import { findings } from "../site/findings.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(findings(), null, 2), { headers: { "Content-Type": "application/json" } });
