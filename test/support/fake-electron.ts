// A small in-memory stand-in for the parts of `electron` that electron/main and electron/preload
// use, for unit tests where the Electron binary is not installed (the Electron Fiddle approach):
//   vi.mock('electron', () => import('../../support/fake-electron'));
// It copies the real behaviour that matters to the code under test (ipcMain refuses a second
// handler, IPC payloads are structured-cloned, privileged schemes only before `ready`,
// utilityProcess only after it, an unhandled 'error' event throws, new windows fire
// 'web-contents-created', quit emits a cancellable 'before-quit', page loads finish only when the
// test says so, images keep their per-scale representations) and nothing else. `fakeElectron` is the test's side: drive events,
// inspect what the code did, and `reset()` between tests.
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';

/** What a test passes to pretend to be one renderer frame sending an IPC request. */
export interface FakeSender {
  webContentsId: number;
  url: string;
  /** True for a subframe (an iframe inside the page). */
  subframe?: boolean;
  /** True when the frame navigated or was destroyed before the message arrived (senderFrame null). */
  frameGone?: boolean;
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

/** An event whose default action a listener may cancel, like Electron's navigation events. */
export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

function preventableEvent(): PreventableEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

let nextWebContentsId = 1;

/** A webContents: an id, `send` records what the main process pushed, navigation events. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  private destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args: structuredClone(args) });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires a cancellable event (will-navigate, will-attach-webview...); true when a listener cancelled it. */
  dispatchPreventable(name: string, ...args: unknown[]): boolean {
    const event = preventableEvent();
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
}

/** A BrowserWindow: keeps its options and the URL it loaded; closing destroys it. */
export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  focused = false;
  private minimized = false;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  /** Like Electron, loading is asynchronous: the test calls `finishLoad()` when the page has loaded. */
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  /** Test side: the page and its scripts have loaded ('did-finish-load'). */
  finishLoad(): void {
    this.webContents.emit('did-finish-load');
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.webContents.isDestroyed();
  }
  close(): void {
    if (this.isDestroyed()) return;
    this.webContents.destroy();
    this.emit('closed');
  }
}

const ipcHandlers = new Map<string, IpcHandler>();

export const ipcMain = {
  handle(channel: string, handler: IpcHandler): void {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    ipcHandlers.delete(channel);
  },
};

const rendererEvents = new EventEmitter();
/** Who the preload's ipcRenderer.invoke claims to be: our window's main frame by default. */
let rendererIdentity: FakeSender = { webContentsId: 1, url: 'app://invoiceguard/index.html' };

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return fakeElectron.invokeMain(channel, rendererIdentity, ...args);
  },
  on(channel: string, listener: (...args: unknown[]) => void) {
    rendererEvents.on(channel, listener);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: (...args: unknown[]) => void) {
    rendererEvents.removeListener(channel, listener);
    return ipcRenderer;
  },
};

const exposed = new Map<string, unknown>();

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (exposed.has(key))
      throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    exposed.set(key, api);
  },
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  locale = 'zh-CN';
  singleInstanceLock = true;
  ready = false;
  quitCalls = 0;
  sandboxEnabled = false;
  /** What app.getPath('userData') answers; a test points it at a temporary folder. */
  userDataPath = '/nonexistent/invoiceguard-user-data';
  readonly loginItemSettings: unknown[] = [];
  private readyPromise: Promise<void> | undefined;
  private markReady: (() => void) | undefined;

  whenReady(): Promise<void> {
    this.readyPromise ??= new Promise((resolve) => (this.markReady = resolve));
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }
  /** In development `electron .` runs from the repository root. */
  getAppPath(): string {
    return process.cwd();
  }
  getLocale(): string {
    return this.locale;
  }
  /**
   * Like Electron: emits a cancellable 'before-quit'; unless a listener prevented it, the app is
   * quitting (`quitting` turns true) and 'will-quit' follows.
   */
  quit(): void {
    this.quitCalls++;
    const event = preventableEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.quitting = true;
    this.emit('will-quit', preventableEvent());
  }
  quitting = false;
  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxEnabled = true;
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`the fake only knows userData, not ${name}`);
    return this.userDataPath;
  }
  setLoginItemSettings(settings: unknown): void {
    this.loginItemSettings.push(settings);
  }
  /** Test side: the moment Electron would fire `ready`. */
  becomeReady(): void {
    this.ready = true;
    this.whenReady();
    this.markReady?.();
    this.emit('ready');
  }
  /** Test side: back to a just-launched, not yet ready app. */
  reset(): void {
    this.removeAllListeners();
    Object.assign(this, {
      isPackaged: false,
      locale: 'zh-CN',
      singleInstanceLock: true,
      ready: false,
      quitCalls: 0,
      quitting: false,
      sandboxEnabled: false,
      userDataPath: '/nonexistent/invoiceguard-user-data',
    });
    this.loginItemSettings.length = 0;
    this.readyPromise = undefined;
    this.markReady = undefined;
  }
}

