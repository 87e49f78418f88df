import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { windowTranslator } from '../support/test-messages';
import type { Fault } from '../../../shared/model/fault';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';
import { renderApp, visibleText } from '../support/render-app';

const zh = windowTranslator('zh-CN');
const main = () => within(screen.getByRole('main'));
const portBlocked: Fault = {
  id: 'network.port-blocked',
  category: 'network',
  severity: 'critical',
  guide: 'network.port-blocked',
  checkIds: ['network.endpoint.upload'],
  since: '2026-11-27T07:59:00.000Z',
};
const blocked = fakeSnapshot({
  overall: 'fault',
  checks: [
    fakeReading({
      id: 'network.endpoint.etax',
      area: 'network',
      summary: { key: 'check.network.endpoint.ok', params: { host: 'etax.example.cn', port: 443, ms: 38 } },
      details: {
        host: 'etax.example.cn',
        port: 443,
        cause: 'ok',
        history: [
          { at: 1, ms: 38 },
          { at: 2, ms: 41 },
          { at: 3, ms: 39 },
        ],
      },
    }),
    fakeReading({
      id: 'network.endpoint.upload',
      area: 'network',
      status: 'fault',
      summary: {
        key: 'check.network.endpoint.failed',
        params: { host: 'skfp.example.cn', port: 7001, cause: 'timeout', reason: 'timeout' },
      },
      details: {
        host: 'skfp.example.cn',
        port: 7001,
        cause: 'timeout',
        tcpOk: false,
        history: [
          { at: 1, ms: null },
          { at: 2, ms: null },
        ],
      },
    }),
    fakeReading({
      id: 'network.verdict',
      area: 'network',
      status: 'fault',
      summary: { key: 'network.verdict.portBlocked', params: { ports: '7001', names: 'upload' } },
      details: { scope: 'firewall' },
    }),
  ],
  faults: [portBlocked],
});

describe('the network view', () => {
  it('puts "us or them" on top, then each platform with its cause in words and its latency chart', async () => {
    renderApp({ state: { connection: 'connected', route: { view: 'network' }, snapshot: blocked } });
    expect(await main().findByRole('heading', { level: 1, name: '网络' })).toBeTruthy();
    expect(main().getByRole('heading', { level: 2, name: '问题在防火墙' })).toBeTruthy();
    const upload = document.querySelector<HTMLElement>('[data-check-id="network.endpoint.upload"]')!;
    // A target the policy gives no label is shown by its host, never by its policy id.
    expect(within(upload).getByRole('heading', { name: '平台 skfp.example.cn' })).toBeTruthy();
    expect(visibleText(upload)).toContain('端口被防火墙拦截');
    expect(visibleText(upload)).toContain('skfp.example.cn');
    expect(visibleText(upload)).toContain('最近 2 次都没有连上');
    expect(upload.querySelector('.latency svg')?.getAttribute('data-failed')).toBe('2');
    const etax = document.querySelector<HTMLElement>('[data-check-id="network.endpoint.etax"]')!;
    expect(visibleText(etax)).toContain(zh.t('ui.network.chartLabel', { count: 3, min: 38, max: 41, failed: 0 }));
    expect(etax.querySelectorAll('polyline')).toHaveLength(1);
    expect(document.querySelector('[data-link="platforms"]')?.getAttribute('data-tone')).toBe('fault');
  });

  it('says so when the policy names no platform, never a green "all clear"', async () => {
    renderApp({ state: { connection: 'connected', route: { view: 'network' }, snapshot: fakeSnapshot() } });
    expect(await main().findByText(zh.t('ui.network.noPlatforms'))).toBeTruthy();
    expect(document.querySelector('[data-link="router"]')?.getAttribute('data-tone')).toBe('not-checked');
  });
});
