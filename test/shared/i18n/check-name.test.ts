import { describe, expect, it } from 'vitest';
import { checkDisplayName } from '../../../shared/i18n/check-name';
import { createTranslator } from '../../../shared/i18n/translator';

describe('check display names', () => {
  const zh = createTranslator('zh-CN');
  const en = createTranslator('en');

  it('use the catalog name of a fixed check', () => {
    expect(checkDisplayName('disk.space', zh)).toBe('磁盘空间');
    expect(checkDisplayName('disk.space', en)).toBe('Disk space');
  });

  it('name the endpoints and services IT lists in the policy by their family', () => {
    expect(checkDisplayName('network.endpoint.etax', en)).toBe('Platform etax');
    expect(checkDisplayName('network.service.ukey-helper', zh)).toBe('本机服务 ukey-helper');
  });

  it("show a target by its label in the reader's language, else by its host, never by its policy id", () => {
    const label = { zh: '电子税务局', en: 'e-Tax bureau' };
    expect(checkDisplayName('network.endpoint.etax', zh, { label })).toBe('平台 电子税务局');
    expect(checkDisplayName('network.endpoint.etax', en, { label })).toBe('Platform e-Tax bureau');
    expect(checkDisplayName('network.endpoint.x1', zh, { host: 'skfp.example.gov.cn' })).toBe(
      '平台 skfp.example.gov.cn',
    );
  });

  it('fall back to the id for a check the catalog does not know', () => {
    expect(checkDisplayName('mystery', en)).toBe('mystery');
    expect(checkDisplayName('a.b.c', en)).toBe('a.b.c');
  });
});
