import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, versionNumbers } from '../../../../../electron/core/areas/software/compare-version';
import { evaluateSoftware } from '../../../../../electron/core/areas/software/evaluate-software';
import {
  parseWindowsProcesses,
  windowsProcessScript,
} from '../../../../../electron/core/areas/software/windows-process-source';
import { softwarePolicySchema } from '../../../../../shared/policy/software-policy';

const processes = readFileSync(path.resolve(__dirname, '../../../../fixtures/windows/processes.json'), 'utf8');
const expected = (list: unknown[]) => softwarePolicySchema.parse({ expected: list }).expected;

describe('invoicing software version (Windows file version)', () => {
  it('reads vendor version strings in their usual shapes', () => {
    expect(versionNumbers('3, 0, 12, 1207')).toEqual([3, 0, 12, 1207]);
    expect(versionNumbers('V2.0.52 build 3')).toEqual([2, 0, 52]);
    expect(versionNumbers('unknown')).toBeNull();
    expect(compareVersions([3, 0, 12], [3, 0, 12, 0])).toBe(0);
    expect(compareVersions([3, 0, 9], [3, 0, 12])).toBeLessThan(0);
  });

  it('raises software.outdated when the running version is below the policy minimum', () => {
    const outcome = evaluateSoftware(
      parseWindowsProcesses(processes),
      expected([{ vendor: '航天信息', processes: ['TaxClient.exe'], minVersion: '3.0.13' }]),
    );
    expect(outcome).toMatchObject({
      status: 'warning',
      summary: {
        key: 'check.software.processes.outdated',
        params: { version: '3, 0, 12, 1207', minVersion: '3.0.13' },
      },
      details: { outdated: ['航天信息'] },
    });
  });

  it('is ok at or above the minimum, and when the version cannot be read', () => {
    expect(
      evaluateSoftware(
        parseWindowsProcesses(processes),
        expected([{ vendor: 'A', processes: ['taxclient'], minVersion: '3.0.12' }]),
      ).status,
    ).toBe('ok');
    expect(
      evaluateSoftware(
        parseWindowsProcesses(processes),
        expected([{ vendor: 'B', processes: ['chinatax.exe'], minVersion: '9' }]),
      ).status,
    ).toBe('ok');
  });

  it('passes process names to PowerShell as base64 data, never as script text', () => {
    const script = windowsProcessScript(["x'; Remove-Item C:\\ -Recurse; '"]);
    expect(script).not.toContain('Remove-Item');
  });

  it('turns garbage from PowerShell into unknown', () => {
    const outcome = evaluateSoftware(
      parseWindowsProcesses('Get-Process : 拒绝访问'),
      expected([{ vendor: 'A', processes: ['a.exe'] }]),
    );
    expect(outcome.status).toBe('unknown');
  });
});
