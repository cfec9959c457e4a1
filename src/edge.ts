/** What bin/arca, the process edge, takes from arca: the program, and the hook that makes a zone local. */
export { main } from './cli.js';
export { markLocalZone } from './time.js';
