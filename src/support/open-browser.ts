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
    const child = spawn(opener.command, [...opener.args, url], { detached: true, stdio: 'ignore', env: openerEnvironment(io.env) });
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

/** What an opener and the browser it may start need to find the person's session, and nothing else. */
const PASSED_TO_OPENER = new Set([
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'TZ', 'DISPLAY', 'WAYLAND_DISPLAY', 'XAUTHORITY', 'DBUS_SESSION_BUS_ADDRESS', 'BROWSER',
  'TMPDIR', 'TEMP', 'TMP', 'SYSTEMROOT', 'WINDIR', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'COMSPEC', 'PATHEXT',
]);

/**
 * The opener's environment: a browser is long-lived and starts helpers and crash reporters of its own, so
 * it never inherits the run's NetSuite, GitHub or AWS secrets.
 */
export function openerEnvironment(env: Io['env']): Record<string, string> {
  const passed: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && (PASSED_TO_OPENER.has(name) || name.startsWith('XDG_') || name.startsWith('LC_'))) passed[name] = value;
  }
  return passed;
}
