import { createContext } from '@lit/context';
import type { DisplayLanguage } from '../../core/display-language';

/**
 * The language an atlas speaks, handed from the atlas to every component
 * inside it. A context rather than a global, so two atlases embedded in one
 * page can speak different languages.
 */
export const languageContext = createContext<DisplayLanguage>(Symbol('atlas-language'));
