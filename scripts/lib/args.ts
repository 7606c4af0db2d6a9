/** The command line of the project's scripts: strict options, --help, and a clear error for a bad one. */
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

/**
 * Parses a script's options strictly. `--help` prints the usage and exits 0; an unknown option or
 * a missing value prints "<name>: error: …" and the usage on stderr and exits 2, with no stack trace.
 * @param name the script's name, as its messages begin ("normalize")
 * @param usage how to call it, printed with --help and after an error
 * @param options the options it takes (node:util parseArgs)
 * @param args the arguments; the process's own by default
 * @returns the options' values
 */
export function parseOptions<const O extends ParseArgsOptionsConfig>(
  name: string,
  usage: string,
  options: O,
  args: string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ options: O; args: string[] }>>['values'] {
  if (args.includes('--help')) {
    console.log(usage.trim());
    process.exit(0);
  }
  try {
    return parseArgs({ options, args }).values;
  } catch (error) {
    console.error(
      `${name}: error: ${error instanceof Error ? error.message : String(error)}\n\n${usage.trim()}`,
    );
    process.exit(2);
  }
}
