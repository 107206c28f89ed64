// A static file server on 127.0.0.1 for the built site, so the browser loads
// pages exactly as a reader would. Extra in-memory documents can be mounted
// next to the files (the combined delivery is one).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** Serve `html` at `path` (for example "/__delivery.html") until closed. */
  mount(path: string, html: string): void;
  close(): Promise<void>;
}

/** Serve `root` on a free port of 127.0.0.1; "/x/" serves x/index.html. */
export async function serveStatic(folder: string): Promise<StaticServer> {
  const root = resolve(folder);
  const mounted = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const html = mounted.get(path);
    if (html !== undefined) {
      res.writeHead(200, { "content-type": TYPES[".html"] }).end(html);
      return;
    }
    const file = fileFor(root, path);
    if (!file) {
      res.writeHead(404, { "content-type": TYPES[".txt"] }).end(`not found: ${path}`);
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    mount: (path, html) => void mounted.set(path, html),
    close: () => closeServer(server),
  };
}

/** The file a URL path names inside root, or undefined (also for paths escaping root). */
function fileFor(root: string, urlPath: string): string | undefined {
  const candidate = normalize(join(root, urlPath));
  if (candidate !== root && !candidate.startsWith(root.replace(/\/?$/, sep))) return undefined;
  const file =
    existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, "index.html") : candidate;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
