import { createContext, consume } from '@lit/context';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { numberLanguage, type DisplayLanguage } from '../../core/display-language';
import type { Language } from '../../core/text';

/**
 * The language an atlas speaks, handed from the atlas to every component
 * inside it. A context rather than a global, so two atlases embedded in one
 * page can speak different languages.
 */
export const languageContext = createContext<DisplayLanguage>(Symbol('atlas-language'));

/** A component of the atlas: it redraws in the language its atlas speaks. */
export class AtlasElement extends LitElement {
  @consume({ context: languageContext, subscribe: true })
  @state()
  protected language: DisplayLanguage = 'both';

  /** The locale of numbers and dates shown by this component. */
  protected get locale(): Language {
    return numberLanguage(this.language);
  }
}
