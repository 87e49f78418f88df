import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a static bundle: Electron serves it over its app:// protocol, the browser
// harness over loopback HTTP; both add the Content-Security-Policy header (shared/security/content-security-policy.ts).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome130' },
});
