import pkg from '../package.json' with { type: 'json' };

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Answered before the command-line parser (and everything it registers) is loaded.
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv);
}
