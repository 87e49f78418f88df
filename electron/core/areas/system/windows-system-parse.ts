import type { CrashEvent, CrashRead } from './crash-events';
import type { SourceRead } from '../../sources/source-read';
import { parseWmiTime } from '../printer/windows-printer-parse';
import { asArray, parseObject, scalarNumber, scalarText, type Json } from '../../sources/powershell-json';

/** PowerShell booleans arrive as true, "True", 1 or the GpoBoolean names depending on version and cast. */
const truthy = (v: unknown): boolean => v === true || v === 1 || (typeof v === 'string' && /^(true|1)$/i.test(v));

/** Kernel-Power 41 (rebooted without a clean shutdown), BugCheck 1001 (blue screen), EventLog 6008. */
export const windowsCrashScript = (days: number): string => `
$since = (Get-Date).AddDays(-${Math.floor(days)})
$events = @(Get-WinEvent -FilterHashtable @{ LogName = 'System'; Id = 41, 1001, 6008; StartTime = $since } -MaxEvents 100 -ErrorAction SilentlyContinue |
  Where-Object { ($_.Id -eq 41 -and $_.ProviderName -eq 'Microsoft-Windows-Kernel-Power') -or ($_.Id -eq 1001 -and ($_.ProviderName -eq 'Microsoft-Windows-WER-SystemErrorReporting' -or $_.ProviderName -eq 'BugCheck')) -or ($_.Id -eq 6008 -and $_.ProviderName -eq 'EventLog') } |
  Select-Object Id, ProviderName, @{ n = 'TimeCreated'; e = { $_.TimeCreated.ToUniversalTime().ToString('o') } })
ConvertTo-Json -InputObject ([pscustomobject]@{ events = $events }) -Compress -Depth 3
`;

/** The crash script's JSON to events; 41 and 6008 from the same restart count once (within 5 minutes). */
export function parseWindowsCrashes(text: string): CrashRead {
  const json = parseObject(text);
  if (!json)
    return {
      ok: false,
      problem: 'unreadable',
      reason: `event log query returned no JSON: ${text.trim().slice(0, 80)}`,
    };
  const events: CrashEvent[] = asArray(json.events).flatMap((e): CrashEvent[] => {
    const at = parseWmiTime(e.TimeCreated);
    if (at === null) return [];
    const id = scalarNumber(e.Id);
    const source = `${scalarText(e.ProviderName)} ${Number.isNaN(id) ? '' : id}`.trim();
    return [{ at, kind: id === 1001 ? 'blue-screen' : 'unexpected-shutdown', source }];
  });
  events.sort((a, b) => b.at - a.at);
  const merged: CrashEvent[] = [];
  for (const e of events) {
    const same = merged.find((m) => Math.abs(m.at - e.at) < 5 * 60_000);
    if (!same) merged.push(e);
    else if (e.kind === 'blue-screen') same.kind = 'blue-screen';
  }
  return { ok: true, events: merged };
}

/** Registry markers Windows sets while an update waits for a restart. */
export const windowsRebootScript = `
$cbs = Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending'
$wu = Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired'
$pfro = [bool](Get-ItemProperty 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Session Manager' -Name PendingFileRenameOperations -ErrorAction SilentlyContinue)
ConvertTo-Json -InputObject ([pscustomobject]@{ cbs = $cbs; wu = $wu; fileRenames = $pfro }) -Compress
`;

/**
 * Pending reboot from the registry markers. Pending file renames alone are not counted: installers
 * and antivirus leave them for days, and a permanent "restart pending" teaches users to ignore it.
 */
export function parseWindowsReboot(
  text: string,
): { ok: true; pending: boolean; markers: string[] } | { ok: false; reason: string } {
  const json = parseObject(text);
  if (!json) return { ok: false, reason: 'reboot query returned no JSON' };
  const markers = (['cbs', 'wu', 'fileRenames'] as const).filter((k) => truthy(json[k]));
  return { ok: true, pending: markers.includes('cbs') || markers.includes('wu'), markers };
}

/** Defender, any registered antivirus (Security Center) and the firewall profiles, each tried on its own. */
export const windowsSecurityScript = `
$r = [ordered]@{}
try { $mp = Get-MpComputerStatus -ErrorAction Stop; $r.defender = [pscustomobject]@{ antivirus = [bool]$mp.AntivirusEnabled; realTime = [bool]$mp.RealTimeProtectionEnabled } } catch { $r.defenderError = $_.Exception.Message }
try { $r.products = @(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct -ErrorAction Stop | Select-Object displayName, productState) } catch { $r.productsError = $_.Exception.Message }
try { $r.firewall = @(Get-NetFirewallProfile -ErrorAction Stop | Select-Object Name, @{ n = 'Enabled'; e = { [string]$_.Enabled } }) } catch { $r.firewallError = $_.Exception.Message }
ConvertTo-Json -InputObject ([pscustomobject]$r) -Compress -Depth 4
`;

export interface SecurityState {
  /** true some antivirus protects in real time; null when neither Defender nor Security Center answered. */
  avOn: boolean | null;
  avProducts: string[];
  /** Firewall profiles that are off (Domain, Private, Public); null when unreadable. */
  firewallOff: string[] | null;
  reasons: string[];
}

/**
 * Security Center's productState is a bit field; bit 12 (0x1000) set means the product is on.
 * Third-party antivirus (360, Huorong) switches Defender off, so Defender off alone is no fault.
 */
export function parseWindowsSecurity(text: string): SourceRead<SecurityState> {
  const json = parseObject(text);
  if (!json) return { ok: false, problem: 'unreadable', reason: 'security query returned no JSON' };
  const reasons = (['defenderError', 'productsError', 'firewallError'] as const)
    .map((k) => json[k])
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.slice(0, 200));
  const defender = json.defender as Json | undefined;
  const defenderOn = defender ? truthy(defender.antivirus) && truthy(defender.realTime) : null;
  const products = 'products' in json ? asArray(json.products) : null;
  const activeProducts = (products ?? [])
    .filter((p) => (scalarNumber(p.productState) & 0x1000) !== 0)
    .map((p) => scalarText(p.displayName));
  const avOn =
    defenderOn === true || activeProducts.length > 0 ? true : defenderOn === null && products === null ? null : false;
  const firewall = 'firewall' in json ? asArray(json.firewall) : null;
  const firewallOff = firewall ? firewall.filter((p) => !truthy(p.Enabled)).map((p) => scalarText(p.Name)) : null;
  return { ok: true, avOn, avProducts: activeProducts, firewallOff, reasons };
}
