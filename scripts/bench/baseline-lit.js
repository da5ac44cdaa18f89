// Baseline for `npm run bench`: a bare Lit element built with the widget's rollup
// settings. It renders a heading and a button, and re-renders when the button is
// pressed, so load and step timings have something to be compared with.
import { LitElement, css, html } from 'lit';

class BaselineElement extends LitElement {
  static properties = { step: { state: true } };
  static styles = css`:host { display: block; }`;

  constructor() {
    super();
    this.step = 0;
  }

  render() {
    return html`<h2 id="step-heading" tabindex="-1">Step ${this.step}</h2>
      <button class="continue" @click=${() => this.step++}>Continue</button>`;
  }
}
customElements.define('help-finder', BaselineElement);
