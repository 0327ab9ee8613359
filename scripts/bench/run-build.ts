/**
 * Runs one `astro build` as a child process and records what the report needs: wall time, every
 * output line with the millisecond it arrived (Node writes to pipes synchronously on Linux, so
 * arrival time is when Astro logged it), and peak memory of the whole process tree.
 *
 * Peak memory is the larger of two measurements: GNU time's "Maximum resident set size" (exact,
 * but for the largest single process) and the sum of VmRSS over the process tree, polled every
 * 200 ms from /proc (catches helpers running next to Node, such as pagefind's binary).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LogLine {
  /** Milliseconds since the build started. */
  at: number;
  text: string;
}

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  peakRssBytes: number | undefined;
  /** CPU time of the build (user + system, all threads and children GNU time waited for). */
  cpuMs: number | undefined;
  lines: LogLine[];
  logFile: string;
}

export interface BuildCommand {
  cwd: string;
  args: string[];
  env: Record<string, string>;
  logFile: string;
}

const GNU_TIME = '/usr/bin/time';
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

export async function runBuild(command: BuildCommand): Promise<BuildRun> {
  const timeFile = `${command.logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const [file, args] = useTime
    ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...command.args]]
    : [process.execPath, command.args];
  const started = performance.now();
  const child = spawn(file, args, {
    cwd: command.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...command.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  writeFileSync(command.logFile, '');
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = performance.now() - started;
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      const added = parts.map((text) => ({ at, text: text.replace(ANSI, '').replace(/\r$/, '') }));
      lines.push(...added);
      // Written as it comes, so a long build can be followed with `tail -f`.
      if (added.length > 0) appendFileSync(command.logFile, added.map(format).join(''));
    });
    stream.on('end', () => {
      if (pending) lines.push({ at: performance.now() - started, text: pending.replace(ANSI, '') });
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);

  let polledPeak = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) polledPeak = Math.max(polledPeak, treeRss(child.pid));
  }, 200);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(poll);
  const wallMs = performance.now() - started;

  lines.sort((a, b) => a.at - b.at);
  // Rewritten in arrival order (stdout and stderr interleaved).
  writeFileSync(command.logFile, lines.map(format).join(''));
  const timed = useTime ? maxRssFromTime(timeFile) : undefined;
  const peak = Math.max(polledPeak, timed ?? 0);
  return { ok: exitCode === 0, exitCode, wallMs, peakRssBytes: peak > 0 ? peak : undefined, cpuMs: useTime ? cpuFromTime(timeFile) : undefined, lines, logFile: command.logFile };
}

/**
 * User plus system time from GNU time: on a shared machine the wall time moves with the
 * neighbours' load, the CPU time much less, so it tells whether a change made the work smaller.
 */
function cpuFromTime(file: string): number | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    const user = /User time \(seconds\): ([\d.]+)/.exec(text);
    const system = /System time \(seconds\): ([\d.]+)/.exec(text);
    return user && system ? (Number(user[1]) + Number(system[1])) * 1000 : undefined;
  } catch {
    return undefined;
  }
}

const format = (l: LogLine) => `${(l.at / 1000).toFixed(3).padStart(8)}s ${l.text}\n`;

function maxRssFromTime(file: string): number | undefined {
  try {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(file, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Sum of resident memory of `root` and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(path.join('/proc', name, 'stat'), 'utf8');
      // The command name may contain spaces and parentheses: fields start after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status);
      if (kb) total += Number(kb[1]) * 1024;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
