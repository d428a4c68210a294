#!/usr/bin/env node
// The installed `promise-audit` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../shared/node/cli.ts');
process.exitCode = await main(process.argv.slice(2));