export const app = new FakeApp();

const privilegedSchemes: unknown[] = [];
const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
};

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

/** Menu templates are kept as given, so a test can find an item and call its click. */
export const Menu = {
  buildFromTemplate(template: { label?: string; type?: string; enabled?: boolean; click?: () => void }[]) {
    return { items: template };
  },
};

/** One representation of an image, as given to addRepresentation (PNG bytes at a scale factor). */
export interface FakeImageRepresentation {
  scaleFactor: number;
  width?: number;
  height?: number;
  buffer?: Buffer;
}

/** An image keeps what it was made from: its representations, or the pixels of a bitmap. */
export class FakeNativeImage {
  readonly representations: FakeImageRepresentation[] = [];
  bitmap: Buffer | undefined;
  addRepresentation(options: FakeImageRepresentation): void {
    this.representations.push({ ...options, ...(options.buffer ? { buffer: Buffer.from(options.buffer) } : {}) });
  }
  isEmpty(): boolean {
    return this.representations.length === 0 && !this.bitmap;
  }
}

export const nativeImage = {
  createEmpty: () => new FakeNativeImage(),
  createFromBitmap(buffer: Buffer, options: { width: number; height: number }) {
    const image = new FakeNativeImage();
    image.bitmap = Buffer.from(buffer);
    image.addRepresentation({ scaleFactor: 1, width: options.width, height: options.height });
    return image;
  },
};

export class Tray extends EventEmitter {
  static readonly instances: Tray[] = [];
  tooltip = '';
  contextMenu: ReturnType<typeof Menu.buildFromTemplate> | undefined;
  destroyed = false;
  /** How often the image and the menu were replaced (the tray should not churn on every snapshot). */
  imageSets = 0;
  menuSets = 0;

