/**
 * Runs a bench tool's `main` with its arguments: exits with the code it gives (0 when it gives
 * none), or prints the failure's stack and exits 1.
 */
export function runScript(main: (argv: string[]) => Promise<number | void>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
