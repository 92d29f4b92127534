// Fonts are declared at document level: MapLibre draws labels with them, and
// fonts declared only inside a shadow root are ignored by the browser.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './components/atlas-app/atlas-app';
