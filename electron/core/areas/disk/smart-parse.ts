// Parses smartctl's JSON output (smartmontools 7+, `-j`). smartctl's exit status is a bit mask:
// bit 1 = device could not be opened, bit 2 = SMART command failed, bit 3 = "DISK FAILING".

export interface SmartDevice {
  name: string;
  type: string;
}

export interface SmartHealth {
  device: string;
  /** true passed, false failing, null unreadable (no SMART, no permission, USB bridge). */
  passed: boolean | null;
  model: string;
  reason: string;
}

const bitOpenFailed = 0x2;
const bitCommandFailed = 0x4;
const bitFailing = 0x8;

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `smartctl --scan -j`: the disks smartctl can address; undefined when the output is not that JSON. */
export function parseSmartScan(text: string): SmartDevice[] | undefined {
  const json = parseJson(text);
  if (!json) return undefined;
  const devices = Array.isArray(json.devices) ? json.devices : [];
  return devices.flatMap((d: unknown) => {
    const o = d as { name?: unknown; type?: unknown };
    return typeof o?.name === 'string' ? [{ name: o.name, type: typeof o.type === 'string' ? o.type : 'auto' }] : [];
  });
}

/** `smartctl -H -i -j <dev>` and its exit code to the disk's health verdict. */
export function parseSmartHealth(device: string, text: string, exitCode: number): SmartHealth {
  const json = parseJson(text) ?? {};
  const model = typeof json.model_name === 'string' ? json.model_name : '';
  const status = json.smart_status as { passed?: unknown } | null | undefined;
  if (exitCode & bitFailing || status?.passed === false)
    return { device, passed: false, model, reason: 'SMART overall-health self-assessment: FAILED' };
  if (status?.passed === true) return { device, passed: true, model, reason: '' };
  // Read defensively: a wrapper or an odd build may print anything in smartctl's JSON shape.
  const listed = (json.smartctl as { messages?: unknown } | null | undefined)?.messages;
  const messages = (Array.isArray(listed) ? listed : [])
    .map((m: unknown) =>
      m && typeof (m as { string?: unknown }).string === 'string' ? (m as { string: string }).string : '',
    )
    .filter(Boolean);
  const reason =
    messages[0] ??
    (exitCode & bitOpenFailed
      ? 'cannot open the device (administrator rights needed?)'
      : exitCode & bitCommandFailed
        ? 'the device does not answer SMART commands'
        : 'no SMART status in the output');
  return { device, passed: null, model, reason: reason.slice(0, 300) };
}
