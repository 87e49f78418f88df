/**
 * The Prometheus text exposition format (version 0.0.4), written by hand: a few dozen lines that
 * `promtool check metrics` judges in the tests, instead of prom-client's registry, which would add
 * a dependency and a mutable global registry for what is a pure function of one snapshot.
 */

export type Labels = Readonly<Record<string, string>>;

export interface Sample {
  labels?: Labels;
  value: number;
}

/** One metric family: its samples share name, help and type. A family without samples is left out. */
export interface Family {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  samples: readonly Sample[];
}

const escapeLabelValue = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const escapeHelp = (v: string): string => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

/** Go's ParseFloat reads these; integers stay integers, so the file is stable and readable. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function labelText(labels: Labels): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
  return pairs.length ? `{${pairs.join(',')}}` : '';
}

/** The exposition text: `# HELP`, `# TYPE`, then one line per sample; `common` labels lead every sample. */
export function exposition(families: readonly Family[], common: Labels = {}): string {
  const lines: string[] = [];
  for (const family of families) {
    if (family.samples.length === 0) continue;
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    for (const s of family.samples) {
      lines.push(`${family.name}${labelText({ ...common, ...s.labels })} ${formatValue(s.value)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** A state set: one series per possible value, 1 for the current one and 0 for the others. */
export function stateSet(label: string, values: readonly string[], current: string | undefined): Sample[] {
  return values.map((v) => ({ labels: { [label]: v }, value: v === current ? 1 : 0 }));
}
