import { generateSeed } from '../src/emulator/index.js';
import { desiredStateFile } from '../bench/desired-file.js';
import { loadConfigText } from '../src/config/load-config.js';
import { parseYaml } from '../src/config/parse-yaml.js';

const text = desiredStateFile(generateSeed({ tokens: 20000, loginRows: 0, seed: 20000 }), { credentialsEvery: null });
const cpu = (work: () => void): number => { const before = process.cpuUsage(); work(); const u = process.cpuUsage(before); return Math.round((u.user + u.system) / 1000); };
for (let i = 0; i < 4; i += 1) {
  console.log('parseYaml', cpu(() => parseYaml(text, 'f.yaml')), 'ms CPU; loadConfigText', cpu(() => loadConfigText(text, 'f.yaml')), 'ms CPU');
}
