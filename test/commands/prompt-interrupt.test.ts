import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIo } from '../support/io.js';
import { startTestAccount, type TestAccount } from '../support/account.js';
import { terminalPressingCtrlC } from '../support/terminal.js';

/**
 * Ctrl-C while a question waits at the terminal. The terminal is in raw mode then, so Ctrl-C reaches
 * readline as a key, not the process as SIGINT: it must stop the run as SIGINT does (exit 130, one
 * sentence), not surface as an unexpected failure. A PassThrough pair plays the terminal
 * (rotate --paste's prompt: test/commands/rotate.test.ts).
 */

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});

describe('Ctrl-C at a question', () => {
  it('stops apply at its confirmation as an interruption (exit 130), with nothing changed', async () => {
    account = await startTestAccount();
    const controller = new AbortController();
    const terminal = terminalPressingCtrlC(controller);
    const io = captureIo({ env: account.env, cwd: account.dir, signal: controller.signal, terminal: { ask: terminal.ask } });

    const code = await main(['apply'], io);

    expect(terminal.shown()).toContain('Only "yes" is accepted: ');
    expect(io.err()).not.toContain('unexpected failure');
    expect(io.err()).toMatch(/^error: Interrupted\./m);
    expect(code).toBe(130);
    expect(account.emulator.state().tokens.find((token) => token.id === '102')?.state).toBe('active');
  });
});
