import { runCli } from './cli';
import { errorMessage } from '../../shared/error-message';
import { oneLine } from '../../shared/text/one-line';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  platform: process.platform,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`invoiceguard: ${oneLine(errorMessage(error))}\n`);
    process.exitCode = 3;
  },
);
