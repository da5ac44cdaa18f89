// Baseline for `npm run bench`: the bare Lit element with @lit/localize in runtime
// mode (one message, no translations), built with the widget's rollup settings.
import { configureLocalization, msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html } from 'lit';

configureLocalization({ sourceLocale: 'en', targetLocales: ['cy'], loadLocale: async () => ({ templates: {} }) });

class BaselineElement extends LitElement {
  static properties = { step: { state: true } };
  static styles = css`:host { display: block; }`;

  constructor() {
    super();
    this.step = 0;
    updateWhenLocaleChanges(this);
  }

  render() {
    return html`<h2 id="step-heading" tabindex="-1">${msg(str`Step ${this.step}`)}</h2>
      <button class="continue" @click=${() => this.step++}>${msg('Continue')}</button>`;
  }
}
customElements.define('help-finder', BaselineElement);
