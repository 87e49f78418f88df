import type { Reading } from '../../../../shared/model/reading';
import type { DiagnosisRule } from '../../probe';
import { layersFrom } from './network-layers';
import { networkVerdict } from './network-verdict';

/** All network faults come from one verdict over the layer readings, so a root cause is raised once. */
export const networkVerdictRule: DiagnosisRule = {
  id: 'network.verdict',
  evaluate(readings) {
    const network = new Map<string, Reading>();
    for (const [id, reading] of readings)
      if (id.startsWith('network.') && id !== 'network.verdict') network.set(id, reading);
    if (!network.size) return [];
    return networkVerdict(layersFrom(network)).faults;
  },
};
