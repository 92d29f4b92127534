import { StoreController } from '../../state/store-context';
import { AtlasElement } from './atlas-element';

/**
 * A part of the atlas's page (its header, controls, side panel…): it reads
 * the atlas's store and calls its actions itself. Drawn in the atlas's own
 * shadow root rather than one of its own, so the page is laid out and styled
 * as one (each part's styles sit in its folder and are adopted by the atlas);
 * give its tag `display: contents` there.
 */
export class AtlasPart extends AtlasElement {
  protected readonly atlas = new StoreController(this);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
