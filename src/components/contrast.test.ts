import { expect } from '@open-wc/testing';
import { contrastRatio, parseRgb } from './contrast.js';

describe('contrast', () => {
  it('computes WCAG ratios from computed colours', () => {
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('rgb(118, 118, 118)', 'rgb(255, 255, 255)')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('rgba(0, 0, 0, 1)', 'rgb(0, 0, 0)')).to.equal(1);
    expect(parseRgb('color(srgb 1 0 0)')).to.equal(undefined);
  });
});
