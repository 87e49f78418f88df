import { afterEach, describe, expect, it } from 'vitest';
import { areaModules } from '../../../../electron/core/areas/registry';
import { createPracticeWorld } from '../../../../electron/core/scenario/practice-world';
import { scenarioSchema } from '../../../../electron/core/scenario/scenario-schema';
import { createCore, type Core } from '../../../../electron/core/core';
import { faultCatalog } from '../../../../shared/faults/catalog';
import { guideFor } from '../../../../shared/guides/catalog';
import { languages, messagesFor } from '../../../../shared/i18n/catalog';
import { createTranslator } from '../../../../shared/i18n/translator';
import { checkDisplayName } from '../../../../shared/i18n/check-name';
import { policySchema, type PolicyInput } from '../../../../shared/policy/policy-schema';
import { textProblems } from '../../../support/rendered-text';
import { backupState } from '../../../support/reading-corpus';
import { localDate } from '../../../../shared/readiness/filing-calendar';

// This month's 抄报/清卡 done, as on a workstation with nothing to do.
const month = localDate(Date.now(), policySchema.parse({}).calendar.timeZone).slice(0, 7);
const done = new Date().toISOString();
const env = {
  filingRecords: () => ({ [month]: { reported: done, cleared: done } }),
  taxDevice: { seenAt: () => undefined, noteSeen: () => {} },
};
/** A policy that turns every optional check on, so each area shows every check it has. */
const everything: PolicyInput = {
  clock: { ntpServer: 'ntp.example.com', timeZone: 'Asia/Shanghai' },
  software: {
    expected: [{ vendor: 'aisino', processes: ['TaxClient.exe'] }],
    helper: { name: 'UKey helper', port: 28000, process: 'chinatax.exe' },
  },
  network: { localServices: [{ name: 'ukey-helper', port: 28000 }] },
  backup: {
    sources: [{ path: '/srv/invoices', name: 'invoices' }],
    destinations: [{ path: '/mnt/backup', kind: 'folder' }],
  },
};

const familyOf = (declared: readonly string[], id: string): string | undefined =>
  declared.find((d) => d === id || (d.endsWith('.*') && id.startsWith(d.slice(0, -1))));

let core: Core | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

/** A core with every registered area on a healthy scripted world. */
function healthyCore(policyInput: PolicyInput, platform: NodeJS.Platform = 'win32'): Core {
  // The default scripted world, with the invoicing software and its helper running as `everything` expects.
  const software = { processes: [{ name: 'TaxClient.exe' }, { name: 'chinatax.exe' }], listening: [28000] };
  // A backup from three hours ago, verified and drilled.
  const backup = { state: backupState() };
  const world = createPracticeWorld(
    scenarioSchema.parse({
      version: 2,
      id: 'healthy',
      titleKey: 'x',
      sources: { software, backup },
      timeline: [],
      expect: { faults: [] },
    }),
  );
  const policy = policySchema.parse(policyInput);
  core = createCore({
    loaded: { policy, status: { source: 'default', issues: [] } },
    areas: world.areas(env),
    platform,
    version: 'test',
  });
  return core;
}

describe('the area registry (adding an area: folder, policy section, faults, guides, texts)', () => {
  it.each(areaModules.map((m) => [m.id, m] as const))('%s reads a policy section that exists', (_id, m) => {
    if (m.policySection !== null) expect(Object.keys(policySchema.shape)).toContain(m.policySection);
  });

  it.each(areaModules.map((m) => [m.id, m] as const))(
    '%s: every fault it raises is in the catalog with a guide and texts in both languages',
    (_id, m) => {
      for (const id of m.faults) {
        const definition = faultCatalog[id];
        expect(definition, `fault ${id} is not in shared/faults`).toBeDefined();
        expect(guideFor(definition!.guide), `fault ${id} has no guide`).toBeDefined();
        for (const language of languages) {
          expect(messagesFor(language)[`fault.${id}.title`], `${language} fault.${id}.title`).toBeTruthy();
          expect(messagesFor(language)[`fault.${id}.explain`], `${language} fault.${id}.explain`).toBeTruthy();
        }
      }
    },
  );

  it.each(areaModules.map((m) => [m.id, m] as const))(
    '%s: every check it declares has a display name in both languages',
    (_id, m) => {
      for (const language of languages) {
        const t = createTranslator(language);
        for (const id of m.checks) {
          const sample = id.endsWith('.*') ? `${id.slice(0, -1)}sample` : id;
          expect(checkDisplayName(sample, t), `${language} name of ${id}`).not.toBe(sample);
          if (!id.endsWith('.*')) expect(messagesFor(language)[`check.${id}.name`], `${language} ${id}`).toBeTruthy();
        }
      }
    },
  );

  it('gives every fault of the catalog an owner: a registered area, or a guide reached from an error code', () => {
    const owned = new Set(areaModules.flatMap((m) => m.faults));
    const guideOnly = ['tax-device.cert-password', 'tax-device.clock', 'tax-device.offline-limit'];
    const alsoGuideOnly = ['printer.driver-crash', 'software.patch-conflict'];
    const orphans = Object.keys(faultCatalog).filter((id) => !owned.has(id));
    expect(orphans.sort()).toEqual([...guideOnly, ...alsoGuideOnly].sort());
  });

  it('builds exactly the checks each area declares, and puts them in that area', () => {
    const running = healthyCore(everything);
    const checks = running.snapshot().checks;
    for (const m of areaModules) {
      const mine = checks.filter((c) => c.area === m.id);
      expect(mine.length, `${m.id} built no check`).toBeGreaterThan(0);
      for (const c of mine) expect(familyOf(m.checks, c.id), `${c.id} is not declared by ${m.id}`).toBeDefined();
      for (const declared of m.checks)
        expect(
          mine.some((c) => familyOf([declared], c.id)),
          `${m.id} declares ${declared} but never builds it`,
        ).toBe(true);
    }
  });

  it('reads a healthy scripted workstation as healthy: no fault, nothing unrendered, in both languages', async () => {
    const running = healthyCore(everything);
    const snapshot = await running.handlers.runChecks({});
    expect(snapshot.faults).toEqual([]);
    expect(snapshot.checks.filter((c) => c.status !== 'ok').map((c) => [c.id, c.status, c.summary.key])).toEqual([]);
    expect(textProblems(snapshot)).toEqual([]);
  });
});
