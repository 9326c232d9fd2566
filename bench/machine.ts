import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { MachineInfo } from './result.js';
import { roundTo } from './stats.js';

export function machineInfo(): MachineInfo {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: roundTo(totalmem() / 1024 ** 3, 1),
    platform: `${platform()} ${release()}`,
    node: process.version,
    loadAverage: loadavg().map((value) => roundTo(value, 2)),
  };
}
