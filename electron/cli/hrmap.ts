/**
 * `hrmap`: the command line of HRMap. It runs the same shared/ domain code as the app, on workspace files.
 * Each subcommand lives in ./commands; add one there and list it below.
 */
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../shared/model/lang';
import { processIo, UsageError, type CliCommand, type CliIo } from './command';
import { demoCommand } from './commands/demo';
import { frameworksCommand } from './commands/frameworks';
import { importCommand } from './commands/import';
import { searchCommand } from './commands/search';
import { reportCommand } from './commands/report';
import { statsCommand } from './commands/stats';
import { suggestCommand } from './commands/suggest';
import { validateCommand } from './commands/validate';
import { errorMessage } from './errors';
import { cliT, takeLangOption } from './i18n';

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

const HELP = new Set(['--help', '-h', 'help']);

function help(io: CliIo, lang: Lang): void {
  const t = cliT('common', lang);
  io.out(`${t('cli.intro')}\n\n${t('cli.commands')}`);
  for (const c of COMMANDS) io.out(`  ${c.usage(lang)}\n      ${c.summary(lang)}`);
  io.out(`\n${t('cli.languageNote')}`);
}

/**
 * Runs one command line. The language is settled first (--lang anywhere on the line, else the environment),
 * so that help, usage lines, errors and every command's output are in it.
 */
export async function main(argv: string[], io: CliIo = processIo, env: Record<string, string | undefined> = process.env): Promise<number> {
  const { lang, rest, bad } = takeLangOption(argv, env);
  const t = cliT('common', lang);
  const [name, ...args] = rest;
  const command = COMMANDS.find((c) => c.name === name);
  const usageError = (message: string): number => {
    io.err(command ? `hrmap ${command.name}: ${message}\n${t('cli.usage', { usage: command.usage(lang) })}` : `hrmap: ${message}`);
    return 2;
  };
  if (bad !== undefined) return usageError(t('cli.badLang', { lang: bad }));
  if (!name || HELP.has(name)) {
    help(io, lang);
    return name ? 0 : 2;
  }
  if (!command) return usageError(t('cli.unknownCommand', { name }));
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${t('cli.usage', { usage: command.usage(lang) })}\n${command.summary(lang)}`);
    return 0;
  }
  try {
    return await command.run(args, io, lang);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    io.err(`hrmap ${name}: ${errorMessage(error, lang)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
