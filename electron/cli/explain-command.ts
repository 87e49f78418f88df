import type { Translator } from '../../shared/i18n/translator';
import { parseErrorCode } from '../../shared/codes/parse-error-code';
import { buildExplainReport, renderExplainText } from '../../shared/codes/explain-report';
import type { CliIo } from './cli-io';

/** `invoiceguard explain CODE`: pure lookup, no core needed. Exit 0 recognised, 1 not recognised. */
export function runExplain(command: { text: string; json: boolean }, t: Translator, io: CliIo): number {
  const result = parseErrorCode(command.text);
  const report = buildExplainReport(result, t);
  io.stdout(command.json ? `${JSON.stringify(report, null, 2)}\n` : renderExplainText(report, t));
  return result.recognised ? 0 : 1;
}
