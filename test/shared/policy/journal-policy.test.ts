import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../shared/policy/parse-policy';

describe('the journal policy section', () => {
  it('defaults to the data folder, 4 MiB segments, 256 MiB in all, a year of history', () => {
    const parsed = validatePolicy({});
    expect(parsed.ok && parsed.policy.journal).toEqual({
      folder: null,
      segmentMiB: 4,
      maxTotalMiB: 256,
      retentionDays: 365,
      usbEventsMinutes: 10,
    });
  });

  it.each([
    'D:\\InvoiceGuard\\journal',
    'C:/ProgramData/InvoiceGuard',
    '/var/lib/invoiceguard',
    '\\\\server\\share\\journal',
  ])('accepts the absolute folder %s', (folder) => expect(validatePolicy({ journal: { folder } }).ok).toBe(true));

  it.each(['journal', '.\\journal', 'C:journal'])('refuses the relative folder %s with its JSON path', (folder) => {
    const parsed = validatePolicy({ journal: { folder } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues[0]).toEqual({ path: '$.journal.folder', message: { key: 'policy.rule.absolutePath' } });
  });

  it('keeps the shipped example policy valid', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = JSON.parse(await readFile('build/policy.example.json', 'utf8'));
    expect(validatePolicy(example)).toMatchObject({ ok: true });
  });
});
