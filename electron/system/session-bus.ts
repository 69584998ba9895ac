import fs from 'node:fs';
import path from 'node:path';
import { type MessageBus, DBusError, Message, MessageFlag, Variant, sessionBus } from 'dbus-next';

/**
 * The desktop session's D-Bus, for the Linux readers (linux-quiet.ts, linux-idle.ts). The
 * connection is made on the first call, not when the app starts. Nothing here may take the
 * app down: no bus, a bus that goes away and a service that never answers all end as a
 * rejected call, which the readers take for "no answer".
 */

/** How long one call may take. A desktop service answers in milliseconds or is stuck. */
export const CALL_TIMEOUT_MS = 1000;

export interface MethodCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: unknown[];
  /**
   * Ask only a service that is already running. Without it the bus starts an activatable one
   * (say a stray notification daemon) just to answer us.
   */
  noAutoStart?: boolean;
}

export interface SessionBusLike {
  /**
   * The reply's arguments. Rejects with the service's DBusError, with a timeout error after
   * timeoutMs, or at once when there is no bus to send on.
   */
  call(call: MethodCall, timeoutMs: number): Promise<unknown[]>;
  /** Closes the connection; calls after this reject. */
  disconnect(): void;
}

/**
 * Where the session bus listens: DBUS_SESSION_BUS_ADDRESS, else systemd's per-user socket,
 * where GDBus and libdbus look when the variable is unset. null when there is neither.
 */
export function sessionBusAddress(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.DBUS_SESSION_BUS_ADDRESS?.trim();
  if (fromEnv) return fromEnv;
  const runtimeDir = env.XDG_RUNTIME_DIR;
  if (!runtimeDir) return null;
  const socket = path.join(runtimeDir, 'bus');
  return fs.existsSync(socket) ? `unix:path=${socket}` : null;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** The D-Bus error name a call was refused with (org.freedesktop.DBus.Error.UnknownMethod...). */
export function dbusErrorName(error: unknown): string | null {
  return error instanceof DBusError ? error.type : null;
}

/** A reply value with its variant layers taken off (the portal's old Read wraps twice). */
export function unwrapVariant(value: unknown): unknown {
  let inner = value;
  while (inner instanceof Variant) inner = (inner as Variant<unknown>).value;
  return inner;
}

/** A session bus handle, or null when no session bus is advertised (no desktop session). */
export function openSessionBus(address = sessionBusAddress()): SessionBusLike | null {
  if (!address) return null;
  const busAddress = address;
  let bus: MessageBus | null = null;
  let closed = false;
  /** The reject of every call in flight, so a dead bus fails them now, not at their timeout. */
  const inFlight = new Set<(error: Error) => void>();

  function drop(error: Error): void {
    const dead = bus;
    bus = null;
    for (const fail of [...inFlight]) fail(error);
    try {
      dead?.disconnect();
    } catch {
      // Its stream is already gone; there is nothing left to close.
    }
  }

  function connection(): MessageBus {
    if (bus) return bus;
    // Throws at once for an address it cannot parse, or for an abstract socket, which needs
    // dbus-next's optional native usocket.
    const fresh = sessionBus({ busAddress });
    // dbus-next emits 'error' when the socket cannot connect or breaks; unheard, that event
    // would throw out of the event loop. The listener stays for the errors a dropped
    // connection may still emit. The next call connects afresh.
    fresh.on('error', (error: unknown) => {
      if (bus === fresh) drop(asError(error));
    });
    bus = fresh;
    return fresh;
  }

  return {
    call(spec, timeoutMs) {
      if (closed) return Promise.reject(new Error('The session bus was disconnected'));
      return new Promise<unknown[]>((resolve, reject) => {
        const message = new Message({
          destination: spec.destination,
          path: spec.path,
          interface: spec.interface,
          member: spec.member,
          signature: spec.signature ?? '',
          body: spec.body ?? [],
          flags: spec.noAutoStart ? MessageFlag.NO_AUTO_START : undefined,
        });
        let target: MessageBus;
        try {
          target = connection();
        } catch (error) {
          reject(asError(error));
          return;
        }
        const fail = (error: Error) => {
          settle();
          reject(error);
        };
        // dbus-next waits for a reply for ever (the daemon gives up after 25 s); we don't.
        const timer = setTimeout(
          () => fail(new Error(`${spec.interface}.${spec.member}: no reply in ${timeoutMs} ms`)),
          timeoutMs,
        );
        function settle(): void {
          clearTimeout(timer);
          inFlight.delete(fail);
        }
        inFlight.add(fail);
        target.call(message).then(
          (reply) => {
            settle();
            resolve(reply?.body ?? []);
          },
          (error: unknown) => fail(asError(error)),
        );
      });
    },
    disconnect() {
      closed = true;
      drop(new Error('The session bus was disconnected'));
    },
  };
}
