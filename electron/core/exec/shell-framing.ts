// The request/response framing spoken with the long-lived PowerShell session. One line each way,
// and every payload is base64 of UTF-8, so the console code page (GBK on Chinese Windows), stray
// newlines in output and progress noise can never break a frame.

const responseTag = '@@IG';

/** One answer from the shell: the request id, whether the script threw, and its output text. */
export interface ShellFrame {
  id: number;
  ok: boolean;
  text: string;
}

/** The line sent to the shell for one script. */
export function encodeRequest(id: number, script: string): string {
  return `${id} ${Buffer.from(script, 'utf8').toString('base64')}\n`;
}

/** The line the shell answers with (used by the fake shell in tests and documented for the real one). */
export function encodeResponse(id: number, ok: boolean, text: string): string {
  return `${responseTag} ${id} ${ok ? 'ok' : 'err'} ${Buffer.from(text, 'utf8').toString('base64')}\n`;
}

/** Parses one line; anything that is not a well-formed frame (banners, warnings, garbage) gives undefined. */
export function decodeResponseLine(line: string): ShellFrame | undefined {
  const match = /^@@IG (\d{1,15}) (ok|err) ([A-Za-z0-9+/=]*)\r?$/.exec(line);
  if (!match) return undefined;
  return { id: Number(match[1]), ok: match[2] === 'ok', text: Buffer.from(match[3] ?? '', 'base64').toString('utf8') };
}

/**
 * Splits the shell's stdout into lines across chunk boundaries; frames go to `onFrame`, other
 * lines to `onNoise`. A line longer than `maxLineBytes` is dropped as noise, so a runaway shell
 * cannot grow our memory without bound.
 */
export function createFrameDecoder(
  onFrame: (frame: ShellFrame) => void,
  onNoise: (line: string) => void,
  maxLineBytes: number,
): { push(chunk: string): void } {
  let buffer = '';
  let discarding = false;
  return {
    push(chunk) {
      buffer += chunk;
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (discarding) discarding = false;
        else if (line.length > maxLineBytes) onNoise(`${line.slice(0, 200)}… (over ${maxLineBytes} bytes, dropped)`);
        else {
          const frame = decodeResponseLine(line);
          if (frame) onFrame(frame);
          else if (line.trim()) onNoise(line.slice(0, 200));
        }
        newline = buffer.indexOf('\n');
      }
      if (buffer.length > maxLineBytes) {
        onNoise(`${buffer.slice(0, 200)}… (over ${maxLineBytes} bytes, dropped)`);
        buffer = '';
        discarding = true;
      }
    },
  };
}

/**
 * The loop the real PowerShell runs: read a request line, run the script, answer with one frame.
 * Errors in a script become an `err` frame; the loop itself never stops until stdin closes.
 */
export const powerShellServerScript = `
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$reader = [Console]::In
while ($true) {
  $line = $reader.ReadLine()
  if ($null -eq $line) { break }
  $parts = $line.Split(' ', 2)
  if ($parts.Count -ne 2) { continue }
  $status = 'ok'
  try {
    $script = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($parts[1]))
    $out = (& ([ScriptBlock]::Create($script)) | Out-String -Width 4096)
  } catch {
    $status = 'err'
    $out = [string]$_.Exception.Message
  }
  $b64 = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes([string]$out))
  [Console]::Out.WriteLine("${responseTag} $($parts[0]) $status $b64")
  [Console]::Out.Flush()
}
`;

/** PowerShell's -EncodedCommand wants base64 of UTF-16LE. */
export function encodePowerShellCommand(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}
