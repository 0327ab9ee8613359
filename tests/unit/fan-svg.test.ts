import { describe, expect, it } from 'vitest';
import { parseCardSvg, shapeToPath } from '../../src/fan/svg.ts';

const wrap = (inner: string) => `<svg width="100" height="100" viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;

describe('svg-to-pdf subset', () => {
  it('reads rectangles, text runs and inline pictograms, skipping satori overflow masks', () => {
    const icon = encodeURIComponent('<svg data-link="https://x.be/a?b=1&amp;c=2" fill="none" stroke="#fff" stroke-width="2" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/><path d="M3 3h18"/></svg>');
    const paints = parseCardSvg(wrap(
      '<mask id="m"><rect x="0" y="0" width="100" height="100" fill="#fff"/></mask>'
      + '<rect x="1" y="2" width="3" height="4" fill="#00677F"/>'
      + '<text x="10" y="20" width="30" height="12" font-weight="700" font-style="normal" font-size="9" font-family="serif" fill="black">K&amp;S €</text>'
      + `<image x="5" y="6" width="12" height="12" href="data:image/svg+xml;utf8,${icon}" preserveAspectRatio="xMidYMid meet" clip-path="url(#c)" mask="url(#m)"/>`,
    ));
    expect(paints.map((p) => p.kind)).toEqual(['rect', 'text', 'shape', 'shape', 'link']);
    expect(paints[1]).toMatchObject({ text: 'K&S €', bold: true, size: 9, x: 10, y: 20 });
    expect(paints[2]).toMatchObject({ scale: 0.5, strokeWidth: 2, fill: undefined });
    expect(paints[4]).toMatchObject({ url: 'https://x.be/a?b=1&c=2', width: 12 });
  });

  it.each([
    ['<g><rect x="0" y="0" width="1" height="1"/></g>', '<g>'],
    ['<path d="M0 0h10v10z" fill="#000"/>', '<path>'],
    ['<linearGradient id="x"></linearGradient>', '<linearGradient>'],
    ['<mask id="m"><path d="M0 0h1"/></mask>', '<path>'],
  ])('fails loudly on an element the cards never produce: %s', (inner, name) => {
    expect(() => parseCardSvg(wrap(inner))).toThrow(`Unsupported SVG element ${name}`);
  });

  it('fails on an attribute that would change the drawing, and on raster images', () => {
    expect(() => parseCardSvg(wrap('<rect x="0" y="0" width="1" height="1" transform="rotate(3)"/>'))).toThrow('Unsupported SVG attribute "transform" on <rect>');
    expect(() => parseCardSvg(wrap('<image x="0" y="0" width="1" height="1" href="data:image/png;base64,AAAA"/>'))).toThrow('Unsupported <image> source');
    expect(() => shapeToPath('foreignObject', {})).toThrow('Unsupported SVG element <foreignObject>');
  });

  it('turns pictogram shapes into path data', () => {
    expect(shapeToPath('line', { x1: '1', y1: '2', x2: '3', y2: '4' })).toBe('M1 2L3 4');
    expect(shapeToPath('polyline', { points: '1 2 3 4 5 6' })).toBe('M1 2L3 4L5 6');
    expect(shapeToPath('circle', { cx: '12', cy: '12', r: '2' })).toBe('M10 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0Z');
  });
});
