import { describe, expect, it } from 'vitest';
import { groupSecret, svgDataUrl } from './svg-data-url.ts';

describe('svgDataUrl', () => {
  it('encodes the SVG as base64 UTF-8, whatever its size', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><title>سند ⵙⴰⵏⴰⴷ</title>${'<rect/>'.repeat(20_000)}</svg>`;
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const binary = atob(url.slice('data:image/svg+xml;base64,'.length));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(svg);
  });
});

describe('groupSecret', () => {
  it('groups by four characters', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
    expect(groupSecret(' JBSW Y3DP ')).toBe('JBSW Y3DP');
    expect(groupSecret('')).toBe('');
  });
});
