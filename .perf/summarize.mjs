import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort().at(-1);
const prof = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const dt = prof.timeDeltas;
const total = (prof.endTime - prof.startTime) / 1000;
const counts = new Map();
prof.samples.forEach((id, i) => { counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0) / 1000); });
const bySelf = new Map(); const inclusive = new Map();
for (const [id, ms] of counts) {
  const n = nodes.get(id); const cf = n.callFrame;
  const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber}`;
  bySelf.set(key, (bySelf.get(key) ?? 0) + ms);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const c = nodes.get(cur).callFrame; const k = `${c.functionName || '(anon)'} ${c.url.split('/').slice(-2).join('/')}:${c.lineNumber}`;
    if (seen.has(k)) continue; seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  }
}
console.log(`profile ${file}: ${total.toFixed(0)} ms`);
console.log('--- self');
for (const [k, v] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 30))) console.log(v.toFixed(1).padStart(8), k);
console.log('--- inclusive');
for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[4] ?? 50))) console.log(v.toFixed(1).padStart(8), k);
