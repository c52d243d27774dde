/** Child processes whose output goes to a log file, shown (its end) only when they fail. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const TAIL_LINES = 40;

export const tail = (file: string, lines = TAIL_LINES): string => {
  if (!fs.existsSync(file)) return '';
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
};

export const runLogged = (
  label: string,
  command: string,
  args: string[],
  { cwd, env = process.env, logFile }: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string }
): Promise<void> =>
  new Promise((resolve, reject) => {
    const log = fs.openSync(logFile, 'w');
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log] });
    child.on('error', (error) => {
      fs.closeSync(log);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      fs.closeSync(log);
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ?? `exit code ${code}`}); the end of ${logFile}:\n${tail(logFile)}`));
    });
  });
