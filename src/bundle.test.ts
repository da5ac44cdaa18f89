// Tests the built file a partner loads (dist/help-finder.js), not the source.
// `npm test` builds it first.
import { expect, fixture } from '@open-wc/testing';

describe('dist/help-finder.js', () => {
  it('loaded by a plain page, renders the first question', async () => {
    await import(/* @vite-ignore */ new URL('/dist/help-finder.js', location.href).href);
    const el = await fixture(`<help-finder></help-finder>`);
    await customElements.whenDefined('help-finder');
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const heading = el.shadowRoot!.querySelector('#step-heading');
    expect(heading?.textContent?.trim()).to.equal('What are you worried about?');
    expect(el.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
  });

  it('loaded twice, does not throw and still works', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    await import(/* @vite-ignore */ new URL('/dist/help-finder.js?again', location.href).href);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    const el = await fixture(`<help-finder></help-finder>`);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('#step-heading')).to.exist;
  });
});
