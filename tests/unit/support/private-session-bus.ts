import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type MessageBus, type interface as dbusInterface, sessionBus } from 'dbus-next';

/**
 * A throwaway D-Bus session bus: a real dbus-daemon on a socket in a temp folder, so the Linux
 * desktop readers are tested against the wire protocol and a real daemon's routing and errors,
 * with fake desktop services exported on it. Never the developer's own session bus.
 */

const INSTALL_HINT =
  "dbus-daemon is needed for the Linux desktop bus tests: install Debian's dbus-daemon " +
  'package (sudo apt-get install dbus-daemon).';

export interface PrivateSessionBus {
  address: string;
  /** Stops the daemon and removes its folder. */
  stop(): Promise<void>;
}

function config(socket: string): string {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts dbus-daemon; fails, never skips, when it is not installed. */
export async function startPrivateSessionBus(): Promise<PrivateSessionBus> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-dbus-'));
  // A path socket, not unix:tmpdir: Linux makes that an abstract socket, which dbus-next
  // reaches only through its optional native usocket.
  const configFile = path.join(dir, 'session.conf');
  fs.writeFileSync(configFile, config(path.join(dir, 'bus')));
  const daemon = spawn(
    'dbus-daemon',
    [`--config-file=${configFile}`, '--print-address=1', '--nofork', '--nosyslog'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = async () => {
    daemon.kill('SIGTERM');
    await exited(daemon);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      daemon.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n')[0];
        if (out.includes('\n') && line) resolve(line.trim());
      });
      daemon.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      daemon.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'ENOENT' ? new Error(INSTALL_HINT) : error),
      );
      daemon.once('exit', (code) => reject(new Error(`dbus-daemon exited (${code}): ${err}`)));
    });
    return { address, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A connection that owns names on the private bus, as a desktop service would. */
export interface FakeService {
  bus: MessageBus;
  /**
   * Gives its names back (the daemon has forgotten them when this resolves) and hangs up.
   * Once: a second close is a no-op.
   */
  close(): Promise<void>;
}

/** Connects to `address`, exports `objects` and takes `names`. */
export async function startFakeService(
  address: string,
  names: string[],
  objects: [objectPath: string, iface: dbusInterface.Interface][] = [],
): Promise<FakeService> {
  const bus = sessionBus({ busAddress: address });
  // A broken socket must fail the test that caused it, not crash the run.
  bus.on('error', () => undefined);
  for (const [objectPath, iface] of objects) bus.export(objectPath, iface);
  for (const name of names) await bus.requestName(name, 0);
  let closed = false;
  return {
    bus,
    async close() {
      if (closed) return;
      closed = true;
      for (const name of names) await bus.releaseName(name);
      bus.disconnect();
    },
  };
}

/** A service that takes every call and never answers, like a hung desktop service. */
export async function startSilentService(address: string, names: string[]): Promise<FakeService> {
  const service = await startFakeService(address, names);
  service.bus.addMethodHandler(() => true);
  return service;
}
