// The real monitoring engines the fleet tests and bench run: Debian's prometheus, node_exporter,
// promtool, amtool and rsyslogd, each started by the test on loopback ports with temp config and
// data folders, killed afterwards, and (through setpriv --pdeathsig) killed with the test process.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stopChild } from '../processes';

export const enginePaths = {
  prometheus: '/usr/bin/prometheus',
  promtool: '/usr/bin/promtool',
  nodeExporter: '/usr/bin/prometheus-node-exporter',
  amtool: '/usr/bin/amtool',
  rsyslogd: '/usr/sbin/rsyslogd',
  logger: '/usr/bin/logger',
  setpriv: '/usr/bin/setpriv',
} as const;

/** The Debian packages behind them (all in .ci/run). */
export const enginePackages: Record<keyof typeof enginePaths, string> = {
  prometheus: 'prometheus',
  promtool: 'prometheus',
  nodeExporter: 'prometheus-node-exporter',
  amtool: 'prometheus-alertmanager',
  rsyslogd: 'rsyslog',
  logger: 'bsdutils',
  setpriv: 'util-linux',
};

/** "" when every engine named is installed, else what is missing and how to install it (for test names). */
export function missingEngines(...names: (keyof typeof enginePaths)[]): string {
  const missing = names.filter((n) => !existsSync(enginePaths[n]));
  if (!missing.length) return '';
  const packages = [...new Set(missing.map((n) => enginePackages[n]))].join(' ');
  return ` (SKIPPED: ${missing.map((n) => enginePaths[n]).join(', ')} missing; apt-get install ${packages})`;
}

/** A port free on 127.0.0.1 right now (the engines take their port on the command line). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** Runs a tool to completion with a timeout (promtool, amtool); never rejects. */
export function runTool(
  file: string,
  args: readonly string[],
  options: { input?: string; cwd?: string; timeoutMs?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      [...args],
      { cwd: options.cwd, timeout: options.timeoutMs ?? 60_000, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });
}

export interface Engine {
  dir: string;
  port: number;
  output(): string;
  stop(): Promise<void>;
}

/** Starts a long-running engine as our child, dying with us, with a hard lifetime cap. */
async function startEngine(
  file: string,
  args: (dir: string, port: number) => string[],
  prepare: (dir: string, port: number) => Promise<void>,
  ready: (port: number, dir: string) => Promise<boolean>,
  name: string,
  maxLifetimeMs = 15 * 60_000,
): Promise<Engine> {
  const dir = await mkdtemp(path.join(tmpdir(), `ig-${name}-`));
  const port = await freePort();
  await prepare(dir, port);
  const child: ChildProcess = spawn(enginePaths.setpriv, ['--pdeathsig', 'KILL', '--', file, ...args(dir, port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => void (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (error) => keep(Buffer.from(`spawn error: ${error.message}`)));
  const lifetime = setTimeout(() => child.kill('SIGKILL'), maxLifetimeMs);
  lifetime.unref();
  const stop = async (): Promise<void> => {
    clearTimeout(lifetime);
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${name} to start`, 30_000, async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited: ${output}`);
      return (await ready(port, dir)) ? true : undefined;
    });
  } catch (error) {
    await stop();
    throw new Error(`${String(error)}\n${output}`);
  }
  return { dir, port, output: () => output, stop };
}

async function httpOk(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
  return response?.ok === true;
}

/** node_exporter with only the textfile collector, reading `textfileDir`. */
export function startNodeExporter(textfileDir: string): Promise<Engine> {
  return startEngine(
    enginePaths.nodeExporter,
    (_dir, port) => [
      `--web.listen-address=127.0.0.1:${port}`,
      '--collector.disable-defaults',
      '--collector.textfile',
      `--collector.textfile.directory=${textfileDir}`,
    ],
    async () => {},
    (port) => httpOk(`http://127.0.0.1:${port}/metrics`),
    'node-exporter',
  );
}

