import { readFileSync, readdirSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parsePolicyText, validatePolicy } from '../../../shared/policy/parse-policy';
import { defaultPolicy } from '../../../shared/policy/policy-schema';

const repo = path.resolve(__dirname, '../../..');
const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));

describe('the network section of the policy', () => {
  it('with no policy checks the default gateway, DNS and www.chinatax.gov.cn on TCP 443', () => {
    const { network } = defaultPolicy();
    expect(network.gateway).toBe('auto');
    expect(network.dns.names).toEqual(['www.chinatax.gov.cn']);
    expect(network.endpoints).toEqual([{ name: 'chinatax', host: 'www.chinatax.gov.cn', port: 443, kind: 'tcp' }]);
    expect(network.localServices).toEqual([]);
    expect([network.failureThreshold, network.successThreshold, network.retrySeconds, network.timeoutMs]).toEqual([
      3, 2, 5, 5000,
    ]);
  });

  it('rejects a placeholder host copied from the documentation, with the JSON path', () => {
    const r = validatePolicy({
      network: { endpoints: [{ name: 'skfp', host: 'skfp.<province>.chinatax.gov.cn', port: 7001 }] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('$.network.endpoints[0].host');
  });

  it('rejects duplicate names, bad ports, unknown kinds and unknown keys', () => {
    const bad = [
      {
        endpoints: [
          { name: 'a', host: '127.0.0.1', port: 1 },
          { name: 'a', host: '127.0.0.1', port: 2 },
        ],
      },
      { endpoints: [{ name: 'a', host: '127.0.0.1', port: 70000 }] },
      { endpoints: [{ name: 'a', host: '127.0.0.1', port: 1, kind: 'ftp' }] },
      { endpoints: [{ name: 'A B', host: '127.0.0.1', port: 1 }] },
      { gateway: 'router' },
      { dns: { servers: ['dns.example.com'] } },
      { timeout: 5 },
    ];
    for (const network of bad) expect(validatePolicy({ network }).ok, JSON.stringify(network)).toBe(false);
  });

  it('accepts a pinned gateway, resolver servers with ports and a proxy', () => {
    const r = validatePolicy({
      network: {
        gateway: '192.168.1.1',
        dns: { servers: ['127.0.0.1:5353', '[::1]:53'] },
        proxy: { host: 'proxy.corp', port: 3128 },
      },
    });
    expect(r.ok).toBe(true);
  });
});

describe('the shipped example policy (build/policy.example.json)', () => {
  const text = readFileSync(path.join(repo, 'build/policy.example.json'), 'utf8');
  const parsed = parsePolicyText(text);

  it('validates against the schema, without any key the schema does not know', () => {
    expect(parsed).toMatchObject({ ok: true });
  });

  it('validates against the shipped JSON Schema too, the one IT points its editor at', () => {
    const schema = JSON.parse(readFileSync(path.join(repo, 'build/policy.schema.json'), 'utf8'));
    // Formats are not needed: the schema spells hostname and IP rules out as patterns as well.
    const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(
      validate({ network: { endpoints: [{ name: 'x', host: 'skfp.<province>.chinatax.gov.cn', port: 7001 }] } }),
    ).toBe(false);
  });

  it('says in the file itself that it is an example with provincial, possibly outdated hosts', () => {
    if (!parsed.ok) throw new Error('invalid');
    expect(parsed.policy.network.note).toMatch(/EXAMPLE ONLY.*province.*out of date/s);
    expect(parsed.policy.network.endpoints.map((e) => `${e.host}:${e.port}`)).toContain(
      'dppt.jiangsu.chinatax.gov.cn:8443',
    );
    expect(parsed.policy.network.localServices).toEqual([expect.objectContaining({ port: 28000 })]);
    expect(JSON.parse(text).$schema).toBe('./policy.schema.json');
  });
});

describe('test policies obey the network rule', () => {
  // Every valid policy fixture: a CLI or core run with it must only ever talk to loopback.
  const dir = path.join(repo, 'test/fixtures/policy');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const parsed = parsePolicyText(readFileSync(path.join(dir, file), 'utf8'));
    if (!parsed.ok) continue;
    it(`${file} points only at loopback, with the gateway probe off`, () => {
      const { network } = parsed.policy;
      expect(network.gateway).toBe('off');
      expect(network.dns.names).toEqual([]);
      for (const server of network.dns.servers) expect(server).toMatch(/^(127\.|\[::1\])/);
      for (const e of network.endpoints) expect(isLoopback(e.host), e.host).toBe(true);
      if (network.proxy) expect(isLoopback(network.proxy.host)).toBe(true);
    });
  }
});
