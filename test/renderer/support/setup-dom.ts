// Setup of the component project (jsdom): React's act() environment, and a clean document after
// every test (Testing Library cleans up by itself only where test globals are on; ours are off).
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(() => cleanup());
