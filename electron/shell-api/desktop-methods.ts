/** The desktop-only methods are part of the shared contract; re-exported here for the shell. */
export * from '../../shared/contract/desktop.js';
