import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ProtocolError } from '../../shared/protocol/envelope';
import type { PracticeState, RequestHandlers } from '../../shared/protocol/contract';
import { loadScenarioFile } from '../core/scenario/load-scenario';
import { errorMessage } from '../../shared/error-message';

export interface ScenarioFile {
  id: string;
  titleKey: string;
  file: string;
}

export interface PracticeHost {
  /** Arguments for the next core start: `--simulate FILE` while practising, none otherwise. */
  coreArgs(): string[];
  handlers: Required<Pick<RequestHandlers, 'listScenarios' | 'startPractice' | 'stopPractice'>>;
}

/**
 * Practice mode for whoever hosts the core (Electron main, browser harness): lists the scenarios
 * shipped in `scenarioDir`, and switches the core between them and the real sources by restarting
 * it. The page can only name a shipped scenario's id, never a file.
 */
export function createPracticeHost(options: {
  scenarioDir: string;
  restartCore(): Promise<void>;
  /** A scenario to start with (the harness's --simulate, loaded and validated by the caller). */
  initial?: ScenarioFile;
  log?(line: string): void;
}): PracticeHost {
  let active: ScenarioFile | undefined = options.initial;

  /** The shipped scenarios, plus the one the harness was started with; broken files are skipped. */
  async function available(): Promise<ScenarioFile[]> {
    let names: string[] = [];
    try {
      names = (await readdir(options.scenarioDir)).filter((n) => n.endsWith('.json')).sort();
    } catch (error) {
      options.log?.(`no practice scenarios in ${options.scenarioDir}: ${String(error)}`);
    }
    const shipped = await Promise.all(
      names.map(async (name) => {
        const file = path.join(options.scenarioDir, name);
        try {
          const s = await loadScenarioFile(file);
          return [{ id: s.id, titleKey: s.titleKey, file }];
        } catch (error) {
          options.log?.(`skipping scenario ${file}: ${errorMessage(error)}`);
          return [];
        }
      }),
    );
    const all = shipped.flat();
    const initial = options.initial;
    return initial && !all.some((s) => s.id === initial.id) ? [initial, ...all] : all;
  }

  async function state(): Promise<PracticeState> {
    return {
      scenarios: (await available()).map(({ id, titleKey }) => ({ id, titleKey })),
      active: active?.id ?? null,
    };
  }

  return {
    coreArgs: () => (active ? ['--simulate', active.file] : []),
    handlers: {
      listScenarios: state,
      async startPractice({ id }) {
        const scenario = (await available()).find((s) => s.id === id);
        if (!scenario) throw new ProtocolError('bad-request', `no practice scenario "${id}"`);
        active = scenario;
        await options.restartCore();
        return state();
      },
      async stopPractice() {
        if (active) {
          active = undefined;
          await options.restartCore();
        }
        return state();
      },
    },
  };
}
