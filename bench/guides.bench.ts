// Guided flow, readiness and error-code lookup: the parts a user waits on.
//  - explain: one lookup of a typical input, and of 64 kB of junk (the most the lookup reads)
//  - flow state: one atomic save (temp file + rename) of a realistic state
//  - practice: from "I have done this step" to the guide completing itself, through the real core
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseErrorCode } from '../shared/codes/parse-error-code';
import { maxExplainInput } from '../shared/codes/explain-result';
import { openFlowStore } from '../electron/core/guides/flow-store';
import { parseScenarioText } from '../electron/core/scenario/load-scenario';
import { startGuidedCore } from '../test/support/guided-core';
import { recordFigure } from './support/record';
import { median, repeat } from './support/stats';

function timeSync(times: number, fn: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

const typical = timeSync(2000, () => parseErrorCode('开票失败，错误代码：０ｘ０９６３ｃ２（证书口令错误）'));
// Every token a number that is not a code: the scan looks each one up.
const junk = '123 '.repeat(maxExplainInput / 4);
const worst = timeSync(50, () => parseErrorCode(junk));

const dir = await mkdtemp(path.join(os.tmpdir(), 'ig-bench-guides-'));
const store = await openFlowStore(path.join(dir, 'flow-state.json'));
await store.update((s) => {
  for (let i = 0; i < 200; i++) {
    s.incidents.push({
      id: `tax-device.missing@${i}`,
      guideId: 'tax-device.missing',
      origin: 'fault',
      checkIds: ['usb.tax-device'],
      openedAt: new Date().toISOString(),
      state: 'completed',
      completion: 'fault-cleared',
      steps: { '1': { doneAt: 'x' }, '2': { doneAt: 'y', lastCheck: { at: 'z', worked: true } } },
    });
  }
});
const saves = await repeat(50, async (i) => {
  const t0 = performance.now();
  await store.update((s) => void (s.filing['2026-11'] = { reported: String(i) }));
  return performance.now() - t0;
});
const bytes = (await readFile(path.join(dir, 'flow-state.json'))).length;
await rm(dir, { recursive: true, force: true });

const scenario = parseScenarioText(await readFile('scenarios/printer-paused.json', 'utf8'));
const completions = await repeat(20, async () => {
  const c = await startGuidedCore({ scenario });
  await c.client.request('runChecks', {});
  const done = new Promise<number>((resolve) =>
    c.client.on('guideFlow', (i) => i.state === 'completed' && resolve(performance.now())),
  );
  const t0 = performance.now();
  await c.client.request('markStepDone', { guideId: 'printer.paused', step: 2 });
  const ms = (await done) - t0;
  await c.stop();
  return ms;
});

recordFigure({
  id: 'guides.explain.typical',
  title: 'Error-code lookup, a typical message',
  unit: 'us',
  samples: typical.map((ms) => ms * 1000),
});
recordFigure({
  id: 'guides.explain.64kb',
  title: 'Error-code lookup, 64 kB of digits and junk (the most it reads)',
  unit: 'ms',
  samples: worst,
  target: { statistic: 'p99', comparison: '<', value: 50, note: 'typing never stalls' },
});
recordFigure({
  id: 'guides.explain.64kb-over-typical',
  title: 'Error-code lookup, 64 kB ÷ a typical message',
  unit: 'ratio',
  value: median(worst) / median(typical),
  runs: worst.length,
});
recordFigure({
  id: 'guides.flow-state.save',
  title: 'Guided flow: atomic save of 200 incidents',
  unit: 'ms',
  samples: saves,
  context: { bytes },
});
recordFigure({
  id: 'guides.practice.step-to-complete',
  title: 'Guided flow: step marked → guide completes itself (real pipeline)',
  unit: 'ms',
  samples: completions,
  target: { statistic: 'p99', comparison: '<', value: 100, note: 'feels immediate' },
});
