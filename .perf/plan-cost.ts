import { planningInput } from '../bench/planning-input.js';
import { planChanges } from '../src/domain/plan-changes.js';
import { EMPTY_HISTORY } from '../src/domain/plan.js';
import { renderPlanText } from '../src/domain/render-text.js';
import { renderPlanMarkdown } from '../src/domain/render-markdown.js';

const input = planningInput(20000, 'rotation-and-unused');
const unmanaged = { ...input.desired, tokens: input.desired.tokens.slice(0, 7) };
const cpu = <T>(work: () => T): [number, T] => { const before = process.cpuUsage(); const value = work(); const u = process.cpuUsage(before); return [Math.round((u.user + u.system) / 1000), value]; };
for (let i = 0; i < 6; i += 1) {
  const [declaredMs, plan] = cpu(() => planChanges(input.desired, input.observation, EMPTY_HISTORY, input.now, { allowOverLimit: false }));
  const [unmanagedMs, plan2] = cpu(() => planChanges(unmanaged, input.observation, EMPTY_HISTORY, input.now, { allowOverLimit: false }));
  const [textMs] = cpu(() => renderPlanText(plan2, { color: false, uiOrigin: 'https://x', width: null }));
  const [mdMs] = cpu(() => renderPlanMarkdown(plan2, { uiOrigin: 'https://x' }));
  console.log(`all declared ${declaredMs} ms (${plan.findings.length} findings); 7 declared ${unmanagedMs} ms (${plan2.findings.length} findings); text ${textMs}, markdown ${mdMs}`);
}
