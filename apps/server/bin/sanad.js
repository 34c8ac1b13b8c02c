#!/usr/bin/env node
import process from 'node:process';

// Runs the TypeScript sources directly: Node 24 strips types natively, so there is no build step.
const { main } = await import('../src/cli.ts');
process.exit(await main(process.argv.slice(2)));