export interface PrometheusOptions {
  /** The scrape_configs section (YAML). */
  scrapeConfigs: string;
  ruleFiles?: readonly string[];
  scrapeInterval?: string;
  evaluationInterval?: string;
}

/** Prometheus with a temp config and TSDB, on a loopback port. */
export function startPrometheus(options: PrometheusOptions): Promise<Engine> {
  return startEngine(
    enginePaths.prometheus,
    (dir, port) => [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    async (dir) => {
      const config = [
        'global:',
        `  scrape_interval: ${options.scrapeInterval ?? '1s'}`,
        `  evaluation_interval: ${options.evaluationInterval ?? '1s'}`,
        ...(options.ruleFiles?.length ? ['rule_files:', ...options.ruleFiles.map((f) => `  - ${f}`)] : []),
        'scrape_configs:',
        options.scrapeConfigs,
      ].join('\n');
      await writeFile(path.join(dir, 'prometheus.yml'), config);
    },
    (port) => httpOk(`http://127.0.0.1:${port}/-/ready`),
    'prometheus',
  );
}

/** One instant query through Prometheus's HTTP API. */
export async function promQuery(
  port: number,
  query: string,
): Promise<{ metric: Record<string, string>; value: [number, string] }[]> {
  const url = `http://127.0.0.1:${port}/api/v1/query?query=${encodeURIComponent(query)}`;
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { status: string; error?: string; data?: { result: [] } };
  if (body.status !== 'success') throw new Error(`query ${query}: ${body.error ?? response.status}`);
  return body.data?.result ?? [];
}

export interface Rsyslog extends Engine {
  udpPort: number;
  tcpPort: number;
  socket: string;
  /** The raw messages received, one per line (template `%rawmsg%`). */
  raw(): Promise<string[]>;
  /** What rsyslog parsed of each: facility|severity|app|procid|msgid|structured-data|msg. */
  parsed(): Promise<string[]>;
}

/** rsyslogd in the foreground: UDP, TCP (octet counting) and a Unix socket of its own, writing raw and parsed files. */
export async function startRsyslog(): Promise<Rsyslog> {
  const udpPort = await freePort();
  let socket = '';
  const engine = await startEngine(
    enginePaths.rsyslogd,
    (dir) => ['-n', '-f', path.join(dir, 'rsyslog.conf'), '-i', path.join(dir, 'rsyslogd.pid')],
    async (dir, tcpPort) => {
      socket = path.join(dir, 'log.sock');
      await writeFile(
        path.join(dir, 'rsyslog.conf'),
        [
          `global(workDirectory="${dir}")`,
          'module(load="imuxsock" SysSock.Use="off")',
          `input(type="imuxsock" Socket="${socket}" UseSpecialParser="off" ParseHostname="on")`,
          'module(load="imudp")',
          `input(type="imudp" address="127.0.0.1" port="${udpPort}")`,
          'module(load="imtcp")',
          `input(type="imtcp" address="127.0.0.1" port="${tcpPort}")`,
          'template(name="raw" type="string" string="%rawmsg%\\n")',
          'template(name="parsed" type="string" string="%syslogfacility%|%syslogseverity%|%app-name%|%procid%|%msgid%|%structured-data%|%msg%\\n")',
          `action(type="omfile" file="${dir}/raw.log" template="raw")`,
          `action(type="omfile" file="${dir}/parsed.log" template="parsed")`,
          '',
        ].join('\n'),
      );
    },
    async (tcpPort) => existsSync(socket) && (await tcpOpen(tcpPort)),
    'rsyslog',
  );
  const lines = async (name: string): Promise<string[]> => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(path.join(engine.dir, name), 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean);
  };
  return {
    ...engine,
    udpPort,
    tcpPort: engine.port,
    socket,
    raw: () => lines('raw.log'),
    parsed: () => lines('parsed.log'),
  };
}

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.on('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}
