/** Where a command writes, and what it knows of its environment (tests pass their own). */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress lines); absent means no. */
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}

/** Colour on a terminal, never with NO_COLOR; FORCE_COLOR forces it. */
export function useColor(io: Io): boolean {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY && io.env['TERM'] !== 'dumb';
}
