// Debian's chromium, driven by playwright-core. Never a downloaded browser:
// the one on the system, or the one CHROMIUM_PATH names.
import { accessSync, constants } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export const INSTALL_HINT =
  "Install Debian's chromium with `bash scripts/install-system-deps.sh` " +
  "(or `apt-get install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome executable.";

/** No usable browser: what was looked for, and how to get one. */
export class BrowserMissingError extends Error {
  readonly code = "BROWSER_MISSING";
  constructor(
    readonly path: string,
    readonly fromEnv: boolean,
  ) {
    const where = fromEnv ? `CHROMIUM_PATH is "${path}", which` : `${path}`;
    super(`No browser to print with: ${where} is not an executable file. ${INSTALL_HINT}`);
  }
}

/** The browser executable: CHROMIUM_PATH when set, else Debian's chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = Boolean(env.CHROMIUM_PATH);
  const path = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new BrowserMissingError(path, fromEnv);
  }
  return path;
}

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A headless chromium; playwright gives it a fresh profile, removed on close. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
}
