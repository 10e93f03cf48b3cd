// node scripts/bench/leak-scan-cost.ts <dist> <data> [--extra N]
// Times the build's leak scan over a built site: reading (and decompressing) every file,
// and searching it for the private values of the data folder, plus N synthetic 11-digit
// values when --extra is given (to see the cost of a larger aid.csv on the same output).
import { parseArgs } from 'node:util';
import { readDataDir } from '../../src/build/read-data-dir.ts';
import { collectPrivateValues, type PrivateValue } from '../../src/lib/privacy/private-values.ts';
import { scanForPrivateValues } from '../../src/lib/privacy/scan-output.ts';
import { outputFiles } from '../lib/leak-scan.ts';

const { positionals, values: args } = parseArgs({
  allowPositionals: true,
  options: { extra: { type: 'string', default: '0' } },
});
const [dist, data] = positionals;
if (!dist || !data) throw new Error('usage: leak-scan-cost.ts <dist> <data> [--extra N]');

const readStarted = performance.now();
const readCpu = process.cpuUsage();
const files = [...outputFiles(dist)];
const readMs = performance.now() - readStarted;
const readCpuMs = process.cpuUsage(readCpu).user / 1000;
const chars = files.reduce((n, f) => n + f.text.length, 0);
const values: PrivateValue[] = collectPrivateValues(readDataDir(data));
for (let i = 0; i < Number(args.extra); i++) {
  values.push({ file: 'aid.csv', line: i + 2, header: '联系电话', value: `139${String(i).padStart(8, '0')}` });
}
const scanStarted = performance.now();
const scanCpu = process.cpuUsage();
const leaks = scanForPrivateValues(files, values);
const scanMs = performance.now() - scanStarted;
const scanCpuMs = process.cpuUsage(scanCpu).user / 1000;
console.log(
  JSON.stringify({
    files: files.length,
    chars,
    values: values.length,
    leaks: leaks.length,
    readMs: Math.round(readMs),
    readCpuMs: Math.round(readCpuMs),
    scanMs: Math.round(scanMs),
    scanCpuMs: Math.round(scanCpuMs),
  }),
);
