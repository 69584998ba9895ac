import fs from 'node:fs';
import path from 'node:path';
import { buildBridgeScript } from '../harness/build-bridge';

export const BRIDGE_FILE = path.resolve('node_modules/.cache/unknot-e2e/bridge.js');

export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(path.resolve('out/renderer/index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` before the e2e tests.');
  }
  // This run's coverage starts empty (npm run coverage merges it with the unit run's).
  fs.rmSync(path.resolve('coverage/e2e'), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(BRIDGE_FILE), { recursive: true });
  fs.writeFileSync(BRIDGE_FILE, await buildBridgeScript(process.cwd()));
}
