import { spawn } from 'node:child_process';
import type { Io } from './io.js';

/**
 * Opens `url` in the person's browser, only where one obviously exists: a terminal that is not CI, on a
 * platform with a known opener. Failing to open is not an error: the address is printed anyway.
 */
export function openBrowser(url: string, io: Pick<Io, 'interactive' | 'env'>): void {
  if (!io.interactive || io.env['CI'] === 'true') return;
  const opener = openerFor(process.platform, io.env);
  if (opener === null) return;
  try {
    const child = spawn(opener.command, [...opener.args, url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // The address is on the screen; the person opens it by hand.
  }
}

function openerFor(platform: NodeJS.Platform, env: Io['env']): { command: string; args: string[] } | null {
  if (platform === 'darwin') return { command: 'open', args: [] };
  // Not `cmd /c start`: cmd would read the URL's `&` as a command separator.
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler'] };
  // Elsewhere xdg-open, and only with a display: an SSH session or a container has no browser to open.
  return env['DISPLAY'] !== undefined || env['WAYLAND_DISPLAY'] !== undefined ? { command: 'xdg-open', args: [] } : null;
}
