// Runs sandboxed before the dashboard page; exposes the narrow API and nothing else.
import { contextBridge } from 'electron';
import { preloadApiKey } from '../../shared/protocol/preload-api';
import { buildPreloadApi } from './preload-api';

contextBridge.exposeInMainWorld(preloadApiKey, buildPreloadApi());
