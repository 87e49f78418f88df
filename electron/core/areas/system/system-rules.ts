import type { DiagnosisRule, RaisedFault } from '../../probe';

/** `system.reboot-pending`, `system.recent-crash`, `security.av-off`, `security.firewall-off` from their readings. */
export const systemRule: DiagnosisRule = {
  id: 'system',
  evaluate(readings) {
    const faults: RaisedFault[] = [];
    const os = readings.get('system.os');
    if (os?.details.rebootPending === true)
      faults.push({
        id: 'system.reboot-pending',
        checkIds: [os.id],
        evidence: { markers: String((os.details.rebootMarkers as string[] | undefined)?.join(', ') ?? '') },
      });
    const crashes = readings.get('system.crashes');
    if (crashes?.status === 'warning') {
      const events = (crashes.details.events as unknown[] | undefined)?.length ?? 0;
      const blueScreens = Number(crashes.details.blueScreens ?? 0);
      faults.push({ id: 'system.recent-crash', checkIds: [crashes.id], evidence: { events, blueScreens } });
    }
    const security = readings.get('security.status');
    if (security?.status === 'warning') {
      if (security.details.avOn === false) faults.push({ id: 'security.av-off', checkIds: [security.id] });
      const off = security.details.firewallOff as string[] | null | undefined;
      if (off?.length)
        faults.push({ id: 'security.firewall-off', checkIds: [security.id], evidence: { profiles: off.join(', ') } });
    }
    return faults;
  },
};
