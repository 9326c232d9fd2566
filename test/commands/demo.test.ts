import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIo } from '../support/io.js';
import { loadSeedFile } from '../../src/emulator/index.js';

describe('demo (npm start)', () => {
  it('walks the whole loop against the embedded emulator and ends with the checklist verified', async () => {
    const io = captureIo();
    expect(await main(['demo'], io)).toBe(0);
    const out = io.out();
    expect(io.err()).toBe('');
    expect(out).toContain('emulator (NOT NetSuite)');
    // Three origins, as NetSuite has them, and the links point at the UI one.
    const origins = /listening on (\S+) \(REST\), (\S+) \(RESTlets\) and (\S+) \(UI\)/.exec(out);
    expect(new Set(origins?.slice(1)).size).toBe(3);
    expect(out).toContain(`${origins?.[3] ?? ''}/app/setup/accesstoken.nl?id=4714&e=T`);
    // Its temporary directory is gone once the tour is over.
    const workdir = /The desired state is (\S+)\/netsuite-tokens\.yaml/.exec(out)?.[1] ?? '';
    expect(workdir).toMatch(/netsuite-tokens-demo-/);
    expect(existsSync(workdir)).toBe(false);
    expect(out).toContain('Plan: 1 to revoke via API, 2 for an administrator');
    expect(out).toMatch(/Administrator checklist \(2\)/);
    expect(out).toContain('Applied: 1 done and verified, 2 pending, 0 failed');
    expect(out).toContain('Administrator changes verified since the last run (2)');
    expect(out).toContain('statusVersion: 2');
    // The certificate rotation: planned step by step, applied into a file target, and nothing left after.
    expect(out).toContain('deliver the new bundle to file:secrets/expense-sync.json, and revoke the certificate it replaces in the same run');
    expect(out).toMatch(/expense-sync +Expense Sync +entity 309 +role 1008 +rotate \(active → active\) +API .* done/);
    expect(out).toMatch(/expense-sync\.json now holds the new bundle \(mode 0600\): kind netsuite-m2m, .*certificateId [\w-]{43}, algorithm ES256/);
    expect(out.slice(out.indexOf('▶ 9.'))).toContain('No changes. 1 certificate mapping matches the desired state.');
    expect(out).not.toContain('PRIVATE KEY');
    // It ends by saying how to go on by hand, certificates included.
    expect(out).toContain('"netsuite-tokens emulator" prints the lines to paste into your shell (add --bundles DIR for the certificate mappings\' bundles).');
    // The demo's fake secrets are still secrets: none is printed.
    const seed = await loadSeedFile('examples/demo-seed.yaml');
    const secrets = [...seed.integrations.map((integration) => integration.consumerSecret), ...seed.tokens.flatMap((token) => token.tokenSecret ?? [])];
    expect(secrets.length).toBeGreaterThan(2);
    for (const secret of secrets) expect(out).not.toContain(secret);
  });
});

describe('demo that stops part-way', () => {
  it('still removes its temporary directory', async () => {
    const controller = new AbortController();
    controller.abort();
    const io = captureIo({ signal: controller.signal });
    expect(await main(['demo'], io)).toBe(130);
    const workdir = /The desired state is (\S+)\/netsuite-tokens\.yaml/.exec(io.out())?.[1] ?? '';
    expect(workdir).toMatch(/netsuite-tokens-demo-/);
    expect(existsSync(workdir)).toBe(false);
    // Said once: the step that was stopped does not report it as well as the CLI.
    expect(io.err().match(/^error: Interrupted/gm)).toHaveLength(1);
    expect(io.err()).not.toContain('The demo stopped');
  });
});
