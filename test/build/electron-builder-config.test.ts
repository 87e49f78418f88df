import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../build/electron-builder.config.cjs') as {
  files: string[];
  extraResources: { from: string }[];
  asarUnpack: string[];
};

describe('the installer contents', () => {
  it('never ships the browser harness or source maps', () => {
    expect(config.files).toContain('!dist/dev-web.cjs');
    expect(config.files).toContain('!dist/**/*.map');
  });

  it('ships the policy schema and example for IT, and the practice scenarios', () => {
    expect(config.extraResources.map((r) => r.from)).toEqual([
      'build/policy.schema.json',
      'build/policy.example.json',
      'scenarios',
    ]);
  });

  it('keeps the native USB binding loadable outside the asar archive', () => {
    expect(config.asarUnpack).toContain('node_modules/usb/**');
  });
});
