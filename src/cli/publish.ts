// `npm run build` builds into a staging folder and only then replaces
// dist/ with it: a build that fails halfway (bad data, a page that throws)
// leaves the last good delivery where reviewers read it.
import { existsSync, renameSync, rmSync } from "node:fs";

const [staged, target] = process.argv.slice(2);
if (!staged || !target || !existsSync(staged)) {
  process.stderr.write(`publish: usage: publish <built folder> <target folder>; got ${JSON.stringify(staged)}\n`);
  process.exit(2);
}
const previous = `${target}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staged, target);
rmSync(previous, { recursive: true, force: true });
console.log(`delivery site written to ${target}/`);
