// Fonts are declared at document level: MapLibre draws labels with them, and
// fonts declared only inside a shadow root are ignored by the browser.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import { startEarlyLoad } from './state/early-load';
import { initialState } from './state/initial-state';

// The data starts loading now; the app's code follows in its own chunk.
const { sources, view } = initialState(window.location);
const files = sources[view.vintage];
if (files) startEarlyLoad(view.vintage, files);
await import('./components/atlas-app/atlas-app');
