/**
 * `hrmap`: the command line of HRMap. It runs the same shared/ domain code as the app, on workspace files.
 * Each subcommand lives in ./commands; add one there and list it below.
 */
import { pathToFileURL } from 'node:url';
import { processIo, UsageError, type CliCommand, type CliIo } from './command';
import { demoCommand } from './commands/demo';
import { frameworksCommand } from './commands/frameworks';
import { importCommand } from './commands/import';
import { searchCommand } from './commands/search';
import { reportCommand } from './commands/report';
import { statsCommand } from './commands/stats';
import { suggestCommand } from './commands/suggest';
import { validateCommand } from './commands/validate';

// One command per line, so that commands added in parallel merge cleanly.
const COMMANDS: CliCommand[] = [
  demoCommand,
  importCommand,
  validateCommand,
  searchCommand,
  frameworksCommand,
  suggestCommand,
  statsCommand,
  reportCommand,
];

function help(io: CliIo): void {
  io.out('hrmap: HRMap on the command line\n\nCommands:');
  for (const c of COMMANDS) io.out(`  ${c.usage}\n      ${c.summary}`);
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`hrmap: unknown command "${name}". Run "hrmap --help".`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`hrmap ${name}: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    io.err(`hrmap ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
