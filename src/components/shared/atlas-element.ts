import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { numberLanguage, type DisplayLanguage } from '../../core/display-language';
import type { Language } from '../../core/text';
import type { AtlasEventDetails } from './atlas-events';
import { languageContext } from './language';

/**
 * A component of the atlas: it redraws in the language its atlas speaks,
 * and tells the page what happened through typed `atlas-…` events.
 */
export class AtlasElement extends LitElement {
  @consume({ context: languageContext, subscribe: true })
  @state()
  protected language: DisplayLanguage = 'both';

  /** The locale of numbers and dates shown by this component. */
  protected get locale(): Language {
    return numberLanguage(this.language);
  }

  /** Sends an event up through every shadow root to the page. */
  protected emit<K extends keyof AtlasEventDetails>(type: K, detail: AtlasEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
