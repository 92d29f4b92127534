// Fonts are declared at document level: MapLibre draws labels with them, and
// fonts declared only inside a shadow root are ignored by the browser.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import { startEarlyLoad } from './state/early-load';
import { initialState } from './state/initial-state';
import { savedStartFor } from './state/workspace-start';

// The data starts loading now (the data kept from the last session, if any, else the address's or
// the demo's); the app's code follows in its own chunk.
const saved = await savedStartFor(window.location.search);
const { sources, view } = initialState(window.location, undefined, saved);
const files = sources[view.vintage];
if (files) startEarlyLoad(view.vintage, files);
await import('./components/atlas-app/atlas-app');
