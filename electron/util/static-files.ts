import { readCapped } from './read-capped-file';
import path from 'node:path';

/** The largest file of the built renderer the harness serves (its bundle is far smaller). */
const maxFileBytes = 32 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Reads a file of the built renderer for a URL path; undefined for anything outside `root` or missing. */
export async function readStaticFile(
  root: string,
  urlPath: string,
): Promise<{ body: Buffer; type: string } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) return undefined; // ../ traversal
  try {
    return {
      body: await readCapped(file, maxFileBytes),
      type: contentTypes[path.extname(file)] ?? 'application/octet-stream',
    };
  } catch {
    return undefined;
  }
}
