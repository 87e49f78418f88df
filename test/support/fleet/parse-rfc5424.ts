/** One RFC 5424 message taken apart, for tests that read back what a real receiver got. */
export interface Parsed5424 {
  pri: number;
  facility: number;
  severity: number;
  version: number;
  timestamp: string;
  hostname: string;
  appName: string;
  procId: string;
  msgId: string;
  sd: Record<string, Record<string, string>>;
  msg: string;
  /** True when MSG started with the UTF-8 byte-order mark (§6.4). */
  bom: boolean;
}

/**
 * A strict reader of the RFC 5424 ABNF (§6): header fields, structured data with `\"`, `\\`, `\]`
 * escapes, then the message. Throws on anything that does not follow it, naming the position.
 */
export function parseRfc5424(line: string): Parsed5424 {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`not RFC 5424 at ${i} (${what}): ${line}`);
  };
  const header = /^<(\d{1,3})>([1-9]\d{0,2}) (\S+) (\S+) (\S+) (\S+) (\S+) /.exec(line) ?? fail('header');
  const [, pri, version, timestamp, hostname, appName, procId, msgId] = header as unknown as string[];
  if (!/^(-|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2}))$/.test(timestamp!)) fail('timestamp');
  if (appName!.length > 48 || procId!.length > 128 || msgId!.length > 32) fail('field length');
  i = header[0].length;
  const sd: Parsed5424['sd'] = {};
  if (line[i] === '-') i++;
  else {
    if (line[i] !== '[') fail('structured data');
    while (line[i] === '[') {
      i++;
      const id = /^[^\s=\]"]{1,32}/.exec(line.slice(i))?.[0] ?? fail('SD-ID');
      i += id.length;
      const params: Record<string, string> = {};
      while (line[i] === ' ') {
        i++;
        const name = /^[^\s=\]"]{1,32}/.exec(line.slice(i))?.[0] ?? fail('PARAM-NAME');
        i += name.length;
        if (line.slice(i, i + 2) !== '="') fail('="');
        i += 2;
        let value = '';
        for (;;) {
          const c = line[i] ?? fail('unterminated PARAM-VALUE');
          if (c === '\\' && ['"', '\\', ']'].includes(line[i + 1] ?? '')) {
            value += line[i + 1];
            i += 2;
          } else if (c === '"') {
            i++;
            break;
          } else if (c === ']') fail('unescaped ] in PARAM-VALUE');
          else {
            value += c;
            i++;
          }
        }
        params[name] = value;
      }
      if (line[i] !== ']') fail(']');
      i++;
      sd[id] = params;
    }
  }
  let msg = '';
  if (i < line.length) {
    if (line[i] !== ' ') fail('SP before MSG');
    msg = line.slice(i + 1);
  }
  const bom = msg.startsWith('\uFEFF');
  const p = Number(pri);
  return {
    pri: p,
    facility: Math.floor(p / 8),
    severity: p % 8,
    version: Number(version),
    timestamp: timestamp!,
    hostname: hostname!,
    appName: appName!,
    procId: procId!,
    msgId: msgId!,
    sd,
    msg: bom ? msg.slice(1) : msg,
    bom,
  };
}