  constructor(public image: FakeNativeImage) {
    super();
    Tray.instances.push(this);
  }
  setImage(image: FakeNativeImage): void {
    this.image = image;
    this.imageSets++;
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  setContextMenu(menu: ReturnType<typeof Menu.buildFromTemplate>): void {
    this.contextMenu = menu;
    this.menuSets++;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export class Notification extends EventEmitter {
  static readonly instances: Notification[] = [];
  /** Electron's Notification.isSupported(); a test can turn it off. */
  static supported = true;
  static isSupported(): boolean {
    return Notification.supported;
  }
  shown = false;
  constructor(readonly options: { title?: string; body?: string } = {}) {
    super();
    Notification.instances.push(this);
  }
  show(): void {
    this.shown = true;
  }
}

/** powerMonitor: the test emits 'resume', 'unlock-screen' or a cancellable 'shutdown'. */
class FakePowerMonitor extends EventEmitter {
  /** Test side: fires a cancellable event (shutdown); true when a listener delayed it. */
  dispatchPreventable(name: string): boolean {
    const event = preventableEvent();
    this.emit(name, event);
    return event.defaultPrevented;
  }
}

export const powerMonitor = new FakePowerMonitor();

/** A utilityProcess child: `posted` is what the parent sent it, `reply` and `exit` are its side. */
export class FakeUtilityChild extends EventEmitter {
  readonly posted: unknown[] = [];
  killed = false;
  /** Test side: a hung child that does not die when killed (the quit deadline's case). */
  ignoresKill = false;
  /** Set by `backWith`: the pid of the real process this child stands for. */
  pid: number | undefined;
  private real: ChildProcess | undefined;
  private exited = false;

  constructor(
    readonly modulePath: string,
    readonly args: string[],
    readonly options: Record<string, unknown>,
  ) {
    super();
  }
  postMessage(message: unknown): void {
    if (this.exited) throw new Error('Child process is not running');
    this.posted.push(structuredClone(message));
  }
  kill(): boolean {
    if (this.exited) return false;
    this.killed = true;
    // Like Electron on POSIX: SIGTERM, which a real process may ignore.
    if (this.real) return this.real.kill('SIGTERM');
    if (!this.ignoresKill) queueMicrotask(() => this.exit(null));
    return true;
  }
  /** Test side: a real process stands behind this child (its pid, its exit); kill() signals it. */
  backWith(real: ChildProcess): void {
    this.real = real;
    this.pid = real.pid;
    real.once('exit', (code) => this.exit(code));
  }
  /** Test side: the child sends a message to the parent. */
  reply(message: unknown): void {
    this.emit('message', structuredClone(message));
  }
  /** Test side: the child process ends (crash, kill, or normal exit). */
  exit(code: number | null): void {
    if (this.exited) return;
    this.exited = true;
    this.emit('exit', code);
  }
}

/** shell: what the main process asked the OS to open (nothing is opened). */
const openedExternal: string[] = [];
const shownInFolder: string[] = [];
let openExternalFails = false;
export const shell = {
  openExternal(url: string): Promise<void> {
    if (openExternalFails) return Promise.reject(new Error('Failed to open: no handler for this URL'));
    openedExternal.push(url);
    return Promise.resolve();
  },
  showItemInFolder(file: string): void {
    shownInFolder.push(file);
  },
};

const forkedChildren: FakeUtilityChild[] = [];

export const utilityProcess = {
  fork(modulePath: string, args: string[] = [], options: Record<string, unknown> = {}): FakeUtilityChild {
    if (!app.isReady()) throw new Error('utilityProcess cannot be created before app is ready.');
    const child = new FakeUtilityChild(modulePath, args, options);
    forkedChildren.push(child);
    return child;
  },
};

/** The test's side of the fake. */
export const fakeElectron = {
  app,
  session: session.defaultSession,
  privilegedSchemes,
  exposed,
  forkedChildren,
  openedExternal,
  shownInFolder,
  /** Makes the next shell.openExternal calls fail, as Electron does when no app handles a scheme. */
  failOpenExternal(fails: boolean): void {
    openExternalFails = fails;
  },
  windows: BrowserWindow.instances,
  trays: Tray.instances,
  notifications: Notification.instances,
  powerMonitor,

  /** Channels that currently have an ipcMain handler. */
  handledChannels: (): string[] => [...ipcHandlers.keys()],

  /** Sends an `ipcRenderer.invoke` as the given frame; rejects like Electron when no handler or it throws. */
  async invokeMain(channel: string, from: FakeSender, ...args: unknown[]): Promise<unknown> {
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = {
      sender: { id: from.webContentsId },
      senderFrame: from.frameGone
        ? null
        : { url: from.url, parent: from.subframe ? { url: 'app://invoiceguard/index.html' } : null },
    };
    return structuredClone(await handler(event, ...structuredClone(args)));
  },

  /** Who the preload's `ipcRenderer.invoke` claims to be. */
  setRendererIdentity(identity: FakeSender): void {
    rendererIdentity = identity;
  },

  /** The main process pushes a message to the preload's ipcRenderer listeners. */
  sendToRenderer(channel: string, ...args: unknown[]): void {
    rendererEvents.emit(channel, { sender: {} }, ...structuredClone(args));
  },
  rendererListenerCount: (channel: string): number => rendererEvents.listenerCount(channel),

  /** Asks the registered protocol handler for a URL, as a page load would. */
  async fetchProtocol(url: string): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = protocolHandlers.get(scheme);
    if (!handler) throw new Error(`no handler for scheme ${scheme}`);
    return handler(new Request(url));
  },

  /** Back to a freshly started Electron: no handlers, windows, trays, children or settings. */
  reset(): void {
    ipcHandlers.clear();
    protocolHandlers.clear();
    rendererEvents.removeAllListeners();
    rendererIdentity = { webContentsId: 1, url: 'app://invoiceguard/index.html' };
    exposed.clear();
    privilegedSchemes.length = 0;
    forkedChildren.length = 0;
    openedExternal.length = 0;
    shownInFolder.length = 0;
    openExternalFails = false;
    BrowserWindow.instances.length = 0;
    Tray.instances.length = 0;
    Notification.instances.length = 0;
    Notification.supported = true;
    powerMonitor.removeAllListeners();
    session.defaultSession.permissionRequestHandler = null;
    session.defaultSession.permissionCheckHandler = null;
    app.reset();
  },
};
