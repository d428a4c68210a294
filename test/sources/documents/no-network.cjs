// Preloaded with `node --require` into a child process (and, through the inherited execArgv,
// into every worker thread it starts): any attempt to reach the network is reported on stderr
// as "NETWORK ATTEMPT: ..." and fails. Used to prove that OCR runs fully offline.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a --require preload must be CommonJS: Node 20 runs --import preloads in the main thread only */
const net = require('node:net');
const dns = require('node:dns');
const { threadId } = require('node:worker_threads');

function refuse(what) {
  process.stderr.write(`NETWORK ATTEMPT: ${what} (thread ${threadId})\n`);
  throw new Error(`network access is blocked in this test (${what})`);
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  // net.connect() hands over its arguments already normalised, as [options, callback].
  const target = Array.isArray(args[0]) ? args[0][0] : args[0];
  // Local IPC (pipes, Unix sockets: tsx uses one) is not the network.
  if (typeof target === 'string' || (target && typeof target === 'object' && typeof target.path === 'string')) {
    return originalConnect.apply(this, args);
  }
  const where = target && typeof target === 'object' ? `${target.host ?? 'localhost'}:${target.port}` : `${args[1] ?? 'localhost'}:${target}`;
  return refuse(`connect ${where}`);
};
dns.lookup = (host) => refuse(`dns lookup ${host}`);
dns.promises.lookup = async (host) => refuse(`dns lookup ${host}`);
globalThis.fetch = async (url) => refuse(`fetch ${String(url)}`);
process.stderr.write(`network guard installed (thread ${threadId})\n`);
