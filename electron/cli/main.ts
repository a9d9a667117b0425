// The island CLI entry: dispatches subcommands and maps errors to exit codes (2 = bad input).
import { HostError } from '../services/host-error';
import { InputError } from '../../solver/issues';
import { UsageError } from './args';
import { RUN_USAGE } from './run-usage';
import { SIZE_USAGE } from './size-usage';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

const USAGE = `Energy Island Dispatch Simulator (能源岛调度模拟器)

usage:
  ${RUN_USAGE}
  ${SIZE_USAGE}
  island report <scenario.json...> --type proposal|technical --lang zh|en --format pdf|xlsx|csv|html --out <file>
`;

/** Runs the CLI; returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run': {
        // Loaded on use, as every subcommand: `island --help` then starts without the solver (the CLI bundle splits here).
        const { runCommand } = await import('./run-command');
        return await runCommand(rest, io);
      }
      case 'size': {
        const { sizeCommand } = await import('./size-command');
        return await sizeCommand([...rest], io);
      }
      case 'report': {
        const { reportCommand } = await import('./report-command');
        return await reportCommand([...rest], io);
      }
      case undefined:
      case 'help':
      case '--help':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`island: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`island: ${error.message}\n`);
      return 2;
    }
    if (error instanceof HostError) {
      // A solve that timed out, was cancelled or lost its worker: a known outcome, not a crash.
      io.stderr(`island: ${error.message} (${error.code})\n`);
      return 1;
    }
    io.stderr(`island: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
