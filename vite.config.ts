import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

// The renderer is a static bundle: Electron serves it over its app:// protocol, the browser
// harness over loopback HTTP; both add the Content-Security-Policy header (shared/security/content-security-policy.ts).
// Each language's strings and every view but the dashboard are chunks of their own, loaded on
// demand, so the first screen stays small (`npm run bench` measures it).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), rendererMessages()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome130' },
});

const prefix = 'virtual:invoiceguard-messages/';

interface Catalogs {
  allRendererMessages(language: string): Record<string, string>;
  selectPart(messages: Record<string, string>, part: string): Record<string, string>;
  messageParts: readonly string[];
  languages: readonly string[];
}

/**
 * The window's strings as one module per language and part (`virtual:invoiceguard-messages/zh-CN/screen`,
 * see renderer/src/i18n/message-parts.ts), built from the catalogs the core and CLI import
 * synchronously. The catalogs are bundled with esbuild here rather than imported by this config,
 * so the config stays a plain file Vite loads without bundling the project's sources.
 */
function rendererMessages(): Plugin {
  let catalogs: Promise<Catalogs> | undefined;
  const load = async (): Promise<Catalogs> => {
    const out = await build({
      stdin: {
        contents: [
          "export { allRendererMessages } from './renderer/src/i18n/all-messages';",
          "export { selectPart, messageParts } from './renderer/src/i18n/message-parts';",
          "export { languages } from './shared/i18n/define-catalog';",
        ].join('\n'),
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'warning',
    });
    const code = out.outputFiles[0]?.text ?? '';
    return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Catalogs;
  };
  return {
    name: 'invoiceguard-renderer-messages',
    buildStart() {
      catalogs = load(); // fresh catalogs for every build
    },
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      const c = await (catalogs ??= load());
      const [language = '', part = ''] = id.slice(prefix.length + 1).split('/');
      if (!c.languages.includes(language) || !c.messageParts.includes(part)) {
        throw new Error(`unknown strings module ${id.slice(1)}`);
      }
      const json = JSON.stringify(c.selectPart(c.allRendererMessages(language), part));
      // JSON.parse of one string literal is read faster than the same object written as code.
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
